import type { Accountability, SchemaOverview } from '@directus/types';
import type { Request } from 'express';

export interface ServiceOptions {
	schema: SchemaOverview;
	accountability: Accountability | null;
}

/** The caller's schema and accountability, which Directus sets on every request: every service we build runs under them. */
export async function serviceOptionsOf(req: Request, getSchema: () => Promise<SchemaOverview>): Promise<ServiceOptions> {
	const r = req as unknown as { schema?: SchemaOverview; accountability?: Accountability };
	return { schema: r.schema ?? (await getSchema()), accountability: r.accountability ?? null };
}

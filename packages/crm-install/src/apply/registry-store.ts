import type { Migration, MigrationRecord } from '../plan/migration.ts';
import { REGISTRY } from '../plan/registry.ts';
import type { DirectusApi } from './directus-api.ts';

interface Row {
	id: number;
	name: string;
	status: 'running' | 'done';
	progress: MigrationRecord['progress'];
}

/** The project's record of the CRM's schema versions (`crm_schema_migrations`), through the items API. */
export class RegistryStore {
	private readonly api: DirectusApi;

	constructor(api: DirectusApi) {
		this.api = api;
	}

	async read(): Promise<MigrationRecord[]> {
		const rows = await this.api.request<Row[]>('GET', `/items/${REGISTRY}?limit=-1&sort=id&fields=id,name,status,progress`);
		return rows.map((r) => ({ version: Number(r.id), name: r.name, status: r.status, progress: r.progress ?? null }));
	}

	/** Marks a version started (or keeps an interrupted one as it is). */
	async start(migration: Pick<Migration, 'version' | 'name'>, existing: readonly MigrationRecord[]): Promise<void> {
		if (existing.some((r) => r.version === migration.version)) return;
		await this.api.request('POST', `/items/${REGISTRY}`, { id: migration.version, name: migration.name, status: 'running', progress: { step: 0, checkpoint: null } });
	}

	async saveProgress(version: number, progress: NonNullable<MigrationRecord['progress']>): Promise<void> {
		await this.api.request('PATCH', `/items/${REGISTRY}/${version}`, { progress });
	}

	/** Records versions as complete, creating the rows of those never started (a fresh install holds them all at once). */
	async finish(migrations: readonly Pick<Migration, 'version' | 'name'>[]): Promise<void> {
		const known = new Set((await this.read()).map((r) => r.version));
		const appliedAt = new Date().toISOString();
		for (const m of migrations) {
			const row = { status: 'done', progress: null, applied_at: appliedAt };
			if (known.has(m.version)) await this.api.request('PATCH', `/items/${REGISTRY}/${m.version}`, row);
			else await this.api.request('POST', `/items/${REGISTRY}`, { id: m.version, name: m.name, ...row });
		}
	}
}

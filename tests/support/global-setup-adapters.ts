import type { TestProject } from 'vitest/node';
import { prepareTestDatabase } from './boot-instance.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A SQLite database with the CRM schema and the small demo set, never opened by a test: each file works on its own copy. */
		adapterTemplate: string;
	}
}

/**
 * One prepared SQLite database (schema applied, demo data seeded, no server) for every adapter test file.
 * The Directus CLI that bootstraps it needs none of our extensions (the seed writes through knex), and on a
 * fresh clone they may not be built yet: they need not load.
 */
export default async function setup(project: TestProject) {
	const prepared = await prepareTestDatabase('sqlite', null, { EXTENSIONS_MUST_LOAD: 'false' });
	project.provide('adapterTemplate', prepared.env['DB_FILENAME']!);
	return () => prepared.remove();
}

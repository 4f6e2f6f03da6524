import type { PgTarget } from '../../scripts/lib/pg-database.ts';
import type { TestInstance } from './test-instance.ts';

/**
 * A database prepared once for a whole `npm test` (schema, demo data, roles and demo users): every test instance
 * of that kind then starts on a copy of it (a copied SQLite file, a PostgreSQL CREATE DATABASE … TEMPLATE)
 * instead of bootstrapping, applying the schema and seeding again, nine times a run.
 */
export interface TestTemplate {
	name: TestInstance['name'];
	/** The SQLite file to copy; null for PostgreSQL. */
	sqliteFile: string | null;
	/** The PostgreSQL database to copy; null for SQLite. */
	pgDatabase: string | null;
	adminPassword: string;
}

/** Where npm test hands the templates to the vitest processes of its lanes. */
export const TEMPLATES_VARIABLE = 'CRM_TEST_TEMPLATES';

/** The template of `name` this run prepared, if any (a vitest run started by hand prepares none). */
export function templateOf(name: TestInstance['name'], pg: PgTarget | null): TestTemplate | null {
	const all = JSON.parse(process.env[TEMPLATES_VARIABLE] ?? '[]') as TestTemplate[];
	const template = all.find((t) => t.name === name) ?? null;
	if (template?.name === 'postgres' && pg === null) return null;
	return template;
}

import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { startDirectus } from '../../scripts/lib/directus-process.ts';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { prepareTestDatabase, seedTestAccess } from './boot-instance.ts';
import { pgForRun } from './pg-for-run.ts';
import type { TestInstance } from './test-instance.ts';
import { TEMPLATES_VARIABLE, type TestTemplate } from './test-templates.ts';

/** One database of `name` with everything a test instance starts with; the server that seeded its roles is stopped again. */
async function prepareTemplate(name: TestInstance['name'], pg: Awaited<ReturnType<typeof pgForRun>>): Promise<{ template: TestTemplate; remove: () => Promise<void> }> {
	const prepared = await prepareTestDatabase(name, pg);
	try {
		const directus = await startDirectus({ ...prepared.env, PORT: String(await findFreePort()) });
		try {
			await seedTestAccess(directus.url, prepared);
		} finally {
			await directus.stop();
		}
		const template: TestTemplate = { name, sqliteFile: prepared.pgDatabase ? null : String(prepared.env['DB_FILENAME']), pgDatabase: prepared.pgDatabase, adminPassword: prepared.adminPassword };
		return { template, remove: prepared.remove };
	} catch (error) {
		await prepared.remove().catch(() => {});
		throw error;
	}
}

/**
 * The run's templates, one per database, handed to the lanes' vitest processes through the environment;
 * `remove` drops them after the run.
 */
export async function prepareTemplates(): Promise<{ remove: () => Promise<void> }> {
	const pg = await pgForRun();
	const names: TestInstance['name'][] = pg ? ['sqlite', 'postgres'] : ['sqlite'];
	const prepared = await Promise.all(names.map((name) => prepareTemplate(name, pg)));
	process.env[TEMPLATES_VARIABLE] = JSON.stringify(prepared.map((p) => p.template));
	return {
		remove: async () => {
			await Promise.all(prepared.map((p) => p.remove()));
			for (const p of prepared) if (p.template.sqliteFile) rmSync(dirname(p.template.sqliteFile), { recursive: true, force: true });
		},
	};
}

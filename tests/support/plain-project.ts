import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectusApi } from '../../packages/crm-install/src/apply/directus-api.ts';
import { type Env, runDirectusCli, startDirectus } from '../../scripts/lib/directus-process.ts';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { createPgDatabase, dropPgDatabase, pgEnv, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';
import { testEnv } from './boot-instance.ts';
import type { TestInstance } from './test-instance.ts';

/** A Directus project without the CRM: bootstrapped, running, with an administrator's static token. */
export interface PlainProject {
	name: TestInstance['name'];
	url: string;
	token: string;
	api: DirectusApi;
	dir: string;
	stop: () => Promise<void>;
}

/**
 * Starts a fresh Directus project on its own database. `extensionsFrom` is the folder whose
 * package.json lists the extensions Directus loads (the repository loads the CRM's; an empty folder
 * loads none).
 */
export async function startPlainProject(name: TestInstance['name'], extensionsFrom: string | null): Promise<PlainProject> {
	const dir = mkdtempSync(join(tmpdir(), `crm-plain-${name}-`));
	const pg = pgTargetFromEnv();
	const database = name === 'postgres' ? `crm_plain_${randomBytes(5).toString('hex')}` : null;
	if (database) await createPgDatabase(pg, database);
	const adminPassword = randomBytes(9).toString('base64url');
	const db = database ? pgEnv(pg, database) : { DB_CLIENT: 'sqlite3', DB_FILENAME: join(dir, 'plain.db') };
	if (!extensionsFrom) writeFileSync(join(dir, 'package.json'), '{ "name": "plain-project", "private": true }\n');
	const env: Env = { ...testEnv(dir, db, adminPassword), PACKAGE_FILE_LOCATION: extensionsFrom ?? dir, PORT: String(await findFreePort()) };
	const remove = async () => {
		if (database) await dropPgDatabase(pg, database);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await runDirectusCli(['bootstrap'], env);
		const directus = await startDirectus(env);
		const login = await DirectusApi.login(directus.url, env['ADMIN_EMAIL']!, adminPassword);
		const token = randomBytes(18).toString('hex');
		await login.request('PATCH', '/users/me', { token });
		return { name, url: directus.url, token, api: new DirectusApi(directus.url, token), dir, stop: async () => {
			await directus.stop();
			await remove();
		} };
	} catch (error) {
		await remove().catch(() => {});
		throw error;
	}
}

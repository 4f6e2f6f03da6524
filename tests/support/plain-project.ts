import { spawnSync } from 'node:child_process';
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
	adminEmail: string;
	adminPassword: string;
	/** What the Directus process printed so far. */
	output: () => string;
	stop: () => Promise<void>;
}

/** Where a plain project's extensions come from: a folder whose package.json lists them, npm packages installed into the project, or none. */
export type PlainExtensions = { from: string } | { install: Record<string, string> } | null;

/** Writes the project's package.json and, for packages, installs them as an administrator would: `npm install`. */
function provideExtensions(dir: string, extensions: PlainExtensions): string {
	if (extensions && 'from' in extensions) return extensions.from;
	const dependencies = extensions ? extensions.install : {};
	writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'plain-project', private: true, dependencies }, null, 2)}\n`);
	if (extensions) {
		const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
		if (npm.status !== 0) throw new Error(`npm install in the plain project failed: ${npm.stderr}`);
	}
	return dir;
}

/** Starts a fresh Directus project on its own database, with the extensions `extensions` provides. */
export async function startPlainProject(name: TestInstance['name'], extensions: PlainExtensions): Promise<PlainProject> {
	const dir = mkdtempSync(join(tmpdir(), `crm-plain-${name}-`));
	const pg = pgTargetFromEnv();
	const database = name === 'postgres' ? `crm_plain_${randomBytes(5).toString('hex')}` : null;
	if (database) await createPgDatabase(pg, database);
	const adminPassword = randomBytes(9).toString('base64url');
	const db = database ? pgEnv(pg, database) : { DB_CLIENT: 'sqlite3', DB_FILENAME: join(dir, 'plain.db') };
	const env: Env = { ...testEnv(dir, db, adminPassword), PORT: String(await findFreePort()) };
	const remove = async () => {
		if (database) await dropPgDatabase(pg, database);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		env['PACKAGE_FILE_LOCATION'] = provideExtensions(dir, extensions);
		await runDirectusCli(['bootstrap'], env);
		const directus = await startDirectus(env);
		const login = await DirectusApi.login(directus.url, env['ADMIN_EMAIL']!, adminPassword);
		const token = randomBytes(18).toString('hex');
		await login.request('PATCH', '/users/me', { token });
		return { name, url: directus.url, token, api: new DirectusApi(directus.url, token), dir, adminEmail: env['ADMIN_EMAIL']!, adminPassword, output: directus.output, stop: async () => {
			await directus.stop();
			await remove();
		} };
	} catch (error) {
		await remove().catch(() => {});
		throw error;
	}
}

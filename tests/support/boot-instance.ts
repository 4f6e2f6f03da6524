import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminClient } from '../../scripts/lib/admin-client.ts';
import { startDirectus } from '../../scripts/lib/directus-process.ts';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { createPgDatabase, dropPgDatabase, pgEnv, type PgTarget } from '../../scripts/lib/pg-database.ts';
import { prepareInstance } from '../../scripts/lib/prepare-instance.ts';
import { seedAccess } from '../../scripts/lib/seed-access.ts';
import type { TestInstance } from './test-instance.ts';

export const TEST_SEED_SCALE = 0.05;

export interface BootedInstance {
	instance: TestInstance;
	stop: () => Promise<void>;
}

/** Bootstraps a fresh database, applies the schema, seeds a small demo set and the roles, starts Directus on a free port. */
export async function bootInstance(name: TestInstance['name'], pg: PgTarget | null): Promise<BootedInstance> {
	const dir = mkdtempSync(join(tmpdir(), `crm-test-${name}-`));
	const database = `crm_test_${randomBytes(5).toString('hex')}`;
	const adminPassword = randomBytes(9).toString('base64url');
	const demoPassword = 'demo-crm-2026';

	const db = name === 'postgres' && pg ? pgEnv(pg, database) : { DB_CLIENT: 'sqlite3', DB_FILENAME: join(dir, 'crm.db') };
	if (name === 'postgres' && pg) await createPgDatabase(pg, database);

	// Directus lets its config file win over the environment: point it at an empty one so that a
	// developer's .env never leaks into the test instances.
	const configPath = join(dir, 'test.env');
	writeFileSync(configPath, '');

	const env: Record<string, string | undefined> = {
		...process.env,
		...db,
		CONFIG_PATH: configPath,
		KEY: randomBytes(16).toString('hex'),
		SECRET: randomBytes(16).toString('hex'),
		ADMIN_EMAIL: 'admin@example.com',
		ADMIN_PASSWORD: adminPassword,
		PORT: String(await findFreePort()),
		HOST: '127.0.0.1',
		PUBLIC_URL: '/',
		EXTENSIONS_PATH: join(dir, 'extensions'),
		STORAGE_LOCAL_ROOT: join(dir, 'uploads'),
		PACKAGE_FILE_LOCATION: ROOT,
		EXTENSIONS_MUST_LOAD: 'true',
		WEBSOCKETS_ENABLED: 'false',
		TELEMETRY: 'false',
		RATE_LIMITER_ENABLED: 'false',
		CACHE_ENABLED: 'false',
		LOG_LEVEL: 'warn',
		// Every two seconds, so the tests see proposals expire without waiting a quarter of an hour.
		CRM_QUOTE_EXPIRY_SCHEDULE: '*/2 * * * * *',
		// A fixed owner keeps the licence modal out of browser tests; real installs let the user answer it.
		PROJECT_OWNER: 'admin@example.com',
	};

	const stopAll = async (directus?: { stop: () => Promise<void> }) => {
		await directus?.stop();
		if (name === 'postgres' && pg) await dropPgDatabase(pg, database);
		rmSync(dir, { recursive: true, force: true });
	};

	try {
		await prepareInstance({ env, dataDir: dir, seedScale: TEST_SEED_SCALE });
		const directus = await startDirectus(env);

		try {
			const api = await AdminClient.login(directus.url, env['ADMIN_EMAIL']!, adminPassword);
			await seedAccess(api, { password: demoPassword });
		} catch (error) {
			await stopAll(directus);
			throw error;
		}

		return {
			instance: { name, url: directus.url, adminEmail: env['ADMIN_EMAIL']!, adminPassword, demoPassword },
			stop: () => stopAll(directus),
		};
	} catch (error) {
		await stopAll().catch(() => {});
		throw error;
	}
}

import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminClient } from '../../scripts/lib/admin-client.ts';
import type { Env } from '../../scripts/lib/directus-process.ts';
import { startDirectus } from '../../scripts/lib/directus-process.ts';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { copyPgDatabase, createPgDatabase, dropPgDatabase, pgEnv, type PgTarget } from '../../scripts/lib/pg-database.ts';
import { prepareInstance } from '../../scripts/lib/prepare-instance.ts';
import { seedAccess } from '../../scripts/lib/seed-access.ts';
import type { TestInstance } from './test-instance.ts';
import { templateOf } from './test-templates.ts';

export const TEST_SEED_SCALE = 0.05;
export const TEST_DEMO_PASSWORD = 'demo-crm-2026';

export interface BootedInstance {
	instance: TestInstance;
	stop: () => Promise<void>;
}

/** A scratch database with the CRM schema, demo data at TEST_SEED_SCALE and the environment to serve it; no server yet. */
export interface PreparedTestDatabase {
	name: TestInstance['name'];
	/** The scratch directory (config file, extensions, uploads, SQLite file). */
	dir: string;
	/** The PostgreSQL database name; null on SQLite. */
	pgDatabase: string | null;
	/** Directus' environment without PORT: every server started on this database takes it with its own port. */
	env: Env;
	adminPassword: string;
	demoPassword: string;
	/** A copy of this run's template: its roles and demo users are there already. */
	accessSeeded: boolean;
	/** Drops the database and removes the directory. */
	remove: () => Promise<void>;
}

/** The environment every test server shares: no developer .env, quiet, fast schedules, no rate limiter or cache. */
export function testEnv(dir: string, db: Record<string, string>, adminPassword: string): Env {
	// Directus lets its config file win over the environment: point it at an empty one so that a
	// developer's .env never leaks into the test instances.
	const configPath = join(dir, 'test.env');
	writeFileSync(configPath, '');

	return {
		...process.env,
		...db,
		CONFIG_PATH: configPath,
		KEY: randomBytes(16).toString('hex'),
		SECRET: randomBytes(16).toString('hex'),
		ADMIN_EMAIL: 'admin@example.com',
		ADMIN_PASSWORD: adminPassword,
		HOST: '127.0.0.1',
		PUBLIC_URL: '/',
		EXTENSIONS_PATH: join(dir, 'extensions'),
		STORAGE_LOCAL_ROOT: join(dir, 'uploads'),
		PACKAGE_FILE_LOCATION: ROOT,
		EXTENSIONS_MUST_LOAD: 'true',
		WEBSOCKETS_ENABLED: 'false',
		TELEMETRY: 'false',
		RATE_LIMITER_ENABLED: 'false',
		// Directus answers 503 when its event loop lags over 500 ms: tests check answers, not load shedding, on shared machines.
		PRESSURE_LIMITER_ENABLED: 'false',
		CACHE_ENABLED: 'false',
		// The schema as one frozen object, not a deep copy per request (as npm start's .env sets it): a test server then
		// spends its time on the CRM, and an extension that changed the schema would fail here.
		CACHE_SCHEMA_FREEZE_ENABLED: 'true',
		// No Studio: Directus would bundle the app extensions on every start and every extension reload. The
		// browser suite's server serves it (bootInstance's serveApp).
		SERVE_APP: 'false',
		LOG_LEVEL: 'warn',
		// Every two seconds, so the tests see proposals expire without waiting a quarter of an hour.
		CRM_QUOTE_EXPIRY_SCHEDULE: '*/2 * * * * *',
		// The SLA job every two seconds, so escalations show up in tests within moments.
		CRM_SLA_ESCALATION_SCHEDULE: '*/2 * * * * *',
		// Schema-version changes made by a test reach the extensions within a second.
		CRM_SCHEMA_CHECK_SECONDS: '1',
		// A fixed owner keeps the licence modal out of browser tests; real installs let the user answer it.
		PROJECT_OWNER: 'admin@example.com',
	};
}

/** A SQLite database file with its write-ahead log, when it has one. */
function copySqliteFile(from: string, to: string): void {
	for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${from}${suffix}`)) copyFileSync(`${from}${suffix}`, `${to}${suffix}`);
}

/**
 * Creates a fresh database (a PostgreSQL database when `pg` is given and `name` is postgres, else a
 * SQLite file), bootstraps Directus on it, applies the schema and seeds the demo data. Roles and demo
 * users need a running server: see seedTestAccess. Under npm test it is a copy of the run's template instead,
 * roles and users included.
 */
export async function prepareTestDatabase(name: TestInstance['name'], pg: PgTarget | null, envOverrides: Env = {}): Promise<PreparedTestDatabase> {
	const dir = mkdtempSync(join(tmpdir(), `crm-test-${name}-`));
	const usePg = name === 'postgres' && pg !== null;
	const pgDatabase = usePg ? `crm_test_${randomBytes(5).toString('hex')}` : null;
	const template = templateOf(name, pg);
	const adminPassword = template?.adminPassword ?? randomBytes(9).toString('base64url');
	const db = usePg ? pgEnv(pg, pgDatabase!) : { DB_CLIENT: 'sqlite3', DB_FILENAME: join(dir, 'crm.db') };
	const remove = async () => {
		if (usePg) await dropPgDatabase(pg, pgDatabase!);
		rmSync(dir, { recursive: true, force: true });
	};

	try {
		const env = { ...testEnv(dir, db, adminPassword), ...envOverrides };
		if (template && usePg) await copyPgDatabase(pg, template.pgDatabase!, pgDatabase!);
		else if (template) copySqliteFile(template.sqliteFile!, join(dir, 'crm.db'));
		else {
			if (usePg) await createPgDatabase(pg, pgDatabase!);
			await prepareInstance({ env, dataDir: dir, seedScale: TEST_SEED_SCALE });
		}
		return { name, dir, pgDatabase, env, adminPassword, demoPassword: TEST_DEMO_PASSWORD, accessSeeded: template !== null, remove };
	} catch (error) {
		await remove().catch(() => {});
		throw error;
	}
}

/** Roles, policies, permissions and demo users, through the API of a server running on the prepared database. */
export async function seedTestAccess(url: string, prepared: PreparedTestDatabase): Promise<void> {
	if (prepared.accessSeeded) return;
	const api = await AdminClient.login(url, prepared.env['ADMIN_EMAIL']!, prepared.adminPassword);
	await seedAccess(api, { password: prepared.demoPassword });
}

export function testInstanceOf(prepared: PreparedTestDatabase, url: string): TestInstance {
	return { name: prepared.name, url, adminEmail: prepared.env['ADMIN_EMAIL']!, adminPassword: prepared.adminPassword, demoPassword: prepared.demoPassword };
}

/**
 * Bootstraps a fresh database, applies the schema, seeds a small demo set and the roles, starts Directus on a free port;
 * with `serveApp`, the Studio too.
 */
export async function bootInstance(name: TestInstance['name'], pg: PgTarget | null, { serveApp = false } = {}): Promise<BootedInstance> {
	const prepared = await prepareTestDatabase(name, pg);
	let directus: Awaited<ReturnType<typeof startDirectus>> | undefined;
	const stop = async () => {
		await directus?.stop();
		await prepared.remove();
	};

	try {
		directus = await startDirectus({ ...prepared.env, PORT: String(await findFreePort()), SERVE_APP: String(serveApp) });
		await seedTestAccess(directus.url, prepared);
		return { instance: testInstanceOf(prepared, directus.url), stop };
	} catch (error) {
		await stop().catch(() => {});
		throw error;
	}
}

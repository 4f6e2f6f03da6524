import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { findFreePort } from './free-port.ts';
import { createPgDatabase, dropPgDatabase, isPgReachable, pgEnv, pgTargetFromEnv } from './pg-database.ts';

export interface BenchInstanceEnv {
	env: Record<string, string | undefined>;
	dir: string;
	/** Drops the database and removes the directory. */
	remove: () => Promise<void>;
}

/**
 * A scratch PostgreSQL database, data directory and Directus environment for a benchmark: an empty
 * config file (so a developer's .env does not leak in), no rate limiter or cache, quiet logs. With
 * `withCrm` false Directus loads no extension at all (the root package.json is not read).
 */
export async function createBenchInstanceEnv(name: string, withCrm = true): Promise<BenchInstanceEnv> {
	const pg = pgTargetFromEnv();
	if (!(await isPgReachable(pg))) throw new Error(`PostgreSQL at ${pg.host}:${pg.port} is needed for this benchmark.`);
	const dir = mkdtempSync(join(tmpdir(), `crm-bench-${name}-`));
	const database = `crm_bench_${name.replaceAll('-', '_')}_${randomBytes(3).toString('hex')}`;
	await createPgDatabase(pg, database);
	const configPath = join(dir, 'bench.env');
	writeFileSync(configPath, '');
	const env: Record<string, string | undefined> = {
		...process.env,
		...pgEnv(pg, database),
		CONFIG_PATH: configPath,
		KEY: randomBytes(16).toString('hex'),
		SECRET: randomBytes(16).toString('hex'),
		ADMIN_EMAIL: 'admin@example.com',
		ADMIN_PASSWORD: 'bench-admin',
		PORT: String(await findFreePort()),
		EXTENSIONS_PATH: join(dir, 'extensions'),
		PACKAGE_FILE_LOCATION: withCrm ? ROOT : dir,
		EXTENSIONS_MUST_LOAD: withCrm ? 'true' : 'false',
		TELEMETRY: 'false',
		RATE_LIMITER_ENABLED: 'false',
		CACHE_ENABLED: 'false',
		CACHE_SCHEMA_FREEZE_ENABLED: 'true',
		LOG_LEVEL: 'warn',
		PROJECT_OWNER: 'admin@example.com',
	};
	return {
		env,
		dir,
		remove: async () => {
			await dropPgDatabase(pg, database);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

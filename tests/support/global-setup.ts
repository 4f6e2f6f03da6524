import type { TestProject } from 'vitest/node';
import { buildExtensions } from '../../scripts/lib/extensions-build.ts';
import { isPgReachable, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';
import { type BootedInstance, bootInstance } from './boot-instance.ts';

/**
 * One SQLite and one PostgreSQL instance for the whole run. PostgreSQL is required in CI and
 * whenever TEST_PG_HOST is set (unreachable = failed run); otherwise it is used when reachable.
 */
export default async function setup(project: TestProject) {
	await buildExtensions();

	const pg = pgTargetFromEnv();
	const pgRequired = process.env['CI'] === 'true' || Boolean(process.env['TEST_PG_HOST']);
	const pgReachable = await isPgReachable(pg);

	if (pgRequired && !pgReachable) throw new Error(`PostgreSQL at ${pg.host}:${pg.port} is required for this run but does not answer.`);
	if (!pgReachable) console.warn(`\n!!! PostgreSQL at ${pg.host}:${pg.port} is not reachable: integration tests run on SQLite only.\n`);

	const booted: BootedInstance[] = await Promise.all([bootInstance('sqlite', null), ...(pgReachable ? [bootInstance('postgres', pg)] : [])]);
	project.provide('instances', booted.map((b) => b.instance));

	return async () => {
		await Promise.all(booted.map((b) => b.stop()));
	};
}

import type { TestProject } from 'vitest/node';
import { buildExtensions } from '../../scripts/lib/extensions-build.ts';
import { type BootedInstance, bootInstance } from './boot-instance.ts';
import { pgForRun } from './pg-for-run.ts';

/**
 * One SQLite and one PostgreSQL instance for the whole run. PostgreSQL is required in CI and
 * whenever TEST_PG_HOST is set (unreachable = failed run); otherwise it is used when reachable.
 */
export default async function setup(project: TestProject) {
	await buildExtensions();

	const pg = await pgForRun();

	const booted: BootedInstance[] = await Promise.all([bootInstance('sqlite', null), ...(pg ? [bootInstance('postgres', pg)] : [])]);
	project.provide('instances', booted.map((b) => b.instance));

	return async () => {
		await Promise.all(booted.map((b) => b.stop()));
	};
}

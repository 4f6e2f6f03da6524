import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtensions } from '../../scripts/lib/extensions-build.ts';
import { packBundle } from './pack-bundle.ts';
import { pgForRun } from './pg-for-run.ts';
import type { TestInstance } from './test-instance.ts';

/**
 * For the files that start Directus projects of their own (installing into a plain project, the packaged
 * install): which databases to start them on, as the shared setup decides it (PostgreSQL required in CI and
 * whenever TEST_PG_HOST is set), without booting the shared instances they never use. Only `name` is given.
 * The bundle is packed once for them: their projects install it as an administrator would.
 */
export default async function setup(project: TestProject) {
	await buildExtensions();
	const names: TestInstance['name'][] = (await pgForRun()) ? ['sqlite', 'postgres'] : ['sqlite'];
	project.provide('instances', names.map((name) => ({ name }) as TestInstance));
	const tarball = packBundle();
	project.provide('bundleTarball', tarball);
	return () => rmSync(dirname(tarball), { recursive: true, force: true });
}

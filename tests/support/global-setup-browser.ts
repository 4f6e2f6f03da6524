import type { TestProject } from 'vitest/node';
import { buildExtensions } from '../../scripts/lib/extensions-build.ts';
import { bootInstance } from './boot-instance.ts';

/** The browser suite drives the Studio of one SQLite instance. */
export default async function setup(project: TestProject) {
	await buildExtensions();
	const booted = await bootInstance('sqlite', null, { serveApp: true });
	project.provide('instances', [booted.instance]);
	return () => booted.stop();
}

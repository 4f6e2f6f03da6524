import { configDefaults, defineConfig } from 'vitest/config';

const SWEEP = 'tests/integration/validation-sweep.test.ts';
// Files that start Directus projects of their own and only ask which databases to use.
const OWN_PROJECTS = ['tests/integration/install.test.ts', 'tests/integration/packaged-install.test.ts'];
// Two Directus instances of its own on PostgreSQL and Redis: npm test runs it on its own, after the install files.
const CLUSTER = 'tests/integration/cluster.test.ts';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ test: { name: 'adapters', include: ['tests/adapters/**/*.test.ts'], globalSetup: ['tests/support/global-setup-adapters.ts'], hookTimeout: 120_000 } },
			{
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					exclude: [...configDefaults.exclude, SWEEP, CLUSTER, ...OWN_PROJECTS],
					globalSetup: ['tests/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
			// The validation sweep, the longest file, on instances of its own: npm test runs it beside the other
			// integration files (scripts/test/run-lanes.ts), and no other test's rows change its counts.
			{
				test: {
					name: 'sweep',
					include: [SWEEP],
					globalSetup: ['tests/support/global-setup.ts'],
					// Three minutes per collection: the widest (customers, discount rules, service requests) send thousands
					// of probes, and a busy two-core machine took over a minute for them.
					testTimeout: 180_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'install',
					include: OWN_PROJECTS,
					globalSetup: ['tests/support/global-setup-databases.ts'],
					testTimeout: 60_000,
					hookTimeout: 360_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'cluster',
					include: [CLUSTER],
					globalSetup: ['tests/support/global-setup-build.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup-browser.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});

import { configDefaults, defineConfig } from 'vitest/config';

const SWEEP = 'tests/integration/validation-sweep.test.ts';

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
					exclude: [...configDefaults.exclude, SWEEP],
					globalSetup: ['tests/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
			// The validation sweep, the longest file, on instances of its own: it runs beside the other
			// integration files instead of after them, and no other test's rows change its counts.
			{
				test: {
					name: 'sweep',
					include: [SWEEP],
					globalSetup: ['tests/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
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

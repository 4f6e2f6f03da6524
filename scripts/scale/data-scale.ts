// npm run data:scale -- [--customers 50000] [--orders 250000] [--lines-per-order 4] [--interactions 2000000]
//                       [--quotes N] [--products 5000] [--seed N] [--now 2026-12-01T12:00:00Z]
// Fills an empty CRM with the scale data (generate-scale-data.ts) in the database `.env` names (CONFIG_PATH to
// use another file; without a file, the DB_* variables of the environment). Refuses a CRM that holds customers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { ROOT } from '../lib/paths.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';
import { describeScaleResult, generateScaleData, SCALE_DEFAULTS, ScaleDataRefused } from './generate-scale-data.ts';

const USAGE = 'usage: npm run data:scale -- [--customers 50000] [--orders 250000] [--lines-per-order 4] [--interactions 2000000] [--quotes N] [--products 5000] [--seed N] [--now ISO-date]';

function wholeNumber(name: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value.replaceAll('_', ''));
	if (!Number.isInteger(n) || n < 0) throw new ScaleDataRefused(`--${name} must be a whole number ≥ 0, got "${value}"\n${USAGE}`);
	return n;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			customers: { type: 'string' },
			orders: { type: 'string' },
			'lines-per-order': { type: 'string' },
			interactions: { type: 'string' },
			quotes: { type: 'string' },
			products: { type: 'string' },
			seed: { type: 'string' },
			now: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
		strict: true,
	});
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const now = values.now === undefined ? undefined : new Date(values.now);
	if (now && Number.isNaN(now.getTime())) throw new ScaleDataRefused(`--now must be a date, got "${values.now}"`);
	const options = {
		customers: wholeNumber('customers', values.customers),
		orders: wholeNumber('orders', values.orders),
		linesPerOrder: wholeNumber('lines-per-order', values['lines-per-order']),
		interactions: wholeNumber('interactions', values.interactions),
		quotes: wholeNumber('quotes', values.quotes),
		products: wholeNumber('products', values.products),
		seed: wholeNumber('seed', values.seed),
	};
	const configPath = process.env['CONFIG_PATH'] ?? join(ROOT, '.env');
	// As Directus: the file wins over the process environment.
	const env = { ...process.env, ...(existsSync(configPath) ? parseEnv(readFileSync(configPath, 'utf8')) : {}) } as Record<string, string | undefined>;
	if (!env['DB_CLIENT']) throw new ScaleDataRefused(`No database configured: ${configPath} does not exist and DB_CLIENT is not set. Run \`npm start\` once (CRM_SEED_SCALE=0 for no demo data), or give DB_CLIENT, DB_HOST, … in the environment.`);
	const knex = createKnexFromEnv(env, ROOT);
	try {
		const target = env['DB_CLIENT'] === 'sqlite3' ? `SQLite ${env['DB_FILENAME']}` : `${env['DB_CLIENT']} ${env['DB_DATABASE'] ?? ''}@${env['DB_HOST'] ?? ''}`;
		console.log(`[scale] ${options.customers ?? SCALE_DEFAULTS.customers} customers, ${options.orders ?? SCALE_DEFAULTS.orders} orders into ${target} (seed ${options.seed ?? SCALE_DEFAULTS.seed})`);
		const result = await generateScaleData(knex, {
			...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
			...(now ? { now } : {}),
			baseCurrency: env['CRM_BASE_CURRENCY'] ?? 'EUR',
			log: (line) => console.log(`[scale] ${line}`),
		});
		console.log('[scale] rows and time in the database per table:');
		for (const line of describeScaleResult(result)) console.log(line);
	} finally {
		await knex.destroy();
	}
}

await main().catch((error: unknown) => {
	console.error(error instanceof ScaleDataRefused ? `[scale] ${error.message}` : error);
	process.exit(1);
});

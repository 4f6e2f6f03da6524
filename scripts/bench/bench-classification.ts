// npm run bench:classification — a customer classification run at scale, on PostgreSQL.
// A CRM database (no demo data) gets 50,000 customers and 250,000 orders that count (one line each, a product
// with its cost) over the last year, inserted in bulk, and the two demo classification rules.
// 1. The first run (every customer gets classes, so every customer is written and has a history row).
// 2. Runs after it (nothing changed: figures rewritten, no history): median of 3.
// Both through runClassification, the use case the nightly job and POST /crm/classification/runs run.
// Ends with: BENCH classification classify_first_s=… classify_s=… customers=… changed_first=…
import { randomUUID } from 'node:crypto';
import { runClassification } from '../../packages/crm-directus/src/index.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { createBenchRng } from '../lib/bench-rng.ts';
import { median } from '../lib/bench-stats.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';
import { DEMO_CLASS_RULES } from '../seed/demo-classification.ts';
import type { Knex } from 'knex';

const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 50_000);
const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 250_000);
const RUNS = 3;
const BATCH = 2_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const rng = createBenchRng(20261207);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function insert(knex: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
	for (let i = 0; i < rows.length; i += BATCH) await knex(table).insert(rows.slice(i, i + BATCH));
}

/** Customers buy with different habits: a tenth steady every month, the rest now and then, a fifth long ago. */
async function seed(knex: Knex): Promise<void> {
	const customers = Array.from({ length: CUSTOMERS }, () => randomUUID());
	await insert(knex, 'crm_customers', customers.map((id, i) => ({ id, name: `Bench customer ${i}`, status: 'active', currency: 'EUR', kind: 'company' })));
	const product = randomUUID();
	await knex('crm_products').insert({ id: product, sku: 'BENCH-1', name: 'Bench product', kind: 'goods', unit: 'pcs', list_price: 10_000, cost_price: 6_000, currency: 'EUR', vat_rate_bp: 1900 });
	const orders = Array.from({ length: ORDERS }, (_, i) => {
		const c = rng.int(0, CUSTOMERS - 1);
		const at = NOW - (c % 5 === 0 ? rng.int(366, 700) : rng.int(0, 364)) * DAY;
		const qty = c % 10 === 1 ? 10 : rng.int(1, 40);
		return { id: randomUUID(), number: `SO-C-${i}`, status: 'confirmed', customer: customers[c], order_date: day(at), date_created: new Date(at), currency: 'EUR', net_total: qty * 10_000, vat_total: qty * 1_900, gross_total: qty * 11_900, gross_total_base: qty * 11_900, net_total_base: qty * 10_000, cost_total_base: qty * 6_000, qty };
	});
	await insert(knex, 'crm_orders', orders.map(({ qty: _q, ...o }) => o));
	await insert(knex, 'crm_order_lines', orders.map((o) => ({ id: randomUUID(), order: o.id, product, quantity_milli: o.qty * 1000, unit_price: 10_000, net_amount: o.net_total, net_amount_base: o.net_total, cost_base: o.qty * 6_000, vat_amount: o.vat_total, gross_amount: o.gross_total, vat_rate_bp: 1900 })));
	await knex('crm_classification_rules').insert(DEMO_CLASS_RULES.map((rule) => ({ id: randomUUID(), active: true, ...rule })));
}

async function timedRun(knex: Knex, slot: string): Promise<{ seconds: number; customers: number; changed: number }> {
	const started = performance.now();
	const result = await runClassification(knex, { slot, trigger: 'manual', startedBy: null, now: new Date(NOW) });
	return { seconds: (performance.now() - started) / 1000, customers: result!.plan.summary.customers, changed: result!.plan.summary.changed };
}

async function main(): Promise<void> {
	const { env, dir, remove } = await createBenchInstanceEnv('classification');
	const knex = createKnexFromEnv(env);
	try {
		await prepareInstance({ env, dataDir: dir, seedScale: 0 });
		const seeding = performance.now();
		await seed(knex);
		await knex.raw('ANALYZE');
		console.log(`seeded ${CUSTOMERS} customers and ${ORDERS} orders in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
		const first = await timedRun(knex, 'bench:first');
		console.log(`first run: ${first.customers} customers, ${first.changed} changed, ${first.seconds.toFixed(2)} s`);
		const again = [];
		for (let i = 0; i < RUNS; i++) again.push(await timedRun(knex, `bench:${i}`));
		console.log(`later runs: ${again.map((r) => r.seconds.toFixed(2)).join(', ')} s; changed ${again.map((r) => r.changed).join(', ')}`);
		console.log(`BENCH classification classify_first_s=${first.seconds.toFixed(2)} classify_s=${median(again.map((r) => r.seconds)).toFixed(2)} customers=${first.customers} changed_first=${first.changed}`);
	} finally {
		await knex.destroy();
		await remove();
	}
}

await main();

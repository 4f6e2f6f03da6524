// npm run bench:sales — sales management at scale, on PostgreSQL.
// A CRM database (no demo data) gets 50 reps in 5 teams, 50,000 customers in 8 customer groups, 400 products,
// 250,000 orders that count over three years with four lines each (1,000,000 order lines, some products
// bought together on purpose) and 5,000 opportunities with their stage history, inserted in bulk. Then:
// 1. forecast: the weekly forecast job (runForecastWeek: every scope — the company, 5 teams, 50 reps — for this
//    month and the next two; repeat business by Holt-Winters per customer group), median of 3 weeks;
// 2. rules: association rules mined over every order line (the baskets read from the database, then
//    mineAssociationRules), median of 3;
// 3. commissions: a year of monthly statements for the 50 reps as the endpoint computes them: each order's invoice
//    and its payment (paid 0–60 days after issue) in the database, the rep's credits loaded by loadCommissionCredits
//    (the same loader as POST /crm/commissions/statements), computeCommissionStatement with a tiered plan and a cap;
//    median of 3.
// Ends with: BENCH sales forecast_s=… rules_s=… commissions_s=… customers=… order_lines=… rules=… statements=…
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { computeCommissionStatement, mineAssociationRules } from '../../packages/crm-core/src/index.ts';
import { loadCommissionCredits, runForecastWeek, toDay } from '../../packages/crm-directus/src/index.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { createBenchRng } from '../lib/bench-rng.ts';
import { median } from '../lib/bench-stats.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { ACCESS_MODEL } from '../access/define-access.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';

const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 50_000);
const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 250_000);
const LINES_PER_ORDER = 4;
const REPS = 50;
const TEAMS = 5;
const GROUPS = 8;
const PRODUCTS = 400;
const OPPORTUNITIES = 5_000;
const RUNS = 3;
const BATCH = 2_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const rng = createBenchRng(20261207);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
type Row = Record<string, unknown>;

async function insert(knex: Knex, table: string, rows: Row[]): Promise<void> {
	for (let i = 0; i < rows.length; i += BATCH) await knex(table).insert(rows.slice(i, i + BATCH));
}

/** Teams, reps, customer groups, customers (each in one group, owned by a rep) and products. */
async function seedStructure(knex: Knex): Promise<{ reps: string[]; customers: { id: string; owner: string }[]; products: string[] }> {
	const teams = Array.from({ length: TEAMS }, (_, i) => ({ id: randomUUID(), name: `Bench team ${i}` }));
	await insert(knex, 'crm_teams', teams);
	const reps = Array.from({ length: REPS }, (_, i) => ({ id: randomUUID(), name: `Bench rep ${i}`, team: teams[i % TEAMS]!.id, active: true }));
	await insert(knex, 'crm_sales_reps', reps);
	const groups = Array.from({ length: GROUPS }, (_, i) => ({ id: randomUUID(), code: `BG-${i}`, name: `Bench group ${i}` }));
	await insert(knex, 'crm_customer_groups', groups);
	const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({ id: randomUUID(), name: `Bench customer ${i}`, status: 'active', currency: 'EUR', kind: 'company', owner: reps[i % REPS]!.id }));
	await insert(knex, 'crm_customers', customers);
	await insert(knex, 'crm_customers_customer_groups', customers.map((c, i) => ({ crm_customers_id: c.id, crm_customer_groups_id: groups[i % GROUPS]!.id })));
	const products = Array.from({ length: PRODUCTS }, (_, i) => ({ id: randomUUID(), sku: `BS-${i}`, name: `Bench product ${i}`, kind: 'goods', unit: 'pcs', list_price: 10_000, cost_price: 6_000, currency: 'EUR', vat_rate_bp: 1900 }));
	await insert(knex, 'crm_products', products);
	return { reps: reps.map((r) => r.id), customers: customers.map((c) => ({ id: c.id, owner: c.owner })), products: products.map((p) => p.id) };
}

/** A basket: a popular product often with its "accessory" (the next product), the rest at random. */
function basket(products: readonly string[]): string[] {
	const first = rng.int(0, PRODUCTS - 1);
	const items = new Set([first]);
	if (rng.chance(0.4)) items.add((first + 1) % PRODUCTS);
	while (items.size < LINES_PER_ORDER) items.add(rng.int(0, PRODUCTS - 1));
	return [...items].map((i) => products[i]!);
}

/** Three years of orders with a season (more in the autumn), four lines each. */
async function seedOrders(knex: Knex, customers: readonly { id: string; owner: string }[], products: readonly string[]): Promise<void> {
	for (let start = 0; start < ORDERS; start += 10_000) {
		const orders: Row[] = [];
		const lines: Row[] = [];
		for (let i = start; i < Math.min(ORDERS, start + 10_000); i++) {
			const c = customers[rng.int(0, customers.length - 1)]!;
			let at = NOW - rng.int(1, 3 * 365) * DAY;
			if (rng.chance(0.2)) at = Date.UTC(new Date(at).getUTCFullYear(), rng.int(8, 10), rng.int(1, 28), 12);
			if (at > NOW - DAY) at = NOW - DAY;
			const id = randomUUID();
			orders.push({ id, number: `SO-S-${i}`, status: 'confirmed', customer: c.id, owner: c.owner, order_date: day(at), date_created: new Date(at), currency: 'EUR', net_total: 40_000, vat_total: 7_600, gross_total: 47_600, gross_total_base: 47_600, net_total_base: 40_000, cost_total_base: 24_000 });
			for (const product of basket(products)) lines.push({ id: randomUUID(), order: id, product, quantity_milli: 1000, unit_price: 10_000, net_amount: 10_000, net_amount_base: 10_000, cost_base: 6_000, vat_amount: 1_900, gross_amount: 11_900, vat_rate_bp: 1900 });
		}
		await insert(knex, 'crm_orders', orders);
		await insert(knex, 'crm_order_lines', lines);
	}
}

/** The starting stages, and opportunities of the coming months that went through some of them. */
async function seedPipeline(knex: Knex, customers: readonly { id: string; owner: string }[]): Promise<void> {
	const stages: Row[] = ACCESS_MODEL.startingRows!['crm_pipeline_stages']!.map((r) => ({ id: randomUUID(), active: true, ...r }));
	await insert(knex, 'crm_pipeline_stages', stages);
	const open = stages.filter((s) => s['outcome'] === 'open');
	const opportunities: Row[] = [];
	const history: Row[] = [];
	for (let i = 0; i < OPPORTUNITIES; i++) {
		const c = customers[rng.int(0, customers.length - 1)]!;
		const stage = open[rng.int(0, open.length - 1)]!;
		const id = randomUUID();
		const entered = new Date(NOW - rng.int(1, 60) * DAY);
		opportunities.push({ id, name: `Bench deal ${i}`, customer: c.id, owner: c.owner, amount: rng.int(10, 400) * 10_000, currency: 'EUR', expected_close: day(NOW + rng.int(0, 85) * DAY), stage: stage['id'], status: 'open', probability_bp: stage['probability_bp'], forecast_category: stage['forecast_category'], stage_entered_at: entered });
		history.push({ id: randomUUID(), opportunity: id, stage: stage['id'], entered_at: entered });
	}
	await insert(knex, 'crm_opportunities', opportunities);
	await insert(knex, 'crm_opportunity_stage_history', history);
}

/** The weekly forecast job as of a Monday of this month: every scope, three months each. */
async function timedForecast(knex: Knex, week: number): Promise<{ seconds: number; taken: number }> {
	const started = performance.now();
	const { taken } = await runForecastWeek(knex, new Date(Date.UTC(2026, 11, 7 + 7 * week, 5)), 'EUR');
	return { seconds: (performance.now() - started) / 1000, taken };
}

/** Every counted order's products, read in order-number order, then the rules mined from them. */
async function timedRules(knex: Knex): Promise<{ seconds: number; rules: number; lines: number }> {
	const started = performance.now();
	const rows = (await knex('crm_order_lines as l').join('crm_orders as o', 'o.id', 'l.order').whereNotIn('o.status', ['draft', 'cancelled']).select('l.order', 'l.product').orderBy('l.order')) as { order: string; product: string }[];
	const baskets: string[][] = [];
	let current: string | null = null;
	for (const row of rows) {
		if (row.order !== current) baskets.push([]);
		current = row.order;
		baskets.at(-1)!.push(row.product);
	}
	const rules = mineAssociationRules(baskets, { minSupportBp: 10, minConfidenceBp: 1000, minLiftBp: 12_000 });
	return { seconds: (performance.now() - started) / 1000, rules: rules.length, lines: rows.length };
}

/** Every order of the last 14 months invoiced at its date and paid in full 0–60 days later (one payment, one allocation). */
async function seedInvoices(knex: Knex): Promise<number> {
	const orders = (await knex('crm_orders').select('id', 'customer', 'order_date', 'net_total', 'vat_total', 'gross_total').where('order_date', '>=', day(NOW - 425 * DAY))) as Row[];
	for (let start = 0; start < orders.length; start += 10_000) {
		const invoices: Row[] = [];
		const payments: Row[] = [];
		const allocations: Row[] = [];
		for (const [i, o] of orders.slice(start, start + 10_000).entries()) {
			const issued = toDay(o['order_date'])!;
			const paid = day(Math.min(NOW - DAY, Date.parse(issued) + rng.int(0, 60) * DAY));
			const [invoice, payment] = [randomUUID(), randomUUID()];
			invoices.push({ id: invoice, number: `INV-S-${start + i}`, kind: 'invoice', status: 'paid', customer: o['customer'], order: o['id'], issue_date: issued, currency: 'EUR', net_total: o['net_total'], vat_total: o['vat_total'], gross_total: o['gross_total'], gross_total_base: o['gross_total'], open_amount: 0 });
			payments.push({ id: payment, number: `PAY-S-${start + i}`, status: 'posted', customer: o['customer'], received_on: paid, amount: o['gross_total'], currency: 'EUR', method: 'bank_transfer', unallocated_amount: 0 });
			allocations.push({ id: randomUUID(), payment, invoice, amount: o['gross_total'], allocated_on: paid });
		}
		await insert(knex, 'crm_invoices', invoices);
		await insert(knex, 'crm_payments', payments);
		await insert(knex, 'crm_payment_allocations', allocations);
	}
	return orders.length;
}

/** A year of monthly statements for every rep, each from the credits the endpoint's loader reads: a tiered plan with a cap. */
async function timedCommissions(knex: Knex, reps: readonly string[]): Promise<{ seconds: number; statements: number; lines: number }> {
	const started = performance.now();
	const plan = { basis: 'revenue' as const, rateBp: 500, tiers: [{ fromAttainmentBp: 10_000, rateBp: 750 }], capMinor: 2_000_000, targetMinor: 20_000_000 };
	let statements = 0;
	let lines = 0;
	for (const rep of reps) {
		for (let m = 0; m < 12; m++) {
			const period = { start: new Date(Date.UTC(2025, 11 + m, 1)).toISOString().slice(0, 10), end: new Date(Date.UTC(2025, 12 + m, 0)).toISOString().slice(0, 10) };
			const credits = await loadCommissionCredits(knex, rep, period, 'EUR');
			lines += computeCommissionStatement({ plan, period, currency: { currency: 'EUR', minorDigits: 2 }, credits }).lines.length;
			statements++;
		}
	}
	return { seconds: (performance.now() - started) / 1000, statements, lines };
}

async function main(): Promise<void> {
	const { env, dir, remove } = await createBenchInstanceEnv('sales');
	const knex = createKnexFromEnv(env);
	try {
		await prepareInstance({ env, dataDir: dir, seedScale: 0 });
		const seeding = performance.now();
		const { reps, customers, products } = await seedStructure(knex);
		await seedOrders(knex, customers, products);
		await seedPipeline(knex, customers);
		const invoiced = await seedInvoices(knex);
		await knex.raw('ANALYZE');
		console.log(`seeded ${CUSTOMERS} customers, ${ORDERS} orders, ${ORDERS * LINES_PER_ORDER} lines, ${OPPORTUNITIES} opportunities, ${invoiced} paid invoices in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
		const forecasts = [];
		for (let i = 0; i < RUNS; i++) forecasts.push(await timedForecast(knex, i));
		console.log(`forecast runs: ${forecasts.map((r) => `${r.seconds.toFixed(2)} s (${r.taken} snapshots)`).join(', ')}`);
		const rules = [];
		for (let i = 0; i < RUNS; i++) rules.push(await timedRules(knex));
		console.log(`rules runs: ${rules.map((r) => `${r.seconds.toFixed(2)} s (${r.rules} rules over ${r.lines} lines)`).join(', ')}`);
		const commissions = [];
		for (let i = 0; i < RUNS; i++) commissions.push(await timedCommissions(knex, reps));
		console.log(`commission runs: ${commissions.map((r) => `${r.seconds.toFixed(2)} s (${r.statements} statements, ${r.lines} lines)`).join(', ')}`);
		console.log(
			`BENCH sales forecast_s=${median(forecasts.map((r) => r.seconds)).toFixed(2)} rules_s=${median(rules.map((r) => r.seconds)).toFixed(2)} commissions_s=${median(commissions.map((r) => r.seconds)).toFixed(2)} customers=${CUSTOMERS} order_lines=${rules[0]!.lines} rules=${rules[0]!.rules} statements=${commissions[0]!.statements} commission_lines=${commissions[0]!.lines}`,
		);
	} finally {
		await knex.destroy();
		await remove();
	}
}

await main();

// npm run bench:marketing — segment refresh and campaign attribution at scale, on PostgreSQL.
// A CRM database (no demo data) gets 50,000 customers, 250,000 orders that count (one line each, a product
// with its cost) over the last year and 1,000,000 campaign touches of 20 campaigns, inserted in bulk
// (touch rows from crm-core's planTouch; their timeline entries are left out, they play no part here).
// 1. Segment refresh: a rule over purchase history (net revenue of the last 365 days at least an amount,
//    and no order for 30 days), refreshed with refreshSegment, as the hourly job and the route do: the
//    first refresh fills the segment, the next ones find nothing to change. Median of 3 after the first.
// 2. Attribution: what GET /crm/campaigns/attribution runs (loadAttributionFacts + summarizeAttribution),
//    for each of the five models; median of 3 per model, reported for the linear model and as the sum.
// 3. The reference: the linear model's revenue and margin per campaign by one hand-written SQL query;
//    median of 3. ratio_sql = attribution (linear) ÷ the query; both give the same totals (checked).
// Ends with: BENCH marketing segment_s=… attribution_s=… attribution_all_models_s=… sql_s=… ratio_sql=…
import { randomUUID } from 'node:crypto';
import { ATTRIBUTION_MODELS, type AttributionQuery, planTouch, summarizeAttribution, type TouchKind } from '../../packages/crm-core/src/index.ts';
import { loadAttributionFacts, refreshSegment } from '../../packages/crm-directus/src/index.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { createBenchRng } from '../lib/bench-rng.ts';
import { median } from '../lib/bench-stats.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';
import type { Knex } from 'knex';

const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 50_000);
const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 250_000);
const TOUCHES = Number(process.env['BENCH_TOUCHES'] ?? 1_000_000);
const CAMPAIGNS = 20;
const RUNS = 3;
const BATCH = 2_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const TODAY = '2026-12-01';
const KINDS: readonly TouchKind[] = ['sent', 'opened', 'clicked', 'responded', 'delivered'];
const CHANNELS = ['email', 'call', 'visit', 'event', 'ads'] as const;

const rng = createBenchRng(20261206);
/** One contact per customer, whose id is derived from the customer's (the last 12 digits turned). */
const contactOf = (customer: string) => `${customer.slice(0, 24)}${[...customer.slice(24)].reverse().join('')}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function insert(knex: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
	for (let i = 0; i < rows.length; i += BATCH) await knex(table).insert(rows.slice(i, i + BATCH));
}

async function seed(knex: Knex): Promise<{ customers: string[]; campaigns: { id: string; code: string; channel: (typeof CHANNELS)[number] }[] }> {
	const customers = Array.from({ length: CUSTOMERS }, () => randomUUID());
	await insert(knex, 'crm_customers', customers.map((id, i) => ({ id, name: `Bench customer ${i}`, status: 'active', currency: 'EUR', kind: 'company' })));
	await insert(knex, 'crm_contacts', customers.map((customer, i) => ({ id: contactOf(customer), customer, first_name: `Buyer ${i}`, marketing_consent: true, active: true })));
	const product = randomUUID();
	await knex('crm_products').insert({ id: product, sku: 'BENCH-1', name: 'Bench product', kind: 'goods', unit: 'pcs', list_price: 10_000, cost_price: 6_000, currency: 'EUR', vat_rate_bp: 1900 });
	const orders = Array.from({ length: ORDERS }, (_, i) => {
		const at = NOW - rng.int(0, 364) * DAY - rng.int(0, 86_000) * 1000;
		const qty = rng.int(1, 20);
		return { id: randomUUID(), number: `SO-B-${i}`, status: 'confirmed', customer: customers[rng.int(0, CUSTOMERS - 1)], order_date: day(at), date_created: new Date(at), currency: 'EUR', net_total: qty * 10_000, vat_total: qty * 1_900, gross_total: qty * 11_900, gross_total_base: qty * 11_900, qty };
	});
	await insert(knex, 'crm_orders', orders.map(({ qty: _q, ...o }) => o));
	await insert(knex, 'crm_order_lines', orders.map((o) => ({ id: randomUUID(), order: o.id, product, quantity_milli: o.qty * 1000, unit_price: 10_000, net_amount: o.net_total, vat_amount: o.vat_total, gross_amount: o.gross_total, vat_rate_bp: 1900 })));
	const campaigns = Array.from({ length: CAMPAIGNS }, (_, i) => ({ id: randomUUID(), code: `BENCH-${i}`, channel: CHANNELS[i % CHANNELS.length]! }));
	await insert(knex, 'crm_campaigns', campaigns.map((c) => ({ ...c, name: c.code, status: 'running' })));
	await insert(knex, 'crm_campaign_spend', campaigns.map((c) => ({ id: randomUUID(), campaign: c.id, cost_item: 'agency', amount_base: rng.int(100_000, 5_000_000), spent_on: TODAY, description: 'Bench' })));
	return { customers, campaigns };
}

/** A million touches, each planned by planTouch for a member of its campaign (one member per campaign and customer touched). */
async function seedTouches(knex: Knex, customers: string[], campaigns: Awaited<ReturnType<typeof seed>>['campaigns']): Promise<void> {
	const members = new Map<string, string>();
	let rows: Record<string, unknown>[] = [];
	for (let i = 0; i < TOUCHES; i++) {
		const campaign = campaigns[rng.int(0, CAMPAIGNS - 1)]!;
		const customer = customers[rng.int(0, CUSTOMERS - 1)]!;
		const key = `${campaign.id}|${customer}`;
		if (!members.has(key)) members.set(key, randomUUID());
		const plan = planTouch({ id: members.get(key)!, customer, contact: contactOf(customer), campaign }, { kind: KINDS[rng.int(0, KINDS.length - 1)]!, at: new Date(NOW - rng.int(0, 454) * DAY - rng.int(0, 86_000) * 1000) });
		rows.push({ id: randomUUID(), ...plan.touch });
		if (rows.length === BATCH * 5 || i === TOUCHES - 1) {
			await flushMembers(knex, members, rows);
			rows = [];
		}
	}
}

const written = new Set<string>();
async function flushMembers(knex: Knex, members: Map<string, string>, touches: Record<string, unknown>[]): Promise<void> {
	const fresh = [...members.entries()].filter(([, id]) => !written.has(id));
	await insert(knex, 'crm_campaign_members', fresh.map(([key, id]) => {
		const [campaign, customer] = key.split('|');
		written.add(id);
		return { id, campaign, customer, contact: contactOf(customer!), send_state: 'sent' };
	}));
	await insert(knex, 'crm_campaign_touches', touches);
}

/** The linear model in one query: each order's revenue and margin split evenly among its customer's touches in the 90 days before it. */
const REFERENCE_SQL = `
WITH o AS (
  SELECT o.id, o.customer, o.date_created AS at, o.net_total::numeric AS revenue, (o.net_total - SUM(p.cost_price * l.quantity_milli) / 1000.0)::numeric AS margin
  FROM crm_orders o JOIN crm_order_lines l ON l."order" = o.id JOIN crm_products p ON p.id = l.product
  WHERE o.status NOT IN ('draft', 'cancelled') AND o.order_date BETWEEN ?::date AND ?::date
  GROUP BY o.id
), pairs AS (
  SELECT o.id AS order_id, t.campaign, o.revenue, o.margin, COUNT(*) OVER (PARTITION BY o.id) AS n
  FROM o JOIN crm_campaign_touches t ON t.customer = o.customer AND t.kind <> 'unsubscribed' AND t.occurred_at <= o.at AND t.occurred_at >= o.at - interval '90 days'
)
SELECT campaign, COUNT(DISTINCT order_id) AS orders, SUM(revenue / n) AS revenue, SUM(margin / n) AS margin FROM pairs GROUP BY campaign`;

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
	const started = performance.now();
	const value = await fn();
	return { seconds: (performance.now() - started) / 1000, value };
}

async function runs<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
	const results = [];
	for (let i = 0; i < RUNS; i++) results.push(await timed(fn));
	return { seconds: median(results.map((r) => r.seconds)), value: results[0]!.value };
}

async function main(): Promise<void> {
	const { env, dir, remove } = await createBenchInstanceEnv('marketing');
	const knex = createKnexFromEnv(env);
	try {
		await prepareInstance({ env, dataDir: dir, seedScale: 0 });
		const seeding = await timed(async () => {
			const { customers, campaigns } = await seed(knex);
			await seedTouches(knex, customers, campaigns);
		});
		await knex.raw('ANALYZE');
		console.log(`seeded ${CUSTOMERS} customers, ${ORDERS} orders, ${TOUCHES} touches in ${seeding.seconds.toFixed(1)} s`);

		const segment = randomUUID();
		await knex('crm_market_segments').insert({ id: segment, code: 'BENCH', name: 'Valuable, quiet lately', applies_to: 'customers', definition: 'rule', rule: JSON.stringify({ match: 'all', conditions: [{ kind: 'revenue', withinDays: 365, atLeast: 500_000 }, { kind: 'no_order_for', days: 30 }] }) });
		const first = await timed(() => refreshSegment(knex, segment, new Date(NOW)));
		const again = await runs(() => refreshSegment(knex, segment, new Date(NOW)));
		console.log(`segment: ${first.value.memberCount} members; first refresh ${first.seconds.toFixed(2)} s, then ${again.seconds.toFixed(2)} s (median)`);

		const query = (model: AttributionQuery['model']): AttributionQuery => ({ model, windowDays: 90, halfLifeDays: 7, from: day(NOW - 364 * DAY), to: TODAY });
		const byModel = new Map<string, { seconds: number; value: ReturnType<typeof summarizeAttribution> }>();
		for (const model of ATTRIBUTION_MODELS) byModel.set(model, await runs(async () => summarizeAttribution(await loadAttributionFacts(knex, query(model), 'EUR'), { model, windowDays: 90, halfLifeDays: 7 }, { creditsOf: null })));
		for (const [model, r] of byModel) console.log(`attribution ${model}: ${r.seconds.toFixed(2)} s, ${r.value.byCampaign.reduce((n, c) => n + c.orders, 0)} campaign-orders`);
		const loading = await runs(() => loadAttributionFacts(knex, query('linear'), 'EUR'));
		console.log(`of which loading the facts: ${loading.seconds.toFixed(2)} s (median), ${loading.value.touches.length} touches, ${loading.value.orders.length} orders`);

		const sql = await runs(() => knex.raw(REFERENCE_SQL, [day(NOW - 364 * DAY), TODAY]));
		const reference = (sql.value as { rows: { campaign: string; revenue: string }[] }).rows;
		const linear = byModel.get('linear')!;
		const sqlRevenue = Math.round(reference.reduce((s, r) => s + Number(r.revenue), 0));
		const ourRevenue = linear.value.byCampaign.reduce((s, r) => s + r.revenue, 0);
		console.log(`reference query: ${sql.seconds.toFixed(2)} s; revenue attributed ${ourRevenue} (ours) vs ${sqlRevenue} (query)`);
		if (Math.abs(ourRevenue - sqlRevenue) > reference.length) throw new Error('the attribution and the reference query disagree');

		const all = [...byModel.values()].reduce((s, r) => s + r.seconds, 0);
		console.log(`BENCH marketing segment_s=${again.seconds.toFixed(2)} segment_first_s=${first.seconds.toFixed(2)} attribution_s=${linear.seconds.toFixed(2)} attribution_all_models_s=${all.toFixed(2)} sql_s=${sql.seconds.toFixed(2)} ratio_sql=${(linear.seconds / sql.seconds).toFixed(2)}`);
	} finally {
		await knex.destroy();
		await remove();
	}
}

await main().catch((error: unknown) => {
	console.error(String((error as Error).message ?? error).slice(0, 600));
	process.exit(1);
});

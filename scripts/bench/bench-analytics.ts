// npm run bench:analytics — the sales analytics, the classification and customer profitability at scale, on PostgreSQL.
// A CRM database (no demo data) gets the scale data (scripts/scale/generate-scale-data.ts: 50,000 customers,
// 250,000 orders with ~1,000,000 lines over 24 months, 80,000 proposals, 2,000,000 interactions).
// 1. Each analytics answer's loader, called as its route calls it for an administrator (openAnalytics, then the
//    crm-directus loaders: /analytics/sales by every dimension, /movers by customer and product, /reps,
//    /documents), over the sales dashboard's default scope (this year against the same days last year):
//    against ONE hand-written SQL query computing the same figures (both must give the same numbers): a warm-up
//    each, then 5 rounds alternating the two, medians. ratio = loader ÷ query.
// 2. The classification (runClassification, as the nightly job and POST /crm/classification/runs): the first
//    run, then classify_s = the median of 3 later runs.
// 3. The P&L of every customer over the last 365 days (loadProfitabilityFacts + summarizeProfitability, as
//    GET /crm/profitability): pnl_all_s = median of 5 after a warm-up.
// 4. Each dashboard's full answer over HTTP as the administrator (what its panel asks for when it opens, in
//    parallel as the browser does): p50 of 10 after a warm-up with the answers the server keeps (worst_p50_ms),
//    and p50 of 10 opens each right after a write to a CRM collection, every answer computed (worst_cold_p50_ms).
// Ends with: BENCH analytics worst_ratio=… worst_p50_ms=… worst_cold_p50_ms=… classify_s=… pnl_all_s=…
import { randomUUID } from 'node:crypto';
import {
	parseDocumentsQuery,
	parseMoversQuery,
	parseSalesQuery,
	parseSalesScope,
	productGroupLevel,
	productGroupParent,
	type SalesDimension,
	type SalesRowSums,
	type SalesScope,
	type SalesSums,
	summarizeProfitability,
} from '../../packages/crm-core/src/index.ts';
import {
	type AccessContext,
	type AnalyticsSource,
	type FactsSpec,
	loadDocumentPage,
	loadMonthTable,
	loadMoverSums,
	loadProfitabilityFacts,
	loadRepParts,
	loadSalesTable,
	loadSalesTotals,
	openAnalytics,
	profitabilityContextOf,
	runClassification,
} from '../../packages/crm-directus/src/index.ts';
import { AdminClient } from '../lib/admin-client.ts';
import { createBenchCleanup } from '../lib/bench-cleanup.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { median, percentile } from '../lib/bench-stats.ts';
import { startDirectus } from '../lib/directus-process.ts';
import { buildExtensions } from '../lib/extensions-build.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { describeScaleResult, generateScaleData } from '../scale/generate-scale-data.ts';
import { DEMO_CLASS_RULES } from '../seed/demo-classification.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';
import type { Knex } from 'knex';

const RUNS = 5;
const CLASSIFY_RUNS = 3;
const DASHBOARD_RUNS = Number(process.env['BENCH_DASHBOARD_RUNS'] ?? 10);
const NOW = new Date('2026-12-01T12:00:00Z');
const TODAY = '2026-12-01';
const BASE = 'EUR';
const size = (name: string) => (process.env[name] === undefined ? undefined : Number(process.env[name]));

type Row = Record<string, unknown>;

/** The administrator as the routes see them: no restriction is ever written into the SQL. */
const ADMIN = (knex: Knex): AccessContext => ({ knex, schema: { collections: {}, relations: [] } as unknown as AccessContext['schema'], accountability: { admin: true, app: true, user: null, role: null, roles: [], ip: null } as unknown as AccessContext['accountability'], itemsService: null });

/** The sales dashboard's scope when it opens (this year against the same days last year). */
const SCOPE = { from: '2026-01-01', to: TODAY, compare: 'last_year' } as const;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const started = performance.now();
	const value = await fn();
	return { ms: performance.now() - started, value };
}

/** A warm-up, then the median of `runs`. */
async function medianOf<T>(fn: () => Promise<T>, runs = RUNS): Promise<{ ms: number; value: T }> {
	await fn();
	const results = [];
	for (let i = 0; i < runs; i++) results.push(await timed(fn));
	return { ms: median(results.map((r) => r.ms)), value: results[0]!.value };
}

// ---- What the loaders and the queries give, as comparable text lines. ----

const n = (v: unknown) => Number(v ?? 0);
const sumsText = (s: SalesSums | null) => (s ? `${s.revenue}/${s.cost}/${s.orders}/${s.customers}` : '-');
const sqlSums = (r: Row, p = '') => `${n(r[`${p}revenue`])}/${n(r[`${p}cost`])}/${n(r[`${p}orders`])}/${n(r[`${p}customers`])}`;
const rowText = (r: SalesRowSums) => `${r.key ?? 'null'} ${sumsText(r.current)} ${sumsText(r.previous)}`;
const sqlRowText = (r: Row) => `${r['k'] ?? 'null'} ${sqlSums(r)} ${sqlSums(r, 'p_')}`;

// ---- The hand-written queries. ----

const COUNTED = `o.status NOT IN ('draft', 'cancelled')`;
const IN_PERIODS = `(o.order_date BETWEEN ?::date AND ?::date OR o.order_date BETWEEN ?::date AND ?::date)`;
const periodBindings = (s: SalesScope) => [s.from, s.to, s.comparison!.from, s.comparison!.to];

/** Revenue, cost, orders and customers of both periods; `lines`: rows are order lines, orders counted distinct. */
function measures(lines: boolean): string {
	const one = (cur: string, p: string) =>
		`COALESCE(SUM(rev) FILTER (WHERE ${cur}), 0) AS ${p}revenue, COALESCE(SUM(cost) FILTER (WHERE ${cur}), 0) AS ${p}cost, ${lines ? 'COUNT(DISTINCT ord)' : 'COUNT(*)'} FILTER (WHERE ${cur}) AS ${p}orders, COUNT(DISTINCT cust) FILTER (WHERE ${cur}) AS ${p}customers`;
	return `${one('cur', '')}, ${one('NOT cur', 'p_')}`;
}

/** The counted orders (or their lines) of both periods with the key `key`. */
function facts(lines: boolean, key: string, joins = ''): string {
	const [rev, cost] = lines ? ['l.net_amount_base', 'l.cost_base'] : ['o.net_total_base', 'o.cost_total_base'];
	return `SELECT ${key} AS k, ${rev} AS rev, COALESCE(${cost}, 0) AS cost, o.id AS ord, o.customer AS cust, o.order_date >= ?::date AS cur
		FROM crm_orders o ${lines ? 'JOIN crm_order_lines l ON l."order" = o.id' : ''} ${joins}
		WHERE ${COUNTED} AND ${IN_PERIODS}`;
}

const KEYS: Record<Exclude<SalesDimension, 'month'>, { lines: boolean; key: string; joins?: string }> = {
	rep: { lines: false, key: 'o.owner' },
	customer: { lines: false, key: 'o.customer' },
	product: { lines: true, key: 'l.product' },
	// The top-level group of the product's group: the scale data's tree has three levels.
	product_group: { lines: true, key: 'COALESCE(g2.id, g1.id, g0.id)', joins: 'JOIN crm_products p ON p.id = l.product LEFT JOIN crm_product_groups g0 ON g0.id = p."group" LEFT JOIN crm_product_groups g1 ON g1.id = g0.parent LEFT JOIN crm_product_groups g2 ON g2.id = g1.parent' },
	customer_group: { lines: false, key: 'g.crm_customer_groups_id', joins: 'LEFT JOIN crm_customers_customer_groups g ON g.crm_customers_id = o.customer' },
	sales_channel: { lines: false, key: 'c.sales_channel', joins: 'JOIN crm_customers c ON c.id = o.customer' },
	region: { lines: false, key: 'c.region', joins: 'JOIN crm_customers c ON c.id = o.customer' },
};

/** GET /analytics/sales?by=…: the largest `limit` keys and the totals, in one statement. */
async function salesSql(knex: Knex, s: SalesScope, by: SalesDimension, limit: number): Promise<{ totals: string; rows: string[] }> {
	const b = periodBindings(s);
	let sql: string;
	let bindings: unknown[];
	if (by === 'month') {
		// Each month of either period (a month may lie in both) and each period's totals: one pass with grouping sets.
		sql = `WITH f AS (${facts(false, `to_char(o.order_date, 'YYYY-MM')`)})
			SELECT GROUPING(cur, k) AS total, cur, k, COALESCE(SUM(rev), 0) AS revenue, COALESCE(SUM(cost), 0) AS cost, COUNT(*) AS orders, COUNT(DISTINCT cust) AS customers
			FROM f GROUP BY GROUPING SETS ((cur, k), (cur))`;
		bindings = [s.from, ...b];
	} else {
		const { lines, key, joins } = KEYS[by];
		if (by === 'customer_group') {
			// A customer in two groups counts in each row but once in the totals: the totals over the orders
			// themselves, as the second branch of the statement.
			sql = `(SELECT 0 AS total, g.*, COUNT(*) OVER () AS key_count FROM (SELECT k, ${measures(lines)} FROM (${facts(lines, key, joins)}) f GROUP BY k) g
					ORDER BY revenue DESC, p_revenue DESC, k IS NULL, k LIMIT ${limit})
				UNION ALL SELECT 1, NULL, ${measures(false)}, NULL FROM (${facts(false, 'NULL')}) t`;
			bindings = [s.from, ...b, s.from, ...b];
		} else {
			// The keys' rows and the totals in one pass (grouping sets), the totals first, then the largest keys.
			sql = `SELECT GROUPING(k) AS total, k, ${measures(lines)}, COUNT(*) OVER () AS key_count FROM (${facts(lines, key, joins)}) f
				GROUP BY GROUPING SETS ((k), ()) ORDER BY GROUPING(k) DESC, revenue DESC, p_revenue DESC, k IS NULL, k LIMIT ${limit + 1}`;
			bindings = [s.from, ...b];
		}
	}
	const rows = ((await knex.raw(sql, bindings)) as { rows: Row[] }).rows;
	const body = rows.filter((r) => n(r['total']) === 0);
	if (by === 'month') {
		const total = (cur: boolean) => rows.find((r) => n(r['total']) === 1 && r['cur'] === cur);
		const sums = (r: Row | undefined) => (r ? sqlSums(r) : '0/0/0/0');
		return { totals: `${sums(total(true))} ${sums(total(false))}`, rows: body.map((r) => `${r['cur'] ? 1 : 0} ${r['k']} ${sqlSums(r)}`).sort() };
	}
	const totals = rows.find((r) => n(r['total']) === 1)!;
	return { totals: `${sqlSums(totals)} ${sqlSums(totals, 'p_')}`, rows: body.map(sqlRowText).sort() };
}

/** GET /analytics/movers?by=…: the largest rises and falls, in one statement. */
async function moversSql(knex: Knex, s: SalesScope, by: 'customer' | 'product', limit: number): Promise<string[]> {
	const { lines, key } = KEYS[by];
	const sql = `WITH f AS (${facts(lines, key)}), d AS (SELECT k, ${measures(lines)} FROM f GROUP BY k)
		(SELECT * FROM d WHERE revenue > p_revenue ORDER BY revenue - p_revenue DESC, k LIMIT ${limit})
		UNION ALL (SELECT * FROM d WHERE revenue < p_revenue ORDER BY revenue - p_revenue ASC, k LIMIT ${limit})`;
	return ((await knex.raw(sql, [s.from, ...periodBindings(s)])) as { rows: Row[] }).rows.map(sqlRowText).sort();
}

/** GET /analytics/reps: per rep the orders, proposals and activities of both periods, in one statement. */
async function repsSql(knex: Knex, s: SalesScope): Promise<string[]> {
	const c = s.comparison!;
	const after = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
	const sql = `WITH
		f AS (${facts(false, 'o.owner')}),
		sales AS (SELECT k, ${measures(false)} FROM f GROUP BY k),
		proposals AS (
			SELECT q.owner AS k, ${[1, 0].flatMap((cur) => ['accepted', 'rejected', 'expired', 'sent'].map((st) => `COUNT(*) FILTER (WHERE ${cur ? '' : 'NOT '}(q.issue_date >= ?::date) AND q.status = '${st}') AS ${cur ? '' : 'p_'}${st}`)).join(', ')}
			FROM crm_quotes q WHERE q.status <> 'draft' AND (q.issue_date BETWEEN ?::date AND ?::date OR q.issue_date BETWEEN ?::date AND ?::date) GROUP BY q.owner),
		activities AS (
			SELECT i.rep AS k, COUNT(*) FILTER (WHERE i.occurred_at >= ?::timestamptz) AS activities, COUNT(*) FILTER (WHERE i.occurred_at < ?::timestamptz) AS p_activities
			FROM crm_interactions i WHERE i.type <> 'system' AND i.rep IS NOT NULL
			AND ((i.occurred_at >= ?::timestamptz AND i.occurred_at < ?::timestamptz) OR (i.occurred_at >= ?::timestamptz AND i.occurred_at < ?::timestamptz)) GROUP BY i.rep)
		SELECT * FROM sales FULL JOIN proposals USING (k) FULL JOIN activities USING (k)`;
	const from = `${s.from}T00:00:00.000Z`;
	const bindings = [s.from, ...periodBindings(s), ...Array(8).fill(s.from), ...periodBindings(s), from, from, from, after(s.to), `${c.from}T00:00:00.000Z`, after(c.to)];
	const rows = ((await knex.raw(sql, bindings)) as { rows: Row[] }).rows;
	return rows.map((r) => repText(r['k'] as string | null, r['revenue'] === null ? null : `${sqlSums(r)} ${sqlSums(r, 'p_')}`, r['accepted'] === null ? null : ['', 'p_'].map((p) => ['accepted', 'rejected', 'expired', 'sent'].map((st) => n(r[`${p}${st}`])).join('/')).join(' '), r['activities'] === null ? null : `${n(r['activities'])}/${n(r['p_activities'])}`)).sort();
}

const repText = (rep: string | null, sales: string | null, proposals: string | null, activities: string | null) => `${rep ?? 'null'} | ${sales ?? '-'} | ${proposals ?? '-'} | ${activities ?? '-'}`;

/** GET /analytics/documents (page 1): the newest orders of the period with their figures, and the totals, in one statement. */
async function documentsSql(knex: Knex, s: SalesScope, limit: number): Promise<string[]> {
	const sql = `(SELECT 0 AS total, o.id, o.number, o.net_total_base AS revenue, COALESCE(o.cost_total_base, 0) AS cost, 1 AS orders, 1 AS customers
			FROM crm_orders o WHERE ${COUNTED} AND o.order_date BETWEEN ?::date AND ?::date ORDER BY o.order_date DESC, o.number DESC, o.id LIMIT ${limit})
		UNION ALL SELECT 1, NULL, NULL, COALESCE(SUM(o.net_total_base), 0), COALESCE(SUM(o.cost_total_base), 0), COUNT(*), COUNT(DISTINCT o.customer)
			FROM crm_orders o WHERE ${COUNTED} AND o.order_date BETWEEN ?::date AND ?::date`;
	const rows = ((await knex.raw(sql, [s.from, s.to, s.from, s.to])) as { rows: Row[] }).rows;
	return rows.map((r) => (n(r['total']) === 1 ? `totals ${sqlSums(r)}` : `${r['number']} ${n(r['revenue'])}/${n(r['cost'])}`));
}

// ---- The loaders, as the routes call them. ----

function specOf(q: SalesScope, by: SalesDimension | null, src: AnalyticsSource): FactsSpec {
	const level = by === 'product_group' ? productGroupLevel(src.groups, productGroupParent(q.filters.product_group)) : null;
	return { period: { from: q.from, to: q.to }, comparison: q.comparison, filters: q.filters, by, level };
}

/** What GET /analytics/sales loads (its salesTable): the totals and the rows (a tree level's keys become its groups' ids). */
async function salesLoader(knex: Knex, by: SalesDimension): Promise<{ totals: string; rows: string[] }> {
	const q = parseSalesQuery({ ...SCOPE, by }, TODAY);
	const src = await openAnalytics(ADMIN(knex), q.by, q.filters);
	const spec = specOf(q, q.by, src);
	if (by === 'month') {
		const sums = await loadMonthTable(src, spec);
		const rows = [...[...sums.current].map(([k, v]) => `1 ${k} ${sumsText(v)}`), ...[...sums.previous].map(([k, v]) => `0 ${k} ${sumsText(v)}`)];
		return { totals: `${sumsText(sums.totals.current)} ${sumsText(sums.totals.previous)}`, rows: rows.sort() };
	}
	const { totals, rows } = await loadSalesTable(src, spec, q.limit);
	const level = spec.level;
	const keyOf = (key: string | null) => (level ? (level.nodes[Number(key)]?.id ?? null) : key);
	return { totals: `${sumsText(totals.current)} ${sumsText(totals.previous)}`, rows: rows.map((r) => rowText({ ...r, key: keyOf(r.key) })).sort() };
}

async function moversLoader(knex: Knex, by: 'customer' | 'product', limit: number): Promise<string[]> {
	const q = parseMoversQuery({ ...SCOPE, by, limit: String(limit) }, TODAY);
	const src = await openAnalytics(ADMIN(knex), q.by, q.filters);
	return (await loadMoverSums(src, specOf(q, q.by, src), q.limit)).map(rowText).sort();
}

async function repsLoader(knex: Knex): Promise<string[]> {
	const q = parseSalesScope(SCOPE, TODAY);
	const src = await openAnalytics(ADMIN(knex), 'rep', q.filters);
	const parts = await loadRepParts(src, specOf(q, 'rep', src));
	const reps = new Map<string, { sales: string | null; proposals: string | null; activities: string | null }>();
	for (const p of parts) {
		const key = p.rep ?? 'null';
		const entry = reps.get(key) ?? { sales: null, proposals: null, activities: null };
		if (p.part === 'sales') entry.sales = `${sumsText(p.current)} ${sumsText(p.previous)}`;
		if (p.part === 'proposals') entry.proposals = [p.current, p.previous].map((c) => [c.accepted, c.rejected, c.expired, c.open].join('/')).join(' ');
		if (p.part === 'activities') entry.activities = `${p.current}/${p.previous}`;
		reps.set(key, entry);
	}
	return [...reps].map(([rep, e]) => repText(rep, e.sales, e.proposals, e.activities)).sort();
}

async function documentsLoader(knex: Knex, limit: number): Promise<string[]> {
	const q = parseDocumentsQuery({ from: SCOPE.from, to: SCOPE.to, limit: String(limit) }, TODAY);
	const src = await openAnalytics(ADMIN(knex), null, q.filters);
	const spec = specOf(q, null, src);
	const page = await loadDocumentPage(src, spec, q.page, q.limit);
	const totals = await loadSalesTotals(src, spec);
	return [...page.map((d) => `${d.number} ${d.netBase}/${d.costBase}`), `totals ${sumsText(totals.current)}`];
}

interface Comparison {
	name: string;
	loader_ms: number;
	sql_ms: number;
	ratio: number;
	rows: number;
}

/** The loader and the query, a warm-up each, then RUNS rounds alternating the two (the machine's load drifts): medians. */
async function compare(name: string, loader: () => Promise<unknown>, sql: () => Promise<unknown>): Promise<Comparison> {
	const ours = await loader();
	const reference = await sql();
	const a = JSON.stringify(ours);
	const b = JSON.stringify(reference);
	if (a !== b) throw new Error(`${name}: the loader and the query disagree:\n loader ${a.slice(0, 600)}\n query  ${b.slice(0, 600)}`);
	const times = { loader: [] as number[], sql: [] as number[] };
	for (let i = 0; i < RUNS; i++) {
		times.loader.push((await timed(loader)).ms);
		times.sql.push((await timed(sql)).ms);
	}
	const rows = Array.isArray(ours) ? ours.length : (ours as { rows: unknown[] }).rows.length;
	const result = { name, loader_ms: median(times.loader), sql_ms: median(times.sql), ratio: median(times.loader) / median(times.sql), rows };
	console.log(`${name}: loader ${result.loader_ms.toFixed(0)} ms, query ${result.sql_ms.toFixed(0)} ms, ratio ${result.ratio.toFixed(2)} (${rows} rows, same figures)`);
	return result;
}

async function compareLoaders(knex: Knex): Promise<Comparison[]> {
	const scope = parseSalesScope(SCOPE, TODAY);
	const out: Comparison[] = [];
	for (const by of ['month', 'product_group', 'customer_group', 'sales_channel', 'region', 'rep', 'customer', 'product'] as const) {
		out.push(await compare(`sales by ${by}`, () => salesLoader(knex, by), () => salesSql(knex, scope, by, 100)));
	}
	for (const by of ['customer', 'product'] as const) out.push(await compare(`movers by ${by}`, () => moversLoader(knex, by, 5), () => moversSql(knex, scope, by, 5)));
	out.push(await compare('reps', () => repsLoader(knex), () => repsSql(knex, scope)));
	out.push(await compare('documents', () => documentsLoader(knex, 25), () => documentsSql(knex, { ...scope, comparison: null }, 25)));
	return out;
}

// ---- Classification and profitability. ----

async function classify(knex: Knex): Promise<{ first_s: number; classify_s: number; customers: number }> {
	await knex('crm_classification_rules').insert(DEMO_CLASS_RULES.map((rule) => ({ id: randomUUID(), active: true, ...rule })));
	const run = (slot: string) => timed(() => runClassification(knex, { slot, trigger: 'manual', startedBy: null, now: NOW }));
	const first = await run('bench:first');
	const later = [];
	for (let i = 0; i < CLASSIFY_RUNS; i++) later.push(await run(`bench:${i}`));
	const customers = first.value!.plan.summary.customers;
	console.log(`classification: first run ${(first.ms / 1000).toFixed(2)} s (${customers} customers, ${first.value!.plan.summary.changed} changed), later ${later.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s`);
	return { first_s: first.ms / 1000, classify_s: median(later.map((r) => r.ms)) / 1000, customers };
}

async function profitability(knex: Knex): Promise<{ seconds: number; customers: number; load_ms: number }> {
	const period = { from: '2025-12-02', to: TODAY, today: TODAY };
	const load = () => loadProfitabilityFacts(knex, period, { customers: null, detail: false }, BASE);
	const all = await medianOf(async () => {
		const loaded = await load();
		return summarizeProfitability(loaded.facts, profitabilityContextOf(loaded, period, BASE, { service: true, marketing: true }));
	});
	const loading = await medianOf(load);
	console.log(`P&L of all customers: ${(all.ms / 1000).toFixed(2)} s (${all.value.ranked.length} customers), of which loading the facts ${(loading.ms / 1000).toFixed(2)} s`);
	return { seconds: all.ms / 1000, customers: all.value.ranked.length, load_ms: loading.ms };
}

// ---- Dashboards over HTTP. ----

/** What each dashboard's panel asks for when it opens (with the panel's default options, as of TODAY). */
const DASHBOARDS: { name: string; requests: string[] }[] = [
	{
		name: 'Sales overview',
		requests: [
			`/crm/analytics/sales?by=month&from=${SCOPE.from}&to=${SCOPE.to}&compare=${SCOPE.compare}`,
			`/crm/analytics/sales?by=product_group&from=${SCOPE.from}&to=${SCOPE.to}&compare=${SCOPE.compare}`,
			`/crm/analytics/movers?by=customer&from=${SCOPE.from}&to=${SCOPE.to}&compare=${SCOPE.compare}&limit=5`,
		],
	},
	{ name: 'Rep leaderboard', requests: [`/crm/analytics/reps?from=${SCOPE.from}&to=${SCOPE.to}&compare=${SCOPE.compare}`] },
	{ name: 'Customer profitability', requests: ['/crm/profitability?from=2025-12-02&to=2026-12-01&limit=10'] },
	{ name: 'Customer classes', requests: ['/crm/classification/overview'] },
	{ name: 'Order drill-down', requests: [`/crm/analytics/documents?from=${SCOPE.from}&to=${SCOPE.to}&page=1&limit=25`] },
];

interface DashboardTimes {
	name: string;
	/** Opens whose answers the server kept (nothing changed since the last open). */
	p50: number;
	p90: number;
	/** First opens after a change of CRM data: every answer computed. */
	cold_p50: number;
}

/**
 * Each dashboard opened DASHBOARD_RUNS times as it is kept (p50, p90) and DASHBOARD_RUNS times right after a
 * write to a CRM collection through Directus (cold: the kept answers no longer hold and are computed).
 */
async function dashboards(env: Record<string, string | undefined>, cleanups: (() => Promise<void>)[]): Promise<DashboardTimes[]> {
	const built = await buildExtensions();
	if (built.length) console.log(`built ${built.length} extension(s)`);
	// Answers that keep the event loop busy for long would trip Directus' pressure limiter (503) on a busy machine: the bench times them instead.
	const directus = await startDirectus({ ...env, PRESSURE_LIMITER_ENABLED: 'false' });
	cleanups.push(() => directus.stop());
	const api = await AdminClient.login(directus.url, env['ADMIN_EMAIL']!, env['ADMIN_PASSWORD']!);
	// Any committed write to a CRM collection raises the data version; this one changes nothing the dashboards show.
	const change = () => api.request('PATCH', '/items/crm_profitability_settings', { payment_delay_rate_bp: 800 });
	const out: DashboardTimes[] = [];
	for (const d of DASHBOARDS) {
		const open = () => Promise.all(d.requests.map((path) => api.request('GET', path)));
		await open();
		const kept = [];
		for (let i = 0; i < DASHBOARD_RUNS; i++) kept.push((await timed(open)).ms);
		const cold = [];
		for (let i = 0; i < DASHBOARD_RUNS; i++) {
			await change();
			cold.push((await timed(open)).ms);
		}
		out.push({ name: d.name, p50: percentile(kept, 50), p90: percentile(kept, 90), cold_p50: percentile(cold, 50) });
		console.log(`dashboard ${d.name}: kept p50 ${percentile(kept, 50).toFixed(0)} ms, p90 ${percentile(kept, 90).toFixed(0)} ms; after a change p50 ${percentile(cold, 50).toFixed(0)} ms (${d.requests.length} request${d.requests.length > 1 ? 's' : ''})`);
	}
	return out;
}

async function main(): Promise<void> {
	const { cleanups, cleanup } = createBenchCleanup();
	const { env, dir, remove } = await createBenchInstanceEnv('analytics');
	cleanups.push(remove);
	const knex = createKnexFromEnv(env);
	cleanups.push(() => knex.destroy());
	try {
		await prepareInstance({ env, dataDir: dir, seedScale: 0 });
		const scale = await generateScaleData(knex, {
			now: NOW,
			...(size('BENCH_CUSTOMERS') === undefined ? {} : { customers: size('BENCH_CUSTOMERS') }),
			...(size('BENCH_ORDERS') === undefined ? {} : { orders: size('BENCH_ORDERS') }),
			...(size('BENCH_INTERACTIONS') === undefined ? {} : { interactions: size('BENCH_INTERACTIONS') }),
			log: (line) => console.log(`scale data: ${line}`),
		});
		for (const line of describeScaleResult(scale)) console.log(line);

		const loaders = await compareLoaders(knex);
		const classes = await classify(knex);
		const pnl = await profitability(knex);
		const boards = await dashboards(env, cleanups);

		const worst = loaders.reduce((a, b) => (b.ratio > a.ratio ? b : a));
		const slowest = boards.reduce((a, b) => (b.p50 > a.p50 ? b : a));
		const slowestCold = boards.reduce((a, b) => (b.cold_p50 > a.cold_p50 ? b : a));
		console.log('\nfigure                               loader ms   query ms   ratio');
		for (const c of loaders) console.log(`${c.name.padEnd(36)} ${c.loader_ms.toFixed(0).padStart(9)} ${c.sql_ms.toFixed(0).padStart(10)} ${c.ratio.toFixed(2).padStart(7)}${c.ratio > 1.5 ? '  > 1.5' : ''}`);
		console.log('\ndashboard (full answer over HTTP)    p50 ms     p90 ms   after a change p50 ms');
		for (const b of boards) console.log(`${b.name.padEnd(36)} ${b.p50.toFixed(0).padStart(6)} ${b.p90.toFixed(0).padStart(10)} ${b.cold_p50.toFixed(0).padStart(12)}${b.p50 >= 500 ? '  ≥ 500' : ''}`);
		console.log(`\nclassification: first run ${classes.first_s.toFixed(2)} s, later runs ${classes.classify_s.toFixed(2)} s (median) over ${classes.customers} customers`);
		console.log(`P&L of all customers (last 365 days): ${pnl.seconds.toFixed(2)} s for ${pnl.customers} customers (loading ${(pnl.load_ms / 1000).toFixed(2)} s)`);
		console.log(`scale data: ${scale.seconds.toFixed(1)} s; worst ratio: ${worst.name}; slowest dashboard: ${slowest.name} (after a change: ${slowestCold.name})`);
		console.log(`BENCH analytics worst_ratio=${worst.ratio.toFixed(2)} worst_p50_ms=${slowest.p50.toFixed(0)} worst_cold_p50_ms=${slowestCold.cold_p50.toFixed(0)} classify_s=${classes.classify_s.toFixed(2)} pnl_all_s=${pnl.seconds.toFixed(2)}`);
	} finally {
		await cleanup();
	}
}

await main().catch((error: unknown) => {
	console.error(String((error as Error).stack ?? error).slice(0, 2000));
	process.exit(1);
});

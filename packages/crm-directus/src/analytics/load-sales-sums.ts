import type { MoverSums, SalesRowSums, SalesSums } from '@crm/core';
import type { Knex } from 'knex';
import { type AnalyticsSource, countsLines, type FactsSpec, salesFacts } from './sales-facts.ts';

type Row = Record<string, unknown>;

/** A sum or count as the driver returns it (PostgreSQL: bigint and numeric as text), checked to be a safe whole number. */
export function wholeNumber(value: unknown): number {
	const n = Number(value ?? 0);
	if (!Number.isSafeInteger(n)) throw new Error(`The database summed ${String(value)}, not a whole number of minor units within 2^53.`);
	return n;
}

/** Revenue, cost, orders and customers of the rows of one period (`cur` 1 or 0; null: all rows), named with `prefix`. */
function measures(knex: Knex, lines: boolean, cur: 0 | 1 | null, prefix: string): Knex.Raw[] {
	const when = (expr: string) => (cur === null ? expr : `CASE WHEN f.cur = ${cur} THEN ${expr} END`);
	return [
		knex.raw(`COALESCE(SUM(${when('f.rev')}), 0) as ${prefix}revenue`),
		knex.raw(`COALESCE(SUM(${when('f.cost')}), 0) as ${prefix}cost`),
		// An order's lines are several rows; whole orders are one row per key.
		knex.raw(lines ? `COUNT(DISTINCT ${when('f.ord')}) as ${prefix}orders` : `COUNT(${when('1')}) as ${prefix}orders`),
		knex.raw(`COUNT(DISTINCT ${when('f.cust')}) as ${prefix}customers`),
	];
}

function bothPeriods(knex: Knex, spec: FactsSpec): Knex.Raw[] {
	const lines = countsLines(spec);
	// Without a comparison every row is the period's: nothing to tell apart.
	return spec.comparison ? [...measures(knex, lines, 1, ''), ...measures(knex, lines, 0, 'p_')] : measures(knex, lines, null, '');
}

export function sumsOf(row: Row, prefix = ''): SalesSums {
	return { revenue: wholeNumber(row[`${prefix}revenue`]), cost: wholeNumber(row[`${prefix}cost`]), orders: wholeNumber(row[`${prefix}orders`]), customers: wholeNumber(row[`${prefix}customers`]) };
}

const keyText = (value: unknown) => (value === null || value === undefined ? null : String(value));
const rowSums = (spec: FactsSpec) => (r: Row): SalesRowSums => ({ key: keyText(r['k']), current: sumsOf(r), previous: spec.comparison ? sumsOf(r, 'p_') : null });

/** The figures of both periods over every row of the figure set, in one aggregate query. */
export async function loadSalesTotals(src: AnalyticsSource, spec: FactsSpec): Promise<SalesRowSums> {
	const [row] = (await src.knex.from(salesFacts(src, { ...spec, by: null }).as('f')).select(bothPeriods(src.knex, spec))) as Row[];
	return rowSums(spec)(row ?? {});
}

/** Orders, the most rows first by revenue in the period, then in the comparison period, then by key (no key last). */
function rankRows(query: Knex.QueryBuilder, spec: FactsSpec): Knex.QueryBuilder {
	query.orderBy('revenue', 'desc');
	if (spec.comparison) query.orderBy('p_revenue', 'desc');
	return query.orderByRaw('CASE WHEN f.k IS NULL THEN 1 ELSE 0 END').orderBy('f.k');
}

/** One row per key with both periods' figures, in one aggregate query: the largest `limit`, and how many keys there are in all. */
export async function loadSalesRows(src: AnalyticsSource, spec: FactsSpec, limit: number | null): Promise<{ rows: SalesRowSums[]; count: number }> {
	const { knex } = src;
	const query = rankRows(knex.from(salesFacts(src, spec).as('f')).select('f.k', ...bothPeriods(knex, spec), knex.raw('COUNT(*) OVER () as key_count')).groupBy('f.k'), spec);
	const rows = (await (limit === null ? query : query.limit(limit))) as Row[];
	return { rows: rows.map(rowSums(spec)), count: rows.length === 0 ? 0 : wholeNumber(rows[0]!['key_count']) };
}

export interface SalesTableSums {
	totals: SalesRowSums;
	rows: SalesRowSums[];
	/** How many keys there are in all (rows holds the largest). */
	count: number;
}

/**
 * PostgreSQL sums the rows and the totals in the same pass (GROUPING SETS): the totals row comes first, then
 * the largest keys. Not by customer group, whose rows repeat a customer in each of their groups.
 */
async function loadTableInOnePass(src: AnalyticsSource, spec: FactsSpec, limit: number): Promise<SalesTableSums> {
	const { knex } = src;
	const query = knex.from(salesFacts(src, spec).as('f')).select('f.k', ...bothPeriods(knex, spec), knex.raw('COUNT(*) OVER () as key_count')).groupByRaw('GROUPING SETS ((f.k), ())');
	const [totals, ...rows] = (await rankRows(query.orderByRaw('GROUPING(f.k) DESC'), spec).limit(limit + 1)) as Row[];
	return { totals: rowSums(spec)({ ...totals, k: null }), rows: rows.map(rowSums(spec)), count: wholeNumber(totals?.['key_count'] ?? 1) - 1 };
}

/** A breakdown's largest rows and its totals over all rows (counted once), in one query on PostgreSQL, two elsewhere. */
export async function loadSalesTable(src: AnalyticsSource, spec: FactsSpec, limit: number): Promise<SalesTableSums> {
	if (src.knex.client.config.client === 'pg' && spec.by !== 'customer_group' && spec.by !== 'month') return loadTableInOnePass(src, spec, limit);
	const totals = await loadSalesTotals(src, spec);
	return { totals, ...(await loadSalesRows(src, spec, limit)) };
}

/** Each month's figures, the period's and the comparison period's apart (a month may lie in both), in one aggregate query. */
export async function loadMonthSums(src: AnalyticsSource, spec: FactsSpec): Promise<{ current: Map<string, SalesSums>; previous: Map<string, SalesSums> }> {
	const query = src.knex.from(salesFacts(src, { ...spec, by: 'month' }).as('f')).select('f.cur', 'f.k', ...measures(src.knex, countsLines(spec), null, '')).groupBy('f.cur', 'f.k');
	const rows = (await query) as Row[];
	const of = (cur: number) => new Map(rows.filter((r) => Number(r['cur']) === cur).map((r) => [String(r['k']), sumsOf(r)]));
	return { current: of(1), previous: of(0) };
}

/** The months' figures and the totals of both periods; on PostgreSQL in the same pass (GROUPING SETS), elsewhere in two queries. */
export async function loadMonthTable(src: AnalyticsSource, spec: FactsSpec): Promise<{ totals: SalesRowSums; current: Map<string, SalesSums>; previous: Map<string, SalesSums> }> {
	const { knex } = src;
	if (knex.client.config.client !== 'pg') return { totals: await loadSalesTotals(src, spec), ...(await loadMonthSums(src, spec)) };
	const query = knex.from(salesFacts(src, { ...spec, by: 'month' }).as('f')).select('f.cur', 'f.k', knex.raw('GROUPING(f.k) as is_total'), ...measures(knex, countsLines(spec), null, '')).groupByRaw('GROUPING SETS ((f.cur, f.k), (f.cur))');
	const rows = (await query) as Row[];
	const of = (cur: number) => new Map(rows.filter((r) => Number(r['cur']) === cur && Number(r['is_total']) === 0).map((r) => [String(r['k']), sumsOf(r)]));
	const total = (cur: number) => sumsOf(rows.find((r) => Number(r['cur']) === cur && Number(r['is_total']) === 1) ?? {});
	return { totals: { key: null, current: total(1), previous: spec.comparison ? total(0) : null }, current: of(1), previous: of(0) };
}

/**
 * The keys whose revenue rose most and fell most against the comparison period, in one query: the sums
 * per key once (a common table), the `limit` largest rises and the `limit` largest falls taken from it.
 */
export async function loadMoverSums(src: AnalyticsSource, spec: FactsSpec, limit: number): Promise<MoverSums[]> {
	const { knex } = src;
	const sums = knex.from(salesFacts(src, spec).as('f')).select('f.k', ...bothPeriods(knex, spec)).groupBy('f.k');
	const side = (rise: boolean) => knex.select('*').from('d').whereRaw(rise ? 'd.revenue > d.p_revenue' : 'd.revenue < d.p_revenue').orderByRaw(`d.revenue - d.p_revenue ${rise ? 'desc' : 'asc'}`).orderBy('d.k').limit(limit);
	const rows = (await knex.with('d', sums).select('*').from(side(true).as('gains')).unionAll((u) => u.select('*').from(side(false).as('losses')))) as Row[];
	return rows.map((r) => ({ key: String(r['k']), current: sumsOf(r), previous: sumsOf(r, 'p_') }));
}

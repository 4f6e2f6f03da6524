import type { Knex } from 'knex';
import { toDay } from '../load-pricing-context.ts';
import { wholeNumber } from './load-sales-sums.ts';
import { type AnalyticsSource, countsLines, type FactsSpec, salesFacts } from './sales-facts.ts';

type Row = Record<string, unknown>;
const DOCUMENT_FIELDS = ['id', 'number', 'order_date', 'customer', 'owner', 'status', 'currency', 'net_total'];

/** An order behind a figure as the database gives it: ids for the names the route reads under the caller's policy. */
export interface DocumentRow {
	id: string;
	number: string | null;
	day: string | null;
	status: string;
	customer: string;
	rep: string | null;
	currency: string | null;
	netTotal: number | null;
	netBase: number;
	costBase: number;
}

const toDocument = (r: Row): DocumentRow => ({
	id: String(r['id']),
	number: r['number'] === null ? null : String(r['number']),
	day: toDay(r['order_date']),
	status: String(r['status']),
	customer: String(r['customer']),
	rep: r['owner'] === null || r['owner'] === undefined ? null : String(r['owner']),
	currency: r['currency'] === null ? null : String(r['currency']),
	netTotal: r['net_total'] === null || r['net_total'] === undefined ? null : wholeNumber(r['net_total']),
	netBase: wholeNumber(r['rev']),
	costBase: wholeNumber(r['cost']),
});

/**
 * The orders of the period with their share of the figure: whole orders straight from the facts (one row each,
 * read newest first without summing them all), or — when products are looked at — their lines summed per order.
 */
function documentRows(src: AnalyticsSource, spec: FactsSpec): Knex.QueryBuilder {
	const facts = salesFacts(src, { ...spec, comparison: null, by: null });
	if (!countsLines(spec)) return src.access.restrict(facts, 'crm_orders', 'o.id', DOCUMENT_FIELDS).select(DOCUMENT_FIELDS.map((f) => `o.${f}`));
	const { knex } = src;
	const shares = knex.from(facts.as('f')).select('f.ord', knex.raw('COALESCE(SUM(f.rev), 0) as rev'), knex.raw('SUM(f.cost) as cost')).groupBy('f.ord');
	const query = knex.from(shares.as('s')).join('crm_orders as o', 'o.id', 's.ord').select([...DOCUMENT_FIELDS.map((f) => `o.${f}`), 's.rev', 's.cost']);
	return src.access.restrict(query, 'crm_orders', 'o.id', DOCUMENT_FIELDS);
}

/** A page of the orders behind a figure (the period's only), newest first, each with its share of the figure in the base currency. */
export async function loadDocumentPage(src: AnalyticsSource, spec: FactsSpec, page: number, limit: number): Promise<DocumentRow[]> {
	const rows = (await documentRows(src, spec).orderBy('o.order_date', 'desc').orderBy('o.number', 'desc').orderBy('o.id').limit(limit).offset((page - 1) * limit)) as Row[];
	return rows.map(toDocument);
}

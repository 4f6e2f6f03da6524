import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { addDays, daysBetween, isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';
import { comparisonPeriod, COMPARISONS, type Comparison, type Period } from './comparison-period.ts';

/** What sales figures can be broken down by (S1, A1–A3). `month` is the period's months, compared month by month. */
export const SALES_DIMENSIONS = ['rep', 'customer', 'customer_group', 'product', 'product_group', 'sales_channel', 'region', 'month'] as const;
export type SalesDimension = (typeof SALES_DIMENSIONS)[number];

/** What sales figures can be narrowed to; each takes one id or several separated by commas. */
export const SALES_FILTERS = ['rep', 'customer', 'customer_group', 'product', 'product_group', 'sales_channel', 'region'] as const;
export type SalesFilter = (typeof SALES_FILTERS)[number];
export type SalesFilters = Partial<Record<SalesFilter, readonly string[]>>;

/** Longest period one question may cover: three years and a leap day. */
export const SALES_MAX_PERIOD_DAYS = 1_096;
/** At most this many ids per filter. */
export const SALES_MAX_FILTER_IDS = 100;
export const SALES_MAX_ROWS = 1_000;
export const SALES_DEFAULT_ROWS = 100;
export const MOVERS_MAX = 50;
export const MOVERS_DEFAULT = 10;
export const DOCUMENTS_MAX_LIMIT = 100;
export const DOCUMENTS_MAX_PAGE = 10_000;
/** A CSV of the orders behind a figure holds them all, up to this many (the page parameters are for JSON). */
export const DOCUMENTS_CSV_MAX = 10_000;

export type AnalyticsFormat = 'json' | 'csv';

/** A period, what it is compared with, and the filters: what every sales analysis reads. */
export interface SalesScope {
	from: string;
	to: string;
	compare: Comparison;
	/** The comparison period; null for compare=none. */
	comparison: Period | null;
	filters: SalesFilters;
	format: AnalyticsFormat;
}

export interface SalesQuery extends SalesScope {
	by: SalesDimension;
	/** The largest rows by revenue (this period, then the comparison period's); the totals count every row. */
	limit: number;
}

export interface MoversQuery extends SalesScope {
	by: 'customer' | 'product';
	/** At most this many gains and this many losses. */
	limit: number;
}

export interface DocumentsQuery extends SalesScope {
	page: number;
	limit: number;
}

type Raw = Record<string, unknown>;

const FILTER_MEANING: Record<SalesFilter, string> = {
	rep: "the order's sales rep",
	customer: 'the customer',
	customer_group: "one of the customer's groups",
	product: 'a product on the order (figures count those lines only)',
	product_group: 'a product group or any group below it (figures count those lines only)',
	sales_channel: "the customer's sales channel",
	region: "the customer's region",
};

const IDS_PATTERN = '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36})*$';

/** The parameters every sales analysis reads: period, comparison, filters, format. */
export const SALES_SCOPE_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'from', schema: { type: 'string', format: 'date' }, description: 'Orders from this day (default: 364 days before `to`, a year in all).' },
	{ name: 'to', schema: { type: 'string', format: 'date' }, description: `Orders up to this day, inclusive (default: today). At most ${SALES_MAX_PERIOD_DAYS} days from \`from\`.` },
	{ name: 'compare', schema: { type: 'string', enum: [...COMPARISONS], default: 'previous' }, description: 'The period the figures are compared with: `previous` (as many days just before), `last_year` (the same days a year earlier; whole months compare with whole months, 29 February with the 28th) or `none`.' },
	...SALES_FILTERS.map((name): QueryParameter => ({ name, schema: { type: 'string', pattern: IDS_PATTERN, examples: ['0b0e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b'] }, description: `Only orders of ${FILTER_MEANING[name]}: one id or several separated by commas (at most ${SALES_MAX_FILTER_IDS}).` })),
	{ name: 'format', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' }, description: '`csv` answers with the table as a CSV file (amounts in the base currency with a dot, percentages as numbers).' },
];

const limitParameter = (max: number, fallback: number, meaning: string): QueryParameter => ({ name: 'limit', schema: { type: 'integer', minimum: 1, maximum: max, default: fallback }, description: meaning });

export const SALES_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'by', schema: { type: 'string', enum: [...SALES_DIMENSIONS], default: 'product_group' }, description: 'What the rows are: a sales rep, customer, customer group, product, product group, sales channel, region, or month. By product group: the top-level groups, or the groups right below the one `product_group` names.' },
	...SALES_SCOPE_PARAMETERS,
	limitParameter(SALES_MAX_ROWS, SALES_DEFAULT_ROWS, 'At most this many rows, the largest by revenue; the totals count all.'),
];

export const MOVERS_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'by', schema: { type: 'string', enum: ['customer', 'product'], default: 'customer' }, description: 'Customers or products.' },
	...SALES_SCOPE_PARAMETERS.filter((p) => p.name !== 'compare'),
	{ name: 'compare', schema: { type: 'string', enum: ['previous', 'last_year'], default: 'previous' }, description: 'The period the revenue is compared with (see /analytics/sales).' },
	limitParameter(MOVERS_MAX, MOVERS_DEFAULT, 'At most this many gains and as many losses.'),
];

export const DOCUMENTS_QUERY_PARAMETERS: readonly QueryParameter[] = [
	...SALES_SCOPE_PARAMETERS.filter((p) => p.name !== 'compare'),
	{ name: 'page', schema: { type: 'integer', minimum: 1, maximum: DOCUMENTS_MAX_PAGE, default: 1 }, description: 'Page, from 1.' },
	limitParameter(DOCUMENTS_MAX_LIMIT, 25, `Orders per page. A CSV (format=csv) holds every order, up to ${DOCUMENTS_CSV_MAX}, whatever the page.`),
];

function text(name: string, raw: unknown): string | undefined {
	if (raw === undefined || raw === '') return undefined;
	if (typeof raw !== 'string') throw new CrmError('CRM_INVALID_QUERY', `Give "${name}" once, as text.`, { parameter: name });
	return raw;
}

function choice<T extends string>(name: string, raw: unknown, choices: readonly T[], fallback: T): T {
	const value = text(name, raw);
	if (value === undefined) return fallback;
	if (!(choices as readonly string[]).includes(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be one of ${choices.join(', ')}, got "${value}".`, { parameter: name });
	return value as T;
}

function wholeNumber(name: string, raw: unknown, fallback: number, max: number): number {
	const value = text(name, raw);
	if (value === undefined) return fallback;
	if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a whole number from 1 to ${max}, got "${value}".`, { parameter: name });
	return Number(value);
}

function day(name: string, raw: unknown): string | undefined {
	const value = text(name, raw);
	if (value !== undefined && !isCalendarDate(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day (YYYY-MM-DD), got "${value}".`, { parameter: name });
	return value;
}

function ids(name: SalesFilter, raw: unknown): readonly string[] | undefined {
	const value = text(name, raw);
	if (value === undefined) return undefined;
	const list = [...new Set(value.split(',').map((v) => v.trim().toLowerCase()))];
	if (list.length > SALES_MAX_FILTER_IDS) throw new CrmError('CRM_INVALID_QUERY', `"${name}" names ${list.length} ids; at most ${SALES_MAX_FILTER_IDS} are allowed.`, { parameter: name });
	const bad = list.find((id) => !isUuid(id));
	if (bad !== undefined) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be ids separated by commas, got "${bad}".`, { parameter: name });
	return list;
}

function parseFilters(query: Raw): SalesFilters {
	const filters: Record<string, readonly string[]> = {};
	for (const name of SALES_FILTERS) {
		const list = ids(name, query[name]);
		if (list) filters[name] = list;
	}
	return filters;
}

function parsePeriod(query: Raw, today: string): Period {
	const to = day('to', query['to']) ?? today;
	const from = day('from', query['from']) ?? addDays(to, -364);
	if (from > to) throw new CrmError('CRM_INVALID_QUERY', `"from" (${from}) lies after "to" (${to}).`, { parameter: 'from' });
	if (daysBetween(from, to) + 1 > SALES_MAX_PERIOD_DAYS) throw new CrmError('CRM_INVALID_QUERY', `The period from ${from} to ${to} is longer than ${SALES_MAX_PERIOD_DAYS} days.`, { parameter: 'from' });
	return { from, to };
}

/** The period, comparison, filters and format of any sales analysis; `today` gives the default period, the year up to today. */
export function parseSalesScope(query: Raw, today: string, compares: readonly Comparison[] = COMPARISONS): SalesScope {
	const { from, to } = parsePeriod(query, today);
	const compare = choice('compare', query['compare'], compares, compares[0]!);
	return { from, to, compare, comparison: comparisonPeriod(from, to, compare), filters: parseFilters(query), format: choice('format', query['format'], ['json', 'csv'] as const, 'json') };
}

/** GET /crm/analytics/sales and /analytics/reps: scope, dimension and row limit. */
export function parseSalesQuery(query: Raw, today: string): SalesQuery {
	return { ...parseSalesScope(query, today), by: choice('by', query['by'], SALES_DIMENSIONS, 'product_group'), limit: wholeNumber('limit', query['limit'], SALES_DEFAULT_ROWS, SALES_MAX_ROWS) };
}

/** GET /crm/analytics/movers: a comparison is what movers are made of, so `none` is refused. */
export function parseMoversQuery(query: Raw, today: string): MoversQuery {
	const scope = parseSalesScope(query, today, ['previous', 'last_year']);
	return { ...scope, by: choice('by', query['by'], ['customer', 'product'] as const, 'customer'), limit: wholeNumber('limit', query['limit'], MOVERS_DEFAULT, MOVERS_MAX) };
}

/** GET /crm/analytics/documents: the orders of the period (no comparison), a page at a time. */
export function parseDocumentsQuery(query: Raw, today: string): DocumentsQuery {
	const scope = parseSalesScope({ ...query, compare: undefined }, today, ['none']);
	return { ...scope, page: wholeNumber('page', query['page'], 1, DOCUMENTS_MAX_PAGE), limit: wholeNumber('limit', query['limit'], 25, DOCUMENTS_MAX_LIMIT) };
}

/** Whether the figures must be summed from order lines: a breakdown or filter by product looks inside the orders. */
export function readsOrderLines(by: SalesDimension | null, filters: SalesFilters): boolean {
	return by === 'product' || by === 'product_group' || filters.product !== undefined || filters.product_group !== undefined;
}

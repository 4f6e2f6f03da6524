import { CrmError } from '../errors/crm-error.ts';
import { convertCurrency } from '../money/convert-currency.ts';
import { currencyExponent } from '../money/currency.ts';
import { assertIsoDay, daysBetween } from '../calendar/calendar-day.ts';

/** Days past due: 'current' = not yet due or due today. */
export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', 'over-90'] as const;

export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface AgingCell {
	amount: number;
	count: number;
}

export interface AgingRow {
	currency: string;
	buckets: Record<AgingBucket, AgingCell>;
	total: AgingCell;
}

export interface AgingReport {
	asOf: string;
	/** One row per currency with open items, sorted by code. */
	byCurrency: AgingRow[];
	/** All currencies in the base currency; null when no rates were given. */
	base: AgingRow | null;
}

/** The open item facts aging needs (computeOpenItems' result fits). */
export interface AgingItem {
	currency: string;
	dueDate: string;
	open: number;
}

/** Today's rates into the base currency (the base currency itself needs none). */
export interface AgingRates {
	baseCurrency: string;
	/** Units of the base currency for one unit of the key's currency, exact decimal text. */
	ratesToBase: Readonly<Record<string, string>>;
}

/** The bucket of an item `daysPastDue` days overdue. */
export function agingBucketOf(daysPastDue: number): AgingBucket {
	if (daysPastDue <= 0) return 'current';
	if (daysPastDue <= 30) return '1-30';
	if (daysPastDue <= 60) return '31-60';
	if (daysPastDue <= 90) return '61-90';
	return 'over-90';
}

function emptyRow(currency: string): AgingRow {
	const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, { amount: 0, count: 0 }])) as Record<AgingBucket, AgingCell>;
	return { currency, buckets, total: { amount: 0, count: 0 } };
}

/**
 * How long the open amounts have been overdue on `asOf`. Items with nothing open (paid, or overpaid —
 * the excess is customer credit, not a receivable) are ignored. The base row converts each currency's
 * bucket sum once (half-even) rather than item by item, so fewer roundings accumulate; its total is
 * the sum of its buckets so the row always adds up.
 */
export function computeAging(openItems: readonly AgingItem[], asOf: string, rates?: AgingRates): AgingReport {
	assertIsoDay(asOf, 'asOf');
	const rows = new Map<string, AgingRow>();
	for (const item of openItems) {
		if (item.open <= 0) continue;
		const bucket = agingBucketOf(daysBetween(item.dueDate, asOf));
		const row = rows.get(item.currency) ?? emptyRow(item.currency);
		rows.set(item.currency, row);
		row.buckets[bucket].amount += item.open;
		row.buckets[bucket].count += 1;
		row.total.amount += item.open;
		row.total.count += 1;
	}
	const byCurrency = [...rows.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
	return { asOf, byCurrency, base: rates ? convertRows(byCurrency, rates) : null };
}

function convertRows(rows: readonly AgingRow[], rates: AgingRates): AgingRow {
	currencyExponent(rates.baseCurrency);
	const base = emptyRow(rates.baseCurrency);
	for (const row of rows) {
		const rate = row.currency === rates.baseCurrency ? '1' : rates.ratesToBase[row.currency];
		if (rate === undefined) throw new CrmError('CRM_MISSING_RATE', `No rate from ${row.currency} to ${rates.baseCurrency} was given.`, { currency: row.currency });
		for (const bucket of AGING_BUCKETS) {
			const cell = row.buckets[bucket];
			const amount = convertCurrency({ amount: cell.amount, currency: row.currency }, rates.baseCurrency, rate, 'half-even').amount;
			base.buckets[bucket].amount += amount;
			base.buckets[bucket].count += cell.count;
			base.total.amount += amount;
			base.total.count += cell.count;
		}
	}
	return base;
}

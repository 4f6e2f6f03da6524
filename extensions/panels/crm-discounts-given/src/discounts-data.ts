/** Pure data shaping of the discounts-given panel: the period, the API answer and the grouped rows. */
import { addDays, isCurrencyCode } from '@crm/core';

export type Grouping = 'byRule' | 'byRep' | 'byCustomerGroup';

export const GROUPINGS: readonly { key: Grouping; label: string }[] = [
	{ key: 'byRule', label: 'By rule' },
	{ key: 'byRep', label: 'By rep' },
	{ key: 'byCustomerGroup', label: 'By customer group' },
];

export interface DiscountRow {
	key: string;
	label: string;
	/** Minor units. */
	discount: number;
	/** Minor units, after discount. */
	net: number;
	lines: number;
}

export interface DiscountsView {
	currency: string;
	from: string;
	to: string;
	documents: number;
	listTotal: number;
	discountTotal: number;
	netTotal: number;
	byRule: DiscountRow[];
	byRep: DiscountRow[];
	byCustomerGroup: DiscountRow[];
}

export const OTHER_KEY = '__other__';

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function toInt(value: unknown): number {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0;
}

const NONE_LABELS: Record<Grouping, string> = { byRule: 'No rule', byRep: 'No rep', byCustomerGroup: 'No group' };

function rowsOf(value: unknown, grouping: Grouping): DiscountRow[] {
	if (!Array.isArray(value)) return [];
	return value.filter(isObject).map((row) => {
		const key = typeof row['key'] === 'string' || typeof row['key'] === 'number' ? String(row['key']) : '';
		let label = typeof row['label'] === 'string' && row['label'] !== '' ? row['label'] : key;
		if (label === '' || (label === 'none' && key === 'none')) label = NONE_LABELS[grouping];
		if (key === 'MANUAL' && label === 'MANUAL') label = 'Manual discounts';
		return { key, label, discount: toInt(row['discount']), net: toInt(row['net']), lines: toInt(row['lines']) };
	});
}

/** Reads `{ data: { currency, from, to, documents, listTotal, discountTotal, netTotal, byRule, byRep, byCustomerGroup } }`; null when the shape is not that. */
export function fromDiscountsResponse(body: unknown): DiscountsView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !isCurrencyCode(data['currency'])) return null;
	return {
		currency: data['currency'],
		from: typeof data['from'] === 'string' ? data['from'] : '',
		to: typeof data['to'] === 'string' ? data['to'] : '',
		documents: toInt(data['documents']),
		listTotal: toInt(data['listTotal']),
		discountTotal: toInt(data['discountTotal']),
		netTotal: toInt(data['netTotal']),
		byRule: rowsOf(data['byRule'], 'byRule'),
		byRep: rowsOf(data['byRep'], 'byRep'),
		byCustomerGroup: rowsOf(data['byCustomerGroup'], 'byCustomerGroup'),
	};
}

/** The largest `limit` rows by discount (ties by label), the rest summed into one "Other" row. */
export function topWithOther(rows: readonly DiscountRow[], limit = 10): DiscountRow[] {
	const sorted = [...rows].sort((a, b) => b.discount - a.discount || a.label.localeCompare(b.label));
	if (sorted.length <= limit) return sorted;
	const rest = sorted.slice(limit);
	const other = rest.reduce<DiscountRow>((sum, row) => ({ ...sum, discount: sum.discount + row.discount, net: sum.net + row.net, lines: sum.lines + row.lines }), {
		key: OTHER_KEY,
		label: `Other (${rest.length})`,
		discount: 0,
		net: 0,
		lines: 0,
	});
	return [...sorted.slice(0, limit), other];
}

/** Discount rate of a row: discount / (net + discount), i.e. against the list amount; null when both are 0. */
export function discountRate(discount: number, net: number): number | null {
	const list = net + discount;
	return list === 0 ? null : discount / list;
}

/** A ratio as a percentage with one decimal: 0.08 → "8.0 %"; "–" for none. */
export function formatPercent(ratio: number | null): string {
	if (ratio === null || !Number.isFinite(ratio)) return '–';
	return `${(Math.round(ratio * 1000) / 10).toFixed(1)} %`;
}

/** Share of the list total given away as discount ("discount cost against revenue"). */
export function discountShare(view: Pick<DiscountsView, 'discountTotal' | 'listTotal'>): number | null {
	return view.listTotal === 0 ? null : view.discountTotal / view.listTotal;
}

/** True when no discount was given in the period. */
export function isEmptyView(view: DiscountsView): boolean {
	return view.discountTotal === 0 && [view.byRule, view.byRep, view.byCustomerGroup].every((rows) => rows.every((r) => r.discount === 0));
}

/** The `days` option as a whole number from 1 to 3660 (default 90). */
export function normalizeDays(days: unknown): number {
	const n = typeof days === 'string' ? Number(days) : days;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < 1) return 90;
	return Math.min(Math.trunc(n), 3660);
}

/** The `currency` option in capitals, EUR when it is not a currency code. */
export function normalizeCurrency(currency: unknown): string {
	const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
	return isCurrencyCode(code) ? code : 'EUR';
}

/** The query of GET /crm/pricing/discounts-given: the `days` days ending `today` (from = today − days). */
export function periodQuery(today: string, days: unknown, currency: unknown): { from: string; to: string; currency: string } {
	return { from: addDays(today, -normalizeDays(days)), to: today, currency: normalizeCurrency(currency) };
}

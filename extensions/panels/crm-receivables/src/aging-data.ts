/** Pure data shaping of the receivables panel: the API answer, or the same computed from open invoices. */
import { AGING_BUCKETS, type AgingBucket, type AgingItem, computeAging, convertCurrency, isCurrencyCode } from '@crm/core';

export const BUCKET_LABELS: Record<AgingBucket, string> = {
	current: 'Not due',
	'1-30': '1–30',
	'31-60': '31–60',
	'61-90': '61–90',
	'over-90': '90+',
};

export interface BucketView {
	bucket: AgingBucket;
	label: string;
	/** Minor units of the base currency. */
	amount: number;
	count: number;
}

export interface DebtorView {
	id: string;
	name: string;
	/** Open amount in minor units of the base currency. */
	amount: number;
}

export interface ReceivablesView {
	asOf: string;
	currency: string;
	buckets: BucketView[];
	total: { amount: number; count: number };
	topDebtors: DebtorView[];
	/** 'api' = GET /crm/receivables/aging; 'fallback' = computed here from open invoices. */
	source: 'api' | 'fallback';
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function toInt(value: unknown): number {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0;
}

function cell(value: unknown): { amount: number; count: number } {
	return isObject(value) ? { amount: toInt(value['amount']), count: toInt(value['count']) } : { amount: 0, count: 0 };
}

/**
 * Reads `{ data: { as_of, base: { currency, buckets, total }, top_debtors: [{ customer, name?, open_base }] } }`
 * (customer as `{ id, name }` or as the id with `name` beside it); null when the shape is not that.
 */
export function fromAgingResponse(body: unknown, topN = 5): ReceivablesView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const base = data && isObject(data['base']) ? data['base'] : null;
	if (!data || !base || !isObject(base['buckets']) || !isCurrencyCode(base['currency'])) return null;
	const buckets = base['buckets'];
	const debtors = Array.isArray(data['top_debtors']) ? (data['top_debtors'] as unknown[]) : [];
	return {
		asOf: typeof data['as_of'] === 'string' ? data['as_of'] : '',
		currency: base['currency'],
		buckets: AGING_BUCKETS.map((bucket) => ({ bucket, label: BUCKET_LABELS[bucket], ...cell(buckets[bucket]) })),
		total: cell(base['total']),
		topDebtors: debtors
			.filter(isObject)
			.map((d) => {
				// `customer` is either { id, name } or the id with the name beside it.
				const customer = isObject(d['customer']) ? d['customer'] : { id: d['customer'], name: d['name'] };
				const id = typeof customer['id'] === 'string' || typeof customer['id'] === 'number' ? String(customer['id']) : '';
				const name = typeof customer['name'] === 'string' && customer['name'] !== '' ? customer['name'] : 'Unknown customer';
				return { id, name, amount: toInt(d['open_base']) };
			})
			.slice(0, topN),
		source: 'api',
	};
}

export interface OpenInvoiceRow {
	due_date?: string | null;
	open_amount?: number | string | null;
	currency?: string | null;
	customer?: { id?: string | null; name?: string | null } | string | null;
}

export interface RateRow {
	currency?: string | null;
	rate?: string | null;
	rate_date?: string | null;
}

/** The rate in force on `asOf` per currency: the latest row dated on or before it. */
export function latestRates(rows: readonly RateRow[], asOf: string): Record<string, string> {
	const best = new Map<string, { date: string; rate: string }>();
	for (const row of rows) {
		if (!row.currency || !row.rate || !row.rate_date || row.rate_date.slice(0, 10) > asOf) continue;
		const date = row.rate_date.slice(0, 10);
		const seen = best.get(row.currency);
		if (!seen || date > seen.date) best.set(row.currency, { date, rate: row.rate });
	}
	return Object.fromEntries([...best].map(([currency, { rate }]) => [currency, rate]));
}

/**
 * The panel's view computed in the browser from open invoices and exchange rates, the same way the
 * server's aging report does (computeAging, half-even conversion of each currency's bucket sums).
 * Invoices in a currency without a rate are left out of the base figures rather than guessed.
 */
export function computeFallbackView(invoices: readonly OpenInvoiceRow[], ratesToBase: Readonly<Record<string, string>>, baseCurrency: string, asOf: string, topN = 5): ReceivablesView {
	const known = (currency: string) => currency === baseCurrency || ratesToBase[currency] !== undefined;
	const items: AgingItem[] = [];
	const debtors = new Map<string, DebtorView>();
	for (const invoice of invoices) {
		const open = toInt(invoice.open_amount);
		const currency = invoice.currency ?? '';
		if (open <= 0 || !invoice.due_date || !isCurrencyCode(currency) || !known(currency)) continue;
		items.push({ currency, dueDate: invoice.due_date.slice(0, 10), open });
		const customer = isObject(invoice.customer) ? invoice.customer : { id: invoice.customer ?? '', name: null };
		const id = String(customer.id ?? '');
		const amount = currency === baseCurrency ? open : convertCurrency({ amount: open, currency }, baseCurrency, ratesToBase[currency]!, 'half-even').amount;
		const debtor = debtors.get(id) ?? { id, name: customer.name ?? 'Unknown customer', amount: 0 };
		debtor.amount += amount;
		debtors.set(id, debtor);
	}
	const report = computeAging(items, asOf, { baseCurrency, ratesToBase });
	const base = report.base!;
	return {
		asOf,
		currency: baseCurrency,
		buckets: AGING_BUCKETS.map((bucket) => ({ bucket, label: BUCKET_LABELS[bucket], ...base.buckets[bucket] })),
		total: base.total,
		topDebtors: [...debtors.values()].sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name)).slice(0, topN),
		source: 'fallback',
	};
}

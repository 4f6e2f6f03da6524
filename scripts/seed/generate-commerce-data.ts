// Demo price lists and exchange rates (S6.7, multi-currency). Kept apart from the core demo data and
// driven by its own random stream, so adding commerce data leaves the customers and history unchanged.
import {
	addDays,
	type AppliedDiscount,
	computeDocumentTotals,
	cumulativeShare,
	documentApprovalStatus,
	lineApprovalStatus,
	manualDiscountInput,
	type StoredManualDiscount,
	convertCurrency,
	type CustomerFacts,
	daysBetween,
	divideAndRound,
	type DocumentSeries,
	type ExplanationStep,
	formatDocumentNumber,
	indexDiscountRules,
	type InvoicePosition,
	invoicePosition,
	invoicePositionAfter,
	LEDGER_ENTRY_KINDS,
	type LedgerEntry,
	type LedgerEntryKind,
	type LinePricingRecord,
	normalizePromoCode,
	parseRate,
	postAllocation,
	postCreditNote,
	postInvoice,
	postPayment,
	priceBasket,
	type PriceList,
	type PricingResult,
	type ProductFacts,
	type PromoCode,
	resolvePrice,
	type RoundingMode,
	type SpecialOffer,
	toLinePricingRecord,
} from '../../packages/crm-core/src/index.ts';
import { toPromoCode, toSpecialOffer } from '../../packages/crm-directus/src/discounts/discount-rows.ts';
import type { ProductRow, Uuid } from './demo-rows.ts';
import { createRng, pickDistinct, type Rng } from './random.ts';
import { type DiscountData, type DiscountRedemptionRow, demoDiscountRules, demoPricingPolicy } from './generate-discount-data.ts';


export type PriceListRow = {
	id: Uuid;
	code: string;
	name: string;
	kind: string;
	currency: string;
	valid_from: string | null;
	valid_to: string | null;
	active: boolean;
	parent: Uuid | null;
	derivation_bp: number | null;
	rounding_step: number | null;
	rounding_mode: string;
	notes: string | null;
	date_created: string;
	date_updated: null;
	user_created: null;
};

export type PriceListItemRow = { id: Uuid; price_list: Uuid; product: Uuid; min_quantity_milli: number; unit_price: number };
export type ExchangeRateRow = { id: Uuid; currency: string; rate_date: string; rate: string; date_created: string; date_updated: null; user_created: null };

export interface CommerceData {
	crm_price_lists: PriceListRow[];
	crm_price_list_items: PriceListItemRow[];
	crm_exchange_rates: ExchangeRateRow[];
	/** Which list each channel, group and customer gets (by code or id). */
	channelListByCode: Map<string, Uuid>;
	groupListByCode: Map<string, Uuid>;
	customerListById: Map<Uuid, Uuid>;
}

interface CustomerRef {
	id: Uuid;
	name: string;
	status: string;
	currency: string;
}

// Quantity breaks of the base list for goods: from 10 units 5 % off, from 50 units 10 % off.
const BREAKS: readonly (readonly [number, number])[] = [
	[10_000, 9500],
	[50_000, 9000],
];

const percentOf = (amount: number, bp: number) => Math.round((amount * bp) / 10_000);

/** Rates to EUR: a slow deterministic walk around a centre, four decimals, first of each month. */
function monthlyRates(rng: Rng, currency: string, centre: number, months: number, now: Date): ExchangeRateRow[] {
	const rows: ExchangeRateRow[] = [];
	let rate = centre;

	for (let m = months - 1; m >= 0; m--) {
		const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1));
		rate = Math.max(centre * 0.9, Math.min(centre * 1.1, rate + (rng.float() - 0.5) * centre * 0.02));
		const day = d.toISOString().slice(0, 10);
		rows.push({ id: rng.uuid(), currency, rate_date: day, rate: rate.toFixed(4), date_created: `${day}T06:00:00.000Z`, date_updated: null, user_created: null });
	}

	return rows;
}

export function generateCommerceData({ seed, now, products, customers }: { seed: number; now: Date; products: readonly ProductRow[]; customers: readonly CustomerRef[] }): CommerceData {
	const rng = createRng(seed ^ 0x5eed_c0de);
	const created = now.toISOString();
	const list = (code: string, name: string, kind: string, o: Partial<PriceListRow> = {}): PriceListRow => ({
		id: rng.uuid(),
		code,
		name,
		kind,
		currency: 'EUR',
		valid_from: '2025-01-01',
		valid_to: null,
		active: true,
		parent: null,
		derivation_bp: null,
		rounding_step: null,
		rounding_mode: 'half-up',
		notes: null,
		date_created: created,
		date_updated: null,
		user_created: null,
		...o,
	});

	const base = list('BASE', 'Base prices', 'base', { notes: 'Catalogue prices; the fallback for every customer.' });
	const wholesale = list('WHOLESALE', 'Wholesale', 'wholesale', { parent: base.id, derivation_bp: -1200, rounding_step: 10, notes: '12 % below base, rounded to 0.10; own prices for selected lines.' });
	const dealer = list('DEALER', 'Dealer network', 'dealer', { parent: base.id, derivation_bp: -2000, rounding_step: 50 });
	const online = list('WEBSHOP', 'Web shop', 'channel', { parent: base.id, derivation_bp: 500, rounding_step: 1, valid_from: '2026-01-01' });
	const oldWholesale = list('WHOLESALE-2024', 'Wholesale 2024', 'wholesale', { parent: base.id, derivation_bp: -1500, valid_from: '2024-01-01', valid_to: '2024-12-31', notes: 'Expired; kept for history.' });
	const usd = list('USD', 'US dollar prices', 'group', { currency: 'USD', notes: 'For customers invoiced in USD.' });
	const gbp = list('GBP', 'Sterling prices', 'group', { currency: 'GBP', notes: 'For customers invoiced in GBP.' });
	const lists = [base, wholesale, dealer, online, oldWholesale, usd, gbp];
	const items: PriceListItemRow[] = [];
	const item = (priceList: PriceListRow, product: Uuid, min: number, price: number) => items.push({ id: rng.uuid(), price_list: priceList.id, product, min_quantity_milli: min, unit_price: price });

	for (const [i, p] of products.entries()) {
		item(base, p.id, 1000, p.list_price);
		if (p.kind === 'goods') for (const [min, bp] of BREAKS) item(base, p.id, min, percentOf(p.list_price, bp));
		// Every seventh product has a negotiated wholesale price below the derived one.
		if (i % 7 === 0) item(wholesale, p.id, 1000, Math.max(p.cost_price, percentOf(p.list_price, 8500)));
		item(usd, p.id, 1000, Math.round((p.list_price * 1.09) / 5) * 5);
		item(gbp, p.id, 1000, Math.round((p.list_price * 0.86) / 5) * 5);
	}

	const keyCustomers = customers.filter((c) => c.status === 'key' && c.currency === 'EUR').slice(0, 3);
	const customerListById = new Map<Uuid, Uuid>();

	for (const c of keyCustomers) {
		const own = list(`KEY-${lists.length}`, `${c.name} contract prices`, 'customer', { parent: wholesale.id, derivation_bp: -300, rounding_step: 5, notes: 'Framework contract: 3 % below wholesale.' });
		lists.push(own);
		customerListById.set(c.id, own.id);
	}

	for (const c of customers) {
		if (c.currency === 'USD') customerListById.set(c.id, usd.id);
		if (c.currency === 'GBP') customerListById.set(c.id, gbp.id);
	}

	return {
		crm_price_lists: lists,
		crm_price_list_items: items,
		crm_exchange_rates: [...monthlyRates(rng, 'USD', 0.92, 24, now), ...monthlyRates(rng, 'GBP', 1.17, 24, now)],
		channelListByCode: new Map([
			['DEALER', dealer.id],
			['WEBSHOP', online.id],
		]),
		groupListByCode: new Map([
			['WHOLESALE', wholesale.id],
			['DEALERS', dealer.id],
		]),
		customerListById,
	};
}

// ---------------------------------------------------------------------------------------------
// Orders to cash: warehouses and stock, quotes, orders, shipments, invoices and credit notes,
// payments and allocations, and the settlement ledger they post. Every amount, number and ledger
// entry comes from the same pure domain functions the server uses, so the history is consistent:
// invoice open amounts and statuses are what the ledger says, order statuses match their lines.

type Audit = { date_created: string; date_updated: null; user_created: null };
type Totals = { net_total: number; vat_total: number; gross_total: number };
/** What the discount engine adds to a proposal or order header (see priced-documents.ts). */
type DiscountHeader = { campaign: Uuid | null; promo_codes: string | null; list_total: number; discount_total: number; approval_status: string };
type LineAmounts = { net_amount: number; vat_amount: number; gross_amount: number };

export type WarehouseRow = { id: Uuid; code: string; name: string; address: string | null; active: boolean };
export type StockLevelRow = { id: Uuid; product: Uuid; warehouse: Uuid; on_hand_milli: number; reserved_milli: number };
export type QuoteRow = Audit &
	Totals &
	DiscountHeader & {
		id: Uuid;
		number: string;
		status: string;
		customer: Uuid;
		contact: Uuid | null;
		owner: Uuid | null;
		issue_date: string;
		valid_until: string;
		currency: string;
		price_list: Uuid | null;
		/** Set for accepted quotes. Circular with crm_orders.quote: see DEFERRED_FOREIGN_KEYS. */
		order: Uuid | null;
		notes: string | null;
	};
type PricedLine = LineAmounts & {
	id: Uuid;
	sort: number;
	product: Uuid;
	description: string;
	quantity_milli: number;
	unit_price: number;
	discount_bp: number;
	vat_rate_bp: number;
	list_amount: number;
	discount_amount: number;
	applied_rules: AppliedDiscount[];
	approval_status: string;
	discount_approved_bp: number;
	discount_limit_bp: number;
	below_floor_approved: boolean;
	discount_approved_by: null;
	discount_approved_at: string | null;
	/** What the engine priced and why (toLinePricingRecord); null only while the document is being built. */
	price_explanation: LinePricingRecord | null;
};
export type QuoteLineRow = { quote: Uuid } & PricedLine;
export type OrderRow = Audit &
	Totals &
	DiscountHeader & {
		id: Uuid;
		number: string;
		status: string;
		customer: Uuid;
		contact: Uuid | null;
		owner: Uuid | null;
		quote: Uuid | null;
		order_date: string;
		currency: string;
		fx_rate: string;
		warehouse: Uuid | null;
		price_list: Uuid | null;
		gross_total_base: number;
		credit_override_reason: string | null;
		credit_override_by: Uuid | null;
		credit_override_at: string | null;
		confirmed_at: string | null;
		cancel_reason: string | null;
		notes: string | null;
	};
export type OrderLineRow = { order: Uuid } & PricedLine & { reserved_milli: number; shipped_milli: number; invoiced_milli: number };
export type ShipmentRow = Audit & { id: Uuid; number: string; kind: 'waybill' | 'service_act'; order: Uuid; customer: Uuid; warehouse: Uuid | null; shipped_on: string; notes: string | null };
export type ShipmentLineRow = { id: Uuid; shipment: Uuid; order_line: Uuid; quantity_milli: number };
export type InvoiceRow = Audit &
	Totals & {
		id: Uuid;
		number: string;
		kind: 'invoice' | 'credit_note';
		status: 'issued' | 'partially_paid' | 'paid' | 'credited';
		customer: Uuid;
		order: Uuid | null;
		credited_invoice: Uuid | null;
		issue_date: string;
		due_date: string;
		currency: string;
		fx_rate: string;
		gross_total_base: number;
		open_amount: number;
		notes: string | null;
	};
export type InvoiceLineRow = LineAmounts & {
	id: Uuid;
	invoice: Uuid;
	order_line: Uuid | null;
	product: Uuid | null;
	description: string;
	quantity_milli: number;
	unit_price: number;
	discount_bp: number;
	vat_rate_bp: number;
};
export type PaymentRow = Audit & {
	id: Uuid;
	number: string;
	status: 'posted' | 'reversed';
	customer: Uuid;
	received_on: string;
	amount: number;
	currency: string;
	fx_rate: string;
	method: string;
	reference: string | null;
	unallocated_amount: number;
	reversed_at: string | null;
	reversal_reason: string | null;
};
export type PaymentAllocationRow = Audit & { id: Uuid; payment: Uuid; invoice: Uuid; amount: number; allocated_on: string };
export type LedgerEntryRow = {
	id: Uuid;
	customer: Uuid;
	entry_date: string;
	kind: LedgerEntryKind;
	document_collection: string;
	document_key: string;
	invoice: Uuid | null;
	amount: number;
	currency: string;
	amount_base: number;
	description: string;
	date_created: string;
	user_created: null;
};
export type DocumentCounterRow = { id: Uuid; counter_key: string; last_number: number };
export type IdempotencyKeyRow = {
	id: Uuid;
	lookup: string;
	scope: string;
	idem_key: string;
	request_hash: string;
	status_code: number;
	response: { data: { id: Uuid } };
	expires_at: string;
	date_created: string;
	user_created: null;
};

export interface OrdersToCashData {
	crm_warehouses: WarehouseRow[];
	crm_stock_levels: StockLevelRow[];
	crm_quotes: QuoteRow[];
	crm_quote_lines: QuoteLineRow[];
	crm_orders: OrderRow[];
	crm_order_lines: OrderLineRow[];
	/** Offers and codes claimed by the orders (released for cancelled ones). */
	crm_discount_redemptions: DiscountRedemptionRow[];
	crm_shipments: ShipmentRow[];
	crm_shipment_lines: ShipmentLineRow[];
	/** Invoices first, then credit notes (a credit note references its invoice). */
	crm_invoices: InvoiceRow[];
	crm_invoice_lines: InvoiceLineRow[];
	crm_payments: PaymentRow[];
	crm_payment_allocations: PaymentAllocationRow[];
	crm_ledger_entries: LedgerEntryRow[];
	crm_document_counters: DocumentCounterRow[];
	crm_idempotency_keys: IdempotencyKeyRow[];
}

/** In insert order: every foreign key points backwards, except the deferred crm_quotes.order. */
export const ORDERS_TO_CASH_TABLES = [
	'crm_warehouses',
	'crm_stock_levels',
	'crm_quotes',
	'crm_quote_lines',
	'crm_orders',
	'crm_order_lines',
	'crm_discount_redemptions',
	'crm_shipments',
	'crm_shipment_lines',
	'crm_invoices',
	'crm_invoice_lines',
	'crm_payments',
	'crm_payment_allocations',
	'crm_ledger_entries',
	'crm_document_counters',
	'crm_idempotency_keys',
] as const satisfies readonly (keyof OrdersToCashData)[];

/**
 * Columns that close a foreign-key cycle (a quote names its order, the order names its quote): the
 * seeder inserts them as null and sets them once every table is in, in the same transaction.
 */
export const DEFERRED_FOREIGN_KEYS: readonly { table: keyof OrdersToCashData; field: string }[] = [{ table: 'crm_quotes', field: 'order' }];

export const BASE_CURRENCY = 'EUR';

interface OtcCustomer {
	id: Uuid;
	name: string;
	status: string;
	category: string | null;
	region: Uuid | null;
	sales_channel: Uuid | null;
	currency: string;
	owner: Uuid | null;
	payment_terms_days: number;
	date_created: string;
}

interface OtcContact {
	id: Uuid;
	customer: Uuid;
	active: boolean;
}

export interface OrdersToCashInput {
	seed: number;
	scale: number;
	now: Date;
	products: readonly ProductRow[];
	customers: readonly OtcCustomer[];
	contacts: readonly OtcContact[];
	commerce: CommerceData;
	/** The price lists of a customer's groups, in the order they are tried. */
	groupListIds: ReadonlyMap<Uuid, readonly Uuid[]>;
	/** The price list of a customer's sales channel. */
	channelListIds: ReadonlyMap<Uuid, Uuid>;
	/** Discount rules, offers, codes and policy every document is priced with. */
	discounts: DiscountData;
	/** What the rules may ask about customers and products (see load-pricing-facts.ts). */
	customerGroupIds: ReadonlyMap<Uuid, readonly Uuid[]>;
	customerSegmentIds: ReadonlyMap<Uuid, readonly Uuid[]>;
	productGroups: readonly { id: Uuid; parent: Uuid | null }[];
	productSegmentIds: ReadonlyMap<Uuid, readonly Uuid[]>;
}

/** Manual discount a sales rep may give without approval (the sales rep role is given 10 %). */
const REP_DISCOUNT_LIMIT_BP = 1000;

const ORDER_SHARES: readonly (readonly [string, number])[] = [
	['draft', 0.06],
	['confirmed', 0.1],
	['partially_shipped', 0.06],
	['shipped', 0.08],
	['invoiced', 0.2],
	['paid', 0.2],
	['closed', 0.24],
	['cancelled', 0.06],
];
const QUOTE_SHARES: readonly (readonly [string, number])[] = [
	['accepted', 0.4],
	['sent', 0.15],
	['draft', 0.1],
	['rejected', 0.15],
	['expired', 0.2],
];
/** Days before today an order of each status was placed (clamped to the history window). */
const ORDER_AGE: Record<string, readonly [number, number]> = {
	draft: [0, 14],
	confirmed: [0, 21],
	partially_shipped: [4, 30],
	shipped: [3, 25],
	invoiced: [8, 220],
	paid: [15, 330],
	closed: [60, 540],
	cancelled: [1, 540],
};
const CANCEL_REASONS = ['Customer ordered by mistake.', 'Replaced by a new order with other quantities.', 'Customer found a cheaper offer.', 'Project postponed by the customer.', 'Delivery date could not be met.'];
const REJECT_NOTES = ['Customer chose a competitor offer.', 'Budget not approved this year.', 'Price too high for the quantity.', null];
const RETURN_REASONS = ['Goods returned: damaged in transit.', 'Goods returned: wrong variant delivered.', 'Partial return agreed with the customer.', 'Quantity difference found at goods receipt.'];
const WAREHOUSES = [
	['WH-MAIN', 'Central warehouse', 'Industriestraße 12, 34123 Kassel, DE'],
	['WH-SOUTH', 'South depot', 'Hafenstraße 40, 90451 Nürnberg, DE'],
	['WH-NORTH', 'North depot', 'Am Hafen 7, 21079 Hamburg, DE'],
	['WH-WEST', 'West depot', 'Rheinallee 88, 47119 Duisburg, DE'],
	['WH-AT', 'Austria depot', 'Lagerweg 3, 4020 Linz, AT'],
	['WH-UK', 'UK depot', '14 Dock Road, Birmingham B7 4AA, GB'],
] as const;

/** Splits `total` into per-key counts by share, each at least `min`, adding up exactly to `total`. */
function quotas(shares: readonly (readonly [string, number])[], total: number, min: number): Map<string, number> {
	const out = new Map(shares.map(([k, s]) => [k, Math.max(min, Math.round(s * total))]));
	let sum = [...out.values()].reduce((a, b) => a + b, 0);
	while (sum !== total) {
		const step = sum > total ? -1 : 1;
		// Grow or shrink the largest share that may still move.
		const key = [...out.entries()].filter(([, n]) => step > 0 || n > min).sort((a, b) => b[1] - a[1])[0]?.[0];
		if (key === undefined) break;
		out.set(key, out.get(key)! + step);
		sum += step;
	}
	return out;
}

const toPriceList = (row: PriceListRow, items: readonly PriceListItemRow[]): PriceList => ({
	id: row.id,
	code: row.code,
	name: row.name,
	currency: row.currency,
	kind: row.kind as PriceList['kind'],
	validFrom: row.valid_from,
	validTo: row.valid_to,
	active: row.active,
	parentId: row.parent,
	derivationBp: row.derivation_bp,
	roundingStep: row.rounding_step,
	roundingMode: row.rounding_mode as RoundingMode,
	items: items.map((i) => ({ productId: i.product, minQuantityMilli: i.min_quantity_milli, unitPrice: i.unit_price })),
});

export function generateOrdersToCash(input: OrdersToCashInput): OrdersToCashData {
	const { scale, products, commerce } = input;
	const rng = createRng(input.seed ^ 0x0c2c_a5e5);
	const nowMs = input.now.getTime();
	const today = new Date(nowMs).toISOString().slice(0, 10);
	const MINUTE = 60_000;
	const iso = (ms: number) => new Date(ms).toISOString();
	const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
	const daysAgo = (n: number) => addDays(today, -n);
	const minDay = (a: string, b: string) => (a < b ? a : b);
	const maxDay = (a: string, b: string) => (a > b ? a : b);
	/** A moment on `day` during office hours, never after now and never before `notBefore`. */
	const stamp = (day: string, notBefore = 0): number => Math.max(notBefore, Math.min(nowMs, dayStart(day) + rng.int(7 * 12, 17 * 12) * 5 * MINUTE));
	const audit = (ms: number): Audit => ({ date_created: iso(ms), date_updated: null, user_created: null });
	// Lists are dated from 2025; older history would have no prices.
	const windowDays = Math.max(60, Math.min(540, daysBetween('2025-01-02', today)));

	// --- price lists and rates -----------------------------------------------------------------
	const itemsByList = new Map<Uuid, PriceListItemRow[]>();
	for (const item of commerce.crm_price_list_items) itemsByList.set(item.price_list, [...(itemsByList.get(item.price_list) ?? []), item]);
	const lists = new Map(commerce.crm_price_lists.map((l) => [l.id, toPriceList(l, itemsByList.get(l.id) ?? [])]));
	const baseList = commerce.crm_price_lists.find((l) => l.code === 'BASE');
	const ratesByMonth = new Map<string, string>();
	const earliestRate = new Map<string, ExchangeRateRow>();
	for (const r of commerce.crm_exchange_rates) {
		ratesByMonth.set(`${r.currency}:${r.rate_date.slice(0, 7)}`, r.rate);
		const first = earliestRate.get(r.currency);
		if (!first || r.rate_date < first.rate_date) earliestRate.set(r.currency, r);
	}
	const rateOn = (currency: string, day: string): string => {
		if (currency === BASE_CURRENCY) return '1';
		const rate = ratesByMonth.get(`${currency}:${day.slice(0, 7)}`) ?? earliestRate.get(currency)?.rate;
		if (!rate) throw new Error(`no ${currency} rate for ${day}`);
		return rate;
	};
	const toBase = (amount: number, currency: string, rate: string) => convertCurrency({ amount, currency }, BASE_CURRENCY, rate, 'half-even').amount;

	// --- customers, contacts, products ---------------------------------------------------------
	const productById = new Map(products.map((p) => [p.id, p]));
	const activeProducts = products.filter((p) => p.active);
	const sellable = activeProducts.length >= 5 ? activeProducts : [...products];
	const goodsPool = sellable.filter((p) => p.kind === 'goods');
	const servicePool = sellable.filter((p) => p.kind !== 'goods');
	const contactsOf = new Map<Uuid, Uuid[]>();
	for (const c of input.contacts) if (c.active) contactsOf.set(c.customer, [...(contactsOf.get(c.customer) ?? []), c.id]);
	const buying = input.customers.filter((c) => c.status !== 'prospect');
	const statusWeight: Record<string, number> = { key: 5, active: 2.2, blocked: 0.8, lost: 0.6, prospect: 1.6 };

	/** A customer that existed on `day` and plausibly bought then (lost customers only long ago). */
	const pickCustomer = (day: string, orderStatus: string | null): OtcCustomer => {
		const pool = (orderStatus === null ? input.customers : buying).filter((c) => {
			if (c.date_created.slice(0, 10) > day) return false;
			if (c.status === 'lost') return daysBetween(day, today) > 180 && (orderStatus === null || orderStatus === 'closed' || orderStatus === 'cancelled');
			if (c.status === 'blocked') return orderStatus === null || ['invoiced', 'closed', 'cancelled'].includes(orderStatus);
			return true;
		});
		let candidates = pool;
		if (candidates.length === 0) candidates = buying.length > 0 ? buying : [...input.customers];
		return rng.weighted(candidates.map((c) => [c, (statusWeight[c.status] ?? 1) * (orderStatus === 'invoiced' && c.status === 'blocked' ? 3 : 1)] as const));
	};
	const contactFor = (customer: Uuid): Uuid | null => {
		const pool = contactsOf.get(customer) ?? [];
		return pool.length > 0 && rng.chance(0.85) ? rng.pick(pool) : null;
	};

	const quantityFor = (p: ProductRow): number => {
		switch (p.unit) {
			case 'h':
				return rng.int(2, 32) * 500;
			case 'day':
				return rng.int(1, 10) * 1000;
			case 'month':
				return rng.int(1, 12) * 1000;
			case 'kg':
			case 'm':
			case 'l':
				return (rng.chance(0.6) ? rng.int(1, 20) : rng.int(20, 160)) * 500;
			default: {
				const r = rng.float();
				if (r < 0.6) return rng.int(1, 9) * 1000;
				return (r < 0.9 ? rng.int(10, 49) : rng.int(50, 120)) * 1000;
			}
		}
	};
	const pickLineProducts = (): { product: ProductRow; quantityMilli: number; discountBp: number }[] => {
		const n = rng.weighted([[1, 20], [2, 25], [3, 22], [4, 15], [5, 10], [6, 8]] as const);
		const chosen = new Set<ProductRow>();
		for (let attempt = 0; chosen.size < n && attempt < n * 4; attempt++) {
			const pool = servicePool.length > 0 && (goodsPool.length === 0 || rng.chance(0.22)) ? servicePool : goodsPool;
			chosen.add(rng.pick(pool));
		}
		return [...chosen].map((product) => ({ product, quantityMilli: quantityFor(product), discountBp: rng.chance(0.7) ? 0 : rng.pick([200, 300, 500, 1000, 1500]) }));
	};

	/**
	 * List prices of lines for a customer on a day exactly as the server resolves them. Discounts and
	 * amounts follow once every document exists, in the order they were priced (see "discounts" below).
	 */
	const listExplanation = new Map<Uuid, ExplanationStep[]>();
	const listLines = (customer: OtcCustomer, day: string, picks: readonly { product: ProductRow; quantityMilli: number; discountBp: number }[]) => {
		const priced = picks.map(({ product, quantityMilli, discountBp }) => {
			let unitPrice: number;
			let priceListId: Uuid | null;
			let explanation: ExplanationStep[];
			try {
				const resolved = resolvePrice({
					productId: product.id,
					quantityMilli,
					date: day,
					currency: customer.currency,
					customerListId: commerce.customerListById.get(customer.id) ?? null,
					groupListIds: input.groupListIds.get(customer.id) ?? [],
					channelListId: input.channelListIds.get(customer.id) ?? null,
					lists,
				});
				unitPrice = resolved.unitPrice;
				priceListId = resolved.priceListId;
				explanation = resolved.explanation;
			} catch {
				// Only when `now` lies before the lists' validity: fall back to the plain catalogue item.
				const listId = customer.currency === BASE_CURRENCY ? (baseList?.id ?? null) : (commerce.customerListById.get(customer.id) ?? null);
				const item = (listId ? itemsByList.get(listId) : undefined)?.find((i) => i.product === product.id && i.min_quantity_milli === 1000);
				unitPrice = item?.unit_price ?? product.list_price;
				priceListId = listId;
				explanation = [{ priceListId: listId ?? '', code: 'CATALOGUE', source: 'base', outcome: 'used', detail: 'Catalogue price (no price list in force on the date).' }];
			}
			return { product, quantityMilli, discountBp, unitPrice, priceListId, explanation };
		});
		const lines = priced.map((l, i): PricedLine => {
			const id = rng.uuid();
			listExplanation.set(id, l.explanation);
			return {
				id,
				sort: i + 1,
				product: l.product.id,
				description: l.product.name.slice(0, 255),
				quantity_milli: l.quantityMilli,
				unit_price: l.unitPrice,
				discount_bp: l.discountBp,
				vat_rate_bp: l.product.vat_rate_bp,
				list_amount: 0,
				discount_amount: 0,
				applied_rules: [],
				approval_status: 'not_needed',
				discount_approved_bp: 0,
				// The rep who entered the discount had the rep's limit (the hook records it on every write of discount_bp).
				discount_limit_bp: l.discountBp > 0 ? REP_DISCOUNT_LIMIT_BP : 0,
				below_floor_approved: false,
				discount_approved_by: null,
				discount_approved_at: null,
				net_amount: 0,
				vat_amount: 0,
				gross_amount: 0,
				price_explanation: null,
			};
		});
		return { lines, priceList: priced[0]?.priceListId ?? null };
	};

	/** Every proposal and order is created at its own moment, so "before" is never ambiguous when offers are counted. */
	const taken = new Set<number>();
	const uniqueMoment = (ms: number): number => {
		let t = ms;
		for (let k = 1; taken.has(t); k++) t = ms + k * 1000 <= nowMs ? ms + k * 1000 : ms - k * 1000;
		taken.add(t);
		return t;
	};

	// --- warehouses ----------------------------------------------------------------------------
	const warehouseCount = Math.max(2, Math.min(WAREHOUSES.length, Math.round(2 * scale)));
	const warehouses: WarehouseRow[] = WAREHOUSES.slice(0, warehouseCount).map(([code, name, address]) => ({ id: rng.uuid(), code, name, address, active: true }));
	const warehouseWeights = warehouses.map((w, i) => [w.id, i === 0 ? 3 : 1] as const);

	// --- orders --------------------------------------------------------------------------------
	const orderCount = Math.max(16, Math.round(400 * scale));
	const quoteCount = Math.max(10, Math.round(150 * scale));
	const orderStatuses = [...quotas(ORDER_SHARES, orderCount, 2)].flatMap(([status, n]) => Array.from({ length: n }, () => status));
	const quoteStatuses = [...quotas(QUOTE_SHARES, quoteCount, 2)].flatMap(([status, n]) => Array.from({ length: n }, () => status));
	const acceptedCount = quoteStatuses.filter((s) => s === 'accepted').length;

	interface OrderPlan {
		row: OrderRow;
		customer: OtcCustomer;
		lines: OrderLineRow[];
		createdMs: number;
		quoteIssue: string | null;
	}
	const plans: OrderPlan[] = orderStatuses.map((status) => {
		const [lo, hi] = ORDER_AGE[status]!;
		const top = Math.min(hi, windowDays);
		const orderDate = daysAgo(rng.int(Math.min(lo, top), top));
		const customer = pickCustomer(orderDate, status);
		const createdMs = uniqueMoment(stamp(orderDate));
		const row: OrderRow = {
			id: rng.uuid(),
			number: '',
			status,
			customer: customer.id,
			contact: contactFor(customer.id),
			owner: customer.owner,
			quote: null,
			order_date: orderDate,
			currency: customer.currency,
			fx_rate: rateOn(customer.currency, orderDate),
			warehouse: null,
			price_list: null,
			campaign: null,
			promo_codes: null,
			list_total: 0,
			discount_total: 0,
			approval_status: 'not_needed',
			net_total: 0,
			vat_total: 0,
			gross_total: 0,
			gross_total_base: 0,
			credit_override_reason: null,
			credit_override_by: null,
			credit_override_at: null,
			confirmed_at: null,
			cancel_reason: null,
			notes: null,
			...audit(createdMs),
		};
		return { row, customer, lines: [], createdMs, quoteIssue: null };
	});
	// Accepted proposals became some of these orders; they were issued up to 20 days before.
	for (const plan of pickDistinct(rng, plans, acceptedCount)) {
		plan.quoteIssue = maxDay(daysAgo(windowDays), addDays(plan.row.order_date, -rng.int(1, 20)));
		if (plan.quoteIssue < plan.customer.date_created.slice(0, 10)) plan.quoteIssue = plan.row.order_date;
	}

	for (const plan of plans) {
		const { row, customer } = plan;
		const picks = pickLineProducts();
		// A partial shipment needs something left to ship: the first line gets at least two units.
		if (row.status === 'partially_shipped' && picks[0]!.quantityMilli < 2000) picks[0]!.quantityMilli = 2000 + picks[0]!.quantityMilli;
		const listed = listLines(customer, plan.quoteIssue ?? row.order_date, picks);
		row.price_list = listed.priceList;
		plan.lines = listed.lines.map((l) => ({ order: row.id, ...l, reserved_milli: 0, shipped_milli: 0, invoiced_milli: 0 }));
		const hasGoods = plan.lines.some((l) => productById.get(l.product)?.kind === 'goods');
		row.warehouse = hasGoods ? rng.weighted(warehouseWeights) : null;
		const cancelledAfterConfirming = row.status === 'cancelled' && rng.chance(0.5);
		if (row.status !== 'draft' && (row.status !== 'cancelled' || cancelledAfterConfirming)) row.confirmed_at = iso(Math.min(nowMs, plan.createdMs + rng.int(1, 48) * 5 * MINUTE));
		if (row.status === 'cancelled') row.cancel_reason = rng.pick(CANCEL_REASONS);
	}

	// --- quotes --------------------------------------------------------------------------------
	const quotes: QuoteRow[] = [];
	const quoteLines: QuoteLineRow[] = [];
	const quoteCreated = new Map<Uuid, number>();
	const newQuote = (customer: OtcCustomer, status: string, issue: string, order: Uuid | null, notes: string | null): QuoteRow => {
		const createdMs = uniqueMoment(stamp(issue));
		const q: QuoteRow = {
			id: rng.uuid(),
			number: '',
			status,
			customer: customer.id,
			contact: contactFor(customer.id),
			owner: customer.owner,
			issue_date: issue,
			valid_until: addDays(issue, 30),
			currency: customer.currency,
			price_list: null,
			campaign: null,
			promo_codes: null,
			list_total: 0,
			discount_total: 0,
			approval_status: 'not_needed',
			net_total: 0,
			vat_total: 0,
			gross_total: 0,
			order,
			notes,
			...audit(createdMs),
		};
		quoteCreated.set(q.id, createdMs);
		quotes.push(q);
		return q;
	};
	/** Documents in the order the server priced them: an accepted proposal's order keeps the proposal's prices. */
	interface PricingEvent {
		at: number;
		date: string;
		customer: OtcCustomer;
		header: QuoteRow | OrderRow;
		lines: PricedLine[];
		/** Pending approvals may stay pending (only a draft can still be approved). */
		draft: boolean;
		/** The order that claims the offers and codes it used; for a proposal, the order it became. */
		order: OrderPlan | null;
		fromQuote: QuoteRow | null;
	}
	const events: PricingEvent[] = [];
	const acceptedQuotes: { quote: QuoteRow; plan: OrderPlan; lineIds: Uuid[] }[] = [];
	for (const plan of plans) {
		if (plan.quoteIssue === null) {
			events.push({ at: plan.createdMs, date: plan.row.order_date, customer: plan.customer, header: plan.row, lines: plan.lines, draft: plan.row.status === 'draft', order: plan, fromQuote: null });
			continue;
		}
		const q = newQuote(plan.customer, 'accepted', plan.quoteIssue, plan.row.id, null);
		q.contact = plan.row.contact;
		q.price_list = plan.row.price_list;
		plan.row.quote = q.id;
		acceptedQuotes.push({ quote: q, plan, lineIds: plan.lines.map(() => rng.uuid()) });
		events.push({ at: quoteCreated.get(q.id)!, date: plan.quoteIssue, customer: plan.customer, header: q, lines: plan.lines, draft: false, order: plan, fromQuote: q });
	}
	const QUOTE_AGE: Record<string, readonly [number, number]> = { sent: [0, 25], draft: [0, 10], rejected: [10, 300], expired: [35, 400] };
	for (const status of quoteStatuses) {
		if (status === 'accepted') continue;
		const [lo, hi] = QUOTE_AGE[status]!;
		const issue = daysAgo(rng.int(Math.min(lo, windowDays), Math.min(hi, windowDays)));
		const customer = pickCustomer(issue, null);
		const q = newQuote(customer, status, issue, null, status === 'rejected' ? rng.pick(REJECT_NOTES) : null);
		const listed = listLines(customer, issue, pickLineProducts().slice(0, 5));
		q.price_list = listed.priceList;
		const lines = listed.lines.map((l) => ({ quote: q.id, ...l }));
		quoteLines.push(...lines);
		events.push({ at: quoteCreated.get(q.id)!, date: issue, customer, header: q, lines, draft: status === 'draft', order: null, fromQuote: null });
	}

	// --- discounts -----------------------------------------------------------------------------
	// Every document goes through the discount engine as the server prices it (price-document.ts):
	// the customer's facts and the offers' and codes' usage as they were at that moment, in creation
	// order. An order claims the offers and codes it used; a cancelled order gave them back.
	const discounts = input.discounts;
	// Its own random stream: codes, campaigns and approvals leave the rest of the history as it was.
	const drng = createRng(input.seed ^ 0x0d15_ca11);
	const ruleList = demoDiscountRules(discounts);
	const ruleIndex = indexDiscountRules(ruleList);
	const policy = demoPricingPolicy(discounts.crm_pricing_policy[0]!);
	const offerById = new Map(discounts.crm_special_offers.map((o) => [o.id, o]));
	const parentOf = new Map(input.productGroups.map((g) => [g.id, g.parent]));
	const ancestors = (group: Uuid | null): Uuid[] => {
		const chain: Uuid[] = [];
		for (let g = group; g && !chain.includes(g); g = parentOf.get(g) ?? null) chain.push(g);
		return chain;
	};
	const productFacts = new Map(products.map((p): [Uuid, ProductFacts] => [p.id, { id: p.id, groupIds: ancestors(p.group), segmentIds: input.productSegmentIds.get(p.id) ?? [], unitCost: p.cost_price }]));
	// Costs are kept in the product's currency; a USD or GBP basket sees them converted through the base currency (load-pricing-facts.ts).
	const ratesOf = new Map<string, ExchangeRateRow[]>();
	for (const r of commerce.crm_exchange_rates) ratesOf.set(r.currency, [...(ratesOf.get(r.currency) ?? []), r]);
	const rateToBase = (currency: string, day: string): string | null => {
		if (currency === BASE_CURRENCY) return '1';
		let best: ExchangeRateRow | null = null;
		for (const r of ratesOf.get(currency) ?? []) if (r.rate_date <= day && (!best || r.rate_date > best.rate_date)) best = r;
		return best?.rate ?? null;
	};
	const factsIn = (product: ProductRow, currency: string, day: string): ProductFacts => {
		const facts = productFacts.get(product.id)!;
		if (product.currency === currency) return facts;
		const [from, to] = [rateToBase(product.currency, day), rateToBase(currency, day)];
		if (!from || !to) return { ...facts, unitCost: null };
		const a = parseRate(from);
		const b = parseRate(to);
		return { ...facts, unitCost: Number(divideAndRound(BigInt(product.cost_price) * a.numerator * b.denominator, a.denominator * b.numerator, 'half-up')) };
	};
	// An earlier order counts against "first order only" unless it was cancelled.
	const keptOrders = new Map<Uuid, number[]>();
	for (const plan of plans) if (plan.row.status !== 'cancelled') keptOrders.set(plan.customer.id, [...(keptOrders.get(plan.customer.id) ?? []), plan.createdMs]);
	const customerFacts = (customer: OtcCustomer, at: number): CustomerFacts => ({
		id: customer.id,
		groupIds: input.customerGroupIds.get(customer.id) ?? [],
		category: customer.category ? customer.category.toUpperCase() : null,
		segmentIds: input.customerSegmentIds.get(customer.id) ?? [],
		regionId: customer.region,
		status: customer.status,
		isFirstOrder: !(keptOrders.get(customer.id) ?? []).some((t) => t < at),
	});

	// A cancelled order gives its claims back when it is cancelled: after it was created (and confirmed),
	// before the customer's next document, so the next one no longer counts it.
	events.sort((a, b) => a.at - b.at);
	const cancelledAt = new Map<Uuid, number>();
	for (const plan of plans) {
		if (plan.row.status !== 'cancelled') continue;
		const after = Math.max(plan.createdMs, plan.row.confirmed_at ? Date.parse(plan.row.confirmed_at) : 0);
		const next = events.find((e) => e.customer.id === plan.customer.id && e.at > after)?.at;
		let at = Math.min(nowMs, after + drng.int(1, 72) * 3_600_000);
		if (next !== undefined && next - 1000 > after) at = Math.min(at, next - 1000);
		cancelledAt.set(plan.row.id, uniqueMoment(Math.max(after + 1000, at)));
	}

	interface Claim {
		order: Uuid;
		customer: Uuid;
		offer: Uuid;
		promoCode: Uuid | null;
		quantityMilli: number;
		/** When the pricing that made the claim happened (an accepted proposal's, for its order). */
		at: number;
		createdMs: number;
		releasedMs: number | null;
	}
	const claims: Claim[] = [];
	const activeAt = (at: number) => claims.filter((c) => c.at < at && (c.releasedMs === null || c.releasedMs > at));
	const ordersIn = (list: readonly Claim[]) => new Set(list.map((c) => c.order)).size;
	const offersAt = (at: number, customer: Uuid): SpecialOffer[] => {
		const active = activeAt(at);
		return discounts.crm_special_offers.map((row) => {
			const all = active.filter((c) => c.offer === row.id);
			const own = all.filter((c) => c.customer === customer);
			const quantity = (list: readonly Claim[]) => list.reduce((a, c) => a + c.quantityMilli, 0);
			return toSpecialOffer(row, { uses: ordersIn(all), quantityMilli: quantity(all), customerUses: ordersIn(own), customerQuantityMilli: quantity(own) });
		});
	};
	const codesAt = (codes: readonly string[], at: number, customer: Uuid): PromoCode[] => {
		const active = activeAt(at);
		return discounts.crm_promo_codes
			.filter((row) => codes.includes(normalizePromoCode(row.code)))
			.map((row) => {
				const all = active.filter((c) => c.promoCode === row.id);
				return toPromoCode(row, ordersIn(all), ordersIn(all.filter((c) => c.customer === customer)));
			});
	};
	const priceEvent = (e: PricingEvent, codes: string[], campaign: Uuid | null): PricingResult =>
		priceBasket({
			currency: e.header.currency,
			date: e.date,
			customer: customerFacts(e.customer, e.at),
			channelId: e.customer.sales_channel,
			campaignId: campaign,
			codes,
			lines: e.lines.map((l) => ({
				product: factsIn(productById.get(l.product)!, e.header.currency, e.date),
				quantityMilli: l.quantity_milli,
				listUnitPrice: l.unit_price,
				...manualDiscountInput(storedManualDiscount(l)),
			})),
			rules: ruleIndex,
			offers: offersAt(e.at, e.customer.id),
			promoCodes: codesAt(codes, e.at, e.customer.id),
			policy,
		});

	// Which products a code can discount: those of its offer's rules that need a code.
	const codeTargets = new Map<Uuid, Set<Uuid>>();
	for (const offer of discounts.crm_special_offers) {
		const rules = ruleList.filter((r) => r.offerId === offer.id && r.conditions.requiresCode);
		const targets = products.filter((p) =>
			rules.some((r) => (r.conditions.productIds ?? []).includes(p.id) || productFacts.get(p.id)!.groupIds.some((g) => (r.conditions.productGroupIds ?? []).includes(g))),
		);
		codeTargets.set(offer.id, new Set(targets.map((p) => p.id)));
	}
	const within = (day: string, from: string | null, to: string | null) => (from === null || from <= day) && (to === null || day <= to);
	const pickCode = (e: PricingEvent) => {
		const usable = discounts.crm_promo_codes.filter((c) => {
			const offer = offerById.get(c.offer)!;
			if (!c.active || !offer.active || !within(e.date, offer.valid_from, offer.valid_to) || !within(e.date, c.valid_from, c.valid_to)) return false;
			if (c.customer !== null && c.customer !== e.customer.id) return false;
			return e.lines.some((l) => codeTargets.get(c.offer)!.has(l.product));
		});
		const own = usable.find((c) => c.customer === e.customer.id);
		if (own) return own;
		return usable.length > 0 && drng.chance(0.45) ? drng.pick(usable) : null;
	};

	for (const e of events) {
		const code = pickCode(e);
		let codes = code ? [normalizePromoCode(code.code)] : [];
		let campaign = code ? (offerById.get(code.offer)!.campaign ?? null) : null;
		const running = discounts.crm_campaigns.find((c) => within(e.date, c.start_date, c.end_date));
		if (!campaign && running && drng.chance(0.3)) campaign = running.id;
		let result = priceEvent(e, codes, campaign);
		// A code that would be refused (used up meanwhile, or giving nothing) is left off, as a rep would.
		if (codes.length > 0 && result.codes.some((c) => c.outcome !== 'accepted')) {
			codes = [];
			result = priceEvent(e, codes, campaign);
		}
		// A manager approved what needed approval before the document left draft; drafts still wait for it.
		if (result.approvalRequired && !e.draft) {
			for (const [i, line] of e.lines.entries()) {
				if (result.lines[i]!.approvalReasons.length === 0) continue;
				line.discount_approved_bp = line.discount_bp;
				line.below_floor_approved = true;
				line.discount_approved_at = iso(Math.min(nowMs, e.at + drng.int(2, 96) * 5 * MINUTE));
			}
			result = priceEvent(e, codes, campaign);
		}

		for (const [i, line] of e.lines.entries()) {
			const p = result.lines[i]!;
			line.list_amount = p.listAmount;
			line.discount_amount = p.discountAmount;
			line.applied_rules = p.discounts;
			line.price_explanation = toLinePricingRecord(result, i, listExplanation.get(line.id)!);
			line.approval_status = lineApprovalStatus(storedManualDiscount(line), p.approvalReasons);
		}
		const totals = computeDocumentTotals(
			e.lines.map((l) => ({ quantityMilli: l.quantity_milli, unitPrice: l.unit_price, vatRateBp: l.vat_rate_bp, discountBp: l.discount_bp, discountAmount: l.discount_amount })),
			e.header.currency,
		);
		e.lines.forEach((l, i) => Object.assign(l, { net_amount: totals.lines[i]!.netAmount, vat_amount: totals.lines[i]!.vatAmount, gross_amount: totals.lines[i]!.grossAmount }));
		const approval = documentApprovalStatus(e.lines.map((l) => l.approval_status));
		const header: DiscountHeader & Totals = {
			campaign,
			promo_codes: codes.length > 0 ? codes.join(', ') : null,
			list_total: totals.lines.reduce((a, l) => a + l.grossBeforeDiscount, 0),
			discount_total: totals.lines.reduce((a, l) => a + l.discountAmount, 0),
			approval_status: approval,
			net_total: totals.netTotal,
			vat_total: totals.vatTotal,
			gross_total: totals.grossTotal,
		};
		Object.assign(e.header, header);
		if (!e.order) continue;
		const order = e.order.row;
		Object.assign(order, header);
		order.gross_total_base = toBase(order.gross_total, order.currency, order.fx_rate);

		// What the order claims: the engine's offers, or for an accepted proposal the offers its lines' discounts came from (claimFrozen).
		let uses = result.offers;
		if (e.fromQuote) {
			const quantities = new Map<Uuid, number>();
			for (const line of e.lines) for (const offer of new Set(line.applied_rules.filter((a) => a.offerId && a.amount > 0).map((a) => a.offerId!))) quantities.set(offer, (quantities.get(offer) ?? 0) + line.quantity_milli);
			const entered = discounts.crm_promo_codes.filter((c) => codes.includes(normalizePromoCode(c.code)));
			uses = [...quantities].map(([offerId, quantityMilli]) => ({ offerId, quantityMilli, promoCodeIds: entered.filter((c) => c.offer === offerId).map((c) => c.id) }));
		}
		for (const use of uses) {
			const [first, ...more] = [...use.promoCodeIds].sort();
			const claim = { order: order.id, customer: order.customer, offer: use.offerId, at: e.at, createdMs: e.order.createdMs, releasedMs: cancelledAt.get(order.id) ?? null };
			claims.push({ ...claim, promoCode: first ?? null, quantityMilli: use.quantityMilli });
			for (const extra of more) claims.push({ ...claim, promoCode: extra, quantityMilli: 0 });
		}
	}
	const redemptions: DiscountRedemptionRow[] = claims.map((c) => ({
		id: drng.uuid(),
		order: c.order,
		customer: c.customer,
		offer: c.offer,
		promo_code: c.promoCode,
		quantity_milli: c.quantityMilli,
		status: c.releasedMs === null ? 'active' : 'released',
		released_at: c.releasedMs === null ? null : iso(c.releasedMs),
		date_created: iso(c.createdMs),
	}));

	// An accepted proposal's order was made from it: same prices, discounts and approvals (quote-actions.ts).
	for (const { quote, plan, lineIds } of acceptedQuotes) plan.lines.forEach((l, i) => quoteLines.push({ quote: quote.id, ...stripOrderLine(l), id: lineIds[i]! }));

	// --- shipments -----------------------------------------------------------------------------
	const shipments: ShipmentRow[] = [];
	const shipmentLines: ShipmentLineRow[] = [];
	const shipmentCreated = new Map<Uuid, number>();
	const lastShipment = new Map<Uuid, string>();
	const isGoods = (l: OrderLineRow) => productById.get(l.product)?.kind === 'goods';
	const ship = (plan: OrderPlan, kind: 'waybill' | 'service_act', day: string, quantities: readonly (readonly [OrderLineRow, number])[]) => {
		const moves = quantities.filter(([, q]) => q > 0);
		if (moves.length === 0) return;
		const createdMs = stamp(day, Date.parse(plan.row.confirmed_at ?? plan.row.date_created));
		const s: ShipmentRow = {
			id: rng.uuid(),
			number: '',
			kind,
			order: plan.row.id,
			customer: plan.row.customer,
			warehouse: kind === 'waybill' ? plan.row.warehouse : null,
			shipped_on: day,
			notes: null,
			...audit(createdMs),
		};
		shipments.push(s);
		shipmentCreated.set(s.id, createdMs);
		for (const [line, q] of moves) {
			shipmentLines.push({ id: rng.uuid(), shipment: s.id, order_line: line.id, quantity_milli: q });
			line.shipped_milli += q;
		}
		lastShipment.set(plan.row.id, maxDay(lastShipment.get(plan.row.id) ?? day, day));
	};
	const wholeUnitsBelow = (q: number) => Math.max(1000, Math.floor((q * (0.2 + rng.float() * 0.6)) / 1000) * 1000);

	for (const plan of plans) {
		const { row, lines } = plan;
		const firstDay = minDay(today, addDays(row.order_date, rng.int(1, 5)));
		if (row.status === 'partially_shipped') {
			const target = lines.map((l) => {
				const r = rng.float();
				if (r < 0.3) return l.quantity_milli;
				if (r < 0.7 && l.quantity_milli >= 2000) return wholeUnitsBelow(l.quantity_milli);
				return 0;
			});
			if (target.every((t, i) => t === lines[i]!.quantity_milli) || target.every((t) => t === 0)) target[0] = wholeUnitsBelow(lines[0]!.quantity_milli);
			ship(plan, 'waybill', firstDay, lines.map((l, i) => [l, isGoods(l) ? target[i]! : 0] as const));
			ship(plan, 'service_act', firstDay, lines.map((l, i) => [l, isGoods(l) ? 0 : target[i]!] as const));
		} else if (['shipped', 'invoiced', 'paid', 'closed'].includes(row.status)) {
			const goods = lines.filter(isGoods);
			if (goods.some((l) => l.quantity_milli >= 2000) && rng.chance(0.25)) {
				// Two deliveries: part of the goods first, the rest a few days later.
				const first = goods.map((l) => [l, l.quantity_milli >= 2000 ? wholeUnitsBelow(l.quantity_milli) : l.quantity_milli] as const);
				ship(plan, 'waybill', firstDay, first);
				ship(plan, 'waybill', minDay(today, addDays(firstDay, rng.int(2, 12))), first.map(([l, q]) => [l, l.quantity_milli - q] as const));
			} else ship(plan, 'waybill', firstDay, goods.map((l) => [l, l.quantity_milli] as const));
			const services = lines.filter((l) => !isGoods(l));
			ship(plan, 'service_act', minDay(today, addDays(firstDay, rng.int(0, 4))), services.map((l) => [l, l.quantity_milli] as const));
		}
		// Confirmed goods stay reserved until they ship.
		if (row.status === 'confirmed' || row.status === 'partially_shipped') for (const l of lines) if (isGoods(l)) l.reserved_milli = l.quantity_milli - l.shipped_milli;
	}

	// --- invoices and credit notes --------------------------------------------------------------
	interface InvoicePlan {
		row: InvoiceRow;
		lines: InvoiceLineRow[];
		createdMs: number;
		plan: OrderPlan;
		credits: InvoicePlan[];
		/** Latest document date on the invoice so far: payments come after it. */
		settledFrom: string;
	}
	const invoicePlans: InvoicePlan[] = [];
	const creditPlans: InvoicePlan[] = [];
	const newInvoiceDoc = (
		plan: OrderPlan,
		kind: 'invoice' | 'credit_note',
		issue: string,
		source: readonly (readonly [OrderLineRow, number])[],
		credited: InvoiceRow | null,
		notes: string | null,
		notBefore: number,
	): InvoicePlan => {
		const customer = plan.customer;
		const totals = computeDocumentTotals(
			source.map(([l, q]) => ({ quantityMilli: q, unitPrice: l.unit_price, vatRateBp: l.vat_rate_bp, discountBp: l.discount_bp, discountAmount: discountShare(l, q) })),
			customer.currency,
		);
		const fx = rateOn(customer.currency, issue);
		const createdMs = stamp(issue, notBefore);
		const row: InvoiceRow = {
			id: rng.uuid(),
			number: '',
			kind,
			status: 'issued',
			customer: customer.id,
			order: plan.row.id,
			credited_invoice: credited?.id ?? null,
			issue_date: issue,
			due_date: addDays(issue, customer.payment_terms_days),
			currency: customer.currency,
			fx_rate: fx,
			net_total: totals.netTotal,
			vat_total: totals.vatTotal,
			gross_total: totals.grossTotal,
			gross_total_base: toBase(totals.grossTotal, customer.currency, fx),
			open_amount: 0,
			notes,
			...audit(createdMs),
		};
		const lines = source.map(([l, q], i): InvoiceLineRow => ({
			id: rng.uuid(),
			invoice: row.id,
			order_line: l.id,
			product: l.product,
			description: kind === 'invoice' ? l.description : `Credit: ${l.description}`.slice(0, 255),
			quantity_milli: q,
			unit_price: l.unit_price,
			discount_bp: l.discount_bp,
			vat_rate_bp: l.vat_rate_bp,
			net_amount: totals.lines[i]!.netAmount,
			vat_amount: totals.lines[i]!.vatAmount,
			gross_amount: totals.lines[i]!.grossAmount,
		}));
		return { row, lines, createdMs, plan, credits: [], settledFrom: issue };
	};
	for (const plan of plans) {
		if (!['invoiced', 'paid', 'closed'].includes(plan.row.status)) continue;
		const issue = minDay(today, addDays(lastShipment.get(plan.row.id) ?? plan.row.order_date, rng.int(0, 3)));
		const lastShipmentMs = Math.max(...shipments.filter((s) => s.order === plan.row.id).map((s) => shipmentCreated.get(s.id)!));
		const inv = newInvoiceDoc(plan, 'invoice', issue, plan.lines.map((l) => [l, l.quantity_milli] as const), null, null, lastShipmentMs);
		for (const l of plan.lines) l.invoiced_milli = l.quantity_milli;
		invoicePlans.push(inv);
	}

	// A few credit notes: full returns on closed orders, part returns on others.
	const creditCount = Math.max(2, Math.round(8 * scale));
	const fullCredits = pickDistinct(rng, invoicePlans.filter((i) => i.plan.row.status === 'closed'), Math.max(1, Math.round(creditCount / 3)));
	const partCandidates = invoicePlans.filter((i) => !fullCredits.includes(i) && i.plan.lines.some((l) => l.quantity_milli >= 2000));
	const partCredits = pickDistinct(rng, partCandidates, creditCount - fullCredits.length);
	for (const inv of [...fullCredits, ...partCredits]) {
		const full = fullCredits.includes(inv);
		const day = minDay(today, addDays(inv.row.issue_date, rng.int(1, 20)));
		let source: (readonly [OrderLineRow, number])[];
		if (full) source = inv.plan.lines.map((l) => [l, l.quantity_milli] as const);
		else {
			const line = rng.pick(inv.plan.lines.filter((l) => l.quantity_milli >= 2000));
			source = [[line, Math.max(1000, Math.floor(line.quantity_milli / 2 / 1000) * 1000 - rng.int(0, 1) * 1000)]];
		}
		const cn = newInvoiceDoc(inv.plan, 'credit_note', day, source, inv.row, full ? 'Full return: the order was taken back.' : rng.pick(RETURN_REASONS), inv.createdMs);
		inv.credits.push(cn);
		inv.settledFrom = maxDay(inv.settledFrom, day);
		creditPlans.push(cn);
	}

	// --- payments and allocations ---------------------------------------------------------------
	const payments: PaymentRow[] = [];
	const allocations: PaymentAllocationRow[] = [];
	const paymentCreated = new Map<Uuid, number>();
	const grossOf = (inv: InvoicePlan) => inv.row.gross_total - inv.credits.reduce((a, c) => a + c.row.gross_total, 0);
	const pay = (customer: OtcCustomer, day: string, parts: readonly (readonly [InvoicePlan, number])[], extra = 0, notBefore = 0): PaymentRow => {
		const amount = parts.reduce((a, [, x]) => a + x, 0) + extra;
		const createdMs = stamp(day, notBefore);
		const p: PaymentRow = {
			id: rng.uuid(),
			number: '',
			status: 'posted',
			customer: customer.id,
			received_on: day,
			amount,
			currency: customer.currency,
			fx_rate: rateOn(customer.currency, day),
			method: rng.weighted([['bank_transfer', 75], ['card', 10], ['cheque', 5], ['cash', 5], ['other', 5]] as const),
			reference: null,
			unallocated_amount: extra,
			reversed_at: null,
			reversal_reason: null,
			...audit(createdMs),
		};
		payments.push(p);
		paymentCreated.set(p.id, createdMs);
		for (const [inv, x] of parts) allocations.push({ id: rng.uuid(), payment: p.id, invoice: inv.row.id, amount: x, allocated_on: day, ...audit(createdMs) });
		return p;
	};
	const payDay = (inv: InvoicePlan): string => {
		const room = Math.max(0, daysBetween(inv.settledFrom, today));
		const terms = inv.plan.customer.payment_terms_days;
		const wish = terms === 0 ? rng.int(0, 7) : rng.int(Math.round(terms * 0.3), terms + 20);
		return addDays(inv.settledFrom, wish <= room ? wish : rng.int(0, room));
	};
	const settled = invoicePlans
		.filter((i) => (i.plan.row.status === 'paid' || i.plan.row.status === 'closed') && grossOf(i) > 0)
		.map((inv) => ({ inv, day: payDay(inv) }))
		.sort((a, b) => a.inv.row.customer.localeCompare(b.inv.row.customer) || a.day.localeCompare(b.day));
	const settlementPayments: PaymentRow[] = [];
	for (let i = 0; i < settled.length; ) {
		// Customers often pay several invoices with one transfer.
		const group = [settled[i]!];
		while (
			group.length < 3 &&
			i + group.length < settled.length &&
			settled[i + group.length]!.inv.row.customer === group[0]!.inv.row.customer &&
			daysBetween(group[group.length - 1]!.day, settled[i + group.length]!.day) <= 21 &&
			rng.chance(0.5)
		)
			group.push(settled[i + group.length]!);
		const day = group.reduce((d, g) => maxDay(d, g.day), group[0]!.day);
		const notBefore = Math.max(...group.map((g) => Math.max(g.inv.createdMs, ...g.inv.credits.map((c) => c.createdMs))));
		settlementPayments.push(pay(group[0]!.inv.plan.customer, day, group.map((g) => [g.inv, grossOf(g.inv)] as const), 0, notBefore));
		i += group.length;
	}
	// One customer paid too much; the rest stays on the account as credit.
	const over = settlementPayments.length > 0 ? rng.pick(settlementPayments) : null;
	if (over) {
		const extra = rng.int(5, 50) * 1000;
		over.amount += extra;
		over.unallocated_amount = extra;
	}
	// Part payments on some open invoices.
	const openInvoices = invoicePlans.filter((i) => i.plan.row.status === 'invoiced');
	const partPaid = pickDistinct(rng, openInvoices.filter((i) => grossOf(i) >= 200), Math.max(2, Math.round(openInvoices.length * 0.35)));
	for (const inv of partPaid) {
		const open = grossOf(inv);
		const amount = Math.max(100, Math.min(open - 100, Math.round((open * (0.2 + rng.float() * 0.5)) / 100) * 100));
		const day = addDays(inv.settledFrom, rng.int(0, Math.max(0, daysBetween(inv.settledFrom, today))));
		pay(inv.plan.customer, day, [[inv, amount]], 0, Math.max(inv.createdMs, ...inv.credits.map((c) => c.createdMs)));
	}

	// --- numbers: gapless per series and year, in date order ------------------------------------
	const counters = new Map<string, number>();
	const numberRows = <T extends { id: Uuid; number: string }>(rows: T[], series: DocumentSeries, dayOf: (r: T) => string, createdOf: (r: T) => number) => {
		rows.sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || createdOf(a) - createdOf(b) || a.id.localeCompare(b.id));
		for (const r of rows) {
			const year = Number(dayOf(r).slice(0, 4));
			const key = `${series}-${year}`;
			const seq = (counters.get(key) ?? 0) + 1;
			counters.set(key, seq);
			r.number = formatDocumentNumber(series, year, seq);
		}
	};
	const orderRows = plans.map((p) => p.row);
	const createdOfOrder = new Map(plans.map((p) => [p.row.id, p.createdMs]));
	const invoiceRows = invoicePlans.map((i) => i.row);
	const creditRows = creditPlans.map((i) => i.row);
	const docCreated = new Map([...invoicePlans, ...creditPlans].map((i) => [i.row.id, i.createdMs]));
	numberRows(quotes, 'QT', (r) => r.issue_date, (r) => quoteCreated.get(r.id)!);
	numberRows(orderRows, 'SO', (r) => r.order_date, (r) => createdOfOrder.get(r.id)!);
	numberRows(shipments, 'SH', (r) => r.shipped_on, (r) => shipmentCreated.get(r.id)!);
	numberRows(invoiceRows, 'INV', (r) => r.issue_date, (r) => docCreated.get(r.id)!);
	numberRows(creditRows, 'CN', (r) => r.issue_date, (r) => docCreated.get(r.id)!);
	numberRows(payments, 'PAY', (r) => r.received_on, (r) => paymentCreated.get(r.id)!);
	const invoiceById = new Map([...invoiceRows, ...creditRows].map((r) => [r.id, r]));
	const paymentById = new Map(payments.map((p) => [p.id, p]));
	for (const p of payments) {
		const numbers = allocations.filter((a) => a.payment === p.id).map((a) => invoiceById.get(a.invoice)!.number);
		if (p.method === 'bank_transfer' || p.method === 'other') p.reference = `Remittance ${numbers.join(', ')}`.slice(0, 120);
		else if (p.method === 'card') p.reference = `Card payment ${rng.digits(8)}`;
	}

	// --- the ledger ----------------------------------------------------------------------------
	// Posted as the API would: each credit note and allocation against where its invoice stands by then
	// (credit notes come before the payments of their invoice), so exchange differences are realised alike.
	type Posted = { entry: LedgerEntry; createdMs: number };
	const posted: Posted[] = [];
	const positions = new Map<string, InvoicePosition>();
	const post = (entries: readonly LedgerEntry[], createdMs: number) => {
		for (const entry of entries) posted.push({ entry, createdMs });
		for (const key of new Set(entries.map((e) => e.invoiceKey))) {
			const position = key === null ? undefined : positions.get(key);
			if (position) positions.set(position.key, invoicePositionAfter(position, entries));
		}
	};
	const base = (customerId: Uuid, key: string, date: string, amount: number, currency: string, rateToBase: string) => ({ customerId, key, date, amount, currency, rateToBase, baseCurrency: BASE_CURRENCY });
	for (const inv of invoicePlans) {
		const r = inv.row;
		const entries = postInvoice({ ...base(r.customer, r.id, r.issue_date, r.gross_total, r.currency, r.fx_rate), number: r.number });
		positions.set(r.id, invoicePosition({ key: r.id, number: r.number, currency: r.currency, baseCurrency: BASE_CURRENCY, gross: r.gross_total, rateToBase: r.fx_rate }, entries));
		post(entries, inv.createdMs);
	}
	for (const cn of [...creditPlans].sort((a, b) => a.row.issue_date.localeCompare(b.row.issue_date) || a.createdMs - b.createdMs)) {
		const r = cn.row;
		const credited = r.credited_invoice === null ? null : positions.get(r.credited_invoice)!;
		post(postCreditNote({ ...base(r.customer, r.id, r.issue_date, r.gross_total, r.currency, r.fx_rate), number: r.number, invoiceKey: r.credited_invoice }, credited), cn.createdMs);
	}
	for (const p of payments) post(postPayment({ ...base(p.customer, p.id, p.received_on, p.amount, p.currency, p.fx_rate), number: p.number }), paymentCreated.get(p.id)!);
	const allocatedOf = new Map<Uuid, number>();
	for (const a of [...allocations].sort((x, y) => x.allocated_on.localeCompare(y.allocated_on) || Date.parse(x.date_created) - Date.parse(y.date_created))) {
		const p = paymentById.get(a.payment)!;
		const inv = invoiceById.get(a.invoice)!;
		const allocatedBefore = allocatedOf.get(p.id) ?? 0;
		const document = {
			...base(p.customer, a.id, a.allocated_on, a.amount, p.currency, p.fx_rate),
			paymentKey: p.id,
			paymentNumber: p.number,
			paymentCurrency: p.currency,
			paymentAllocatedBefore: allocatedBefore,
			invoiceKey: inv.id,
			invoiceNumber: inv.number,
			invoiceCurrency: inv.currency,
		};
		post(postAllocation(document, positions.get(inv.id)!), Date.parse(a.date_created));
		allocatedOf.set(p.id, allocatedBefore + a.amount);
	}
	const kindOrder = (k: LedgerEntryKind) => LEDGER_ENTRY_KINDS.indexOf(k);
	posted.sort((a, b) => a.entry.entryDate.localeCompare(b.entry.entryDate) || a.createdMs - b.createdMs || kindOrder(a.entry.kind) - kindOrder(b.entry.kind));
	const ledger: LedgerEntryRow[] = posted.map(({ entry: e, createdMs }) => ({
		id: rng.uuid(),
		customer: e.customerId,
		entry_date: e.entryDate,
		kind: e.kind,
		document_collection: e.documentCollection,
		document_key: e.documentKey,
		invoice: e.invoiceKey,
		amount: e.amount,
		currency: e.currency,
		amount_base: e.amountBase,
		description: e.description.slice(0, 255),
		date_created: iso(createdMs),
		user_created: null,
	}));

	// Open amounts and statuses follow from the ledger alone.
	const openOf = new Map<Uuid, number>();
	for (const e of ledger) if (e.invoice !== null) openOf.set(e.invoice, (openOf.get(e.invoice) ?? 0) + e.amount);
	for (const inv of invoicePlans) {
		const r = inv.row;
		const open = openOf.get(r.id) ?? 0;
		const credited = inv.credits.reduce((a, c) => a + c.row.gross_total, 0);
		r.open_amount = open;
		if (open === 0) r.status = credited >= r.gross_total ? 'credited' : 'paid';
		else r.status = open < r.gross_total ? 'partially_paid' : 'issued';
	}

	// --- stock -----------------------------------------------------------------------------------
	const reserved = new Map<string, number>();
	for (const plan of plans) for (const l of plan.lines) if (l.reserved_milli > 0 && plan.row.warehouse) reserved.set(`${l.product}|${plan.row.warehouse}`, (reserved.get(`${l.product}|${plan.row.warehouse}`) ?? 0) + l.reserved_milli);
	const stock: StockLevelRow[] = [];
	for (const p of products) {
		if (p.kind !== 'goods') continue;
		for (const w of warehouses) {
			const r = reserved.get(`${p.id}|${w.id}`) ?? 0;
			const free = rng.chance(0.1) ? 0 : (w === warehouses[0] ? rng.int(20, 400) : rng.int(0, 120)) * 1000;
			stock.push({ id: rng.uuid(), product: p.id, warehouse: w.id, on_hand_milli: r + free, reserved_milli: r });
		}
	}

	// --- one order that came in through the API with an Idempotency-Key ---------------------------
	const idempotency: IdempotencyKeyRow[] = [];
	const apiOrder = orderRows.filter((o) => o.status !== 'draft' && o.quote === null && createdOfOrder.get(o.id)! < nowMs - 3 * 24 * 3_600_000);
	if (apiOrder.length > 0) {
		const order = rng.pick(apiOrder);
		const createdMs = createdOfOrder.get(order.id)!;
		const key = `shop-${rng.digits(10)}`;
		const hash = Array.from({ length: 8 }, () => rng.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join('');
		order.notes = `Received through the order API (Idempotency-Key ${key}).`;
		idempotency.push({
			id: rng.uuid(),
			lookup: `orders:${rng.uuid()}:${key}`,
			scope: 'orders',
			idem_key: key,
			request_hash: hash,
			status_code: 201,
			response: { data: { id: order.id } },
			expires_at: iso(createdMs + 24 * 3_600_000),
			date_created: iso(createdMs),
			user_created: null,
		});
	}

	const documentCounters: DocumentCounterRow[] = [...counters.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([counter_key, last_number]) => ({ id: rng.uuid(), counter_key, last_number }));
	const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number);

	return {
		crm_warehouses: warehouses,
		crm_stock_levels: stock,
		crm_quotes: quotes.sort(byNumber),
		crm_quote_lines: quoteLines,
		crm_orders: orderRows.sort(byNumber),
		crm_order_lines: plans.sort((a, b) => byNumber(a.row, b.row)).flatMap((p) => p.lines),
		crm_discount_redemptions: redemptions,
		crm_shipments: shipments.sort(byNumber),
		crm_shipment_lines: shipmentLines,
		crm_invoices: [...invoiceRows.sort(byNumber), ...creditRows.sort(byNumber)],
		crm_invoice_lines: [...invoicePlans, ...creditPlans].flatMap((i) => i.lines),
		crm_payments: payments.sort(byNumber),
		crm_payment_allocations: allocations,
		crm_ledger_entries: ledger,
		crm_document_counters: documentCounters,
		crm_idempotency_keys: idempotency,
	};
}

/** A demo line's manual-discount columns, as the server reads them. */
function storedManualDiscount(l: { discount_bp: number; discount_approved_bp: number; discount_limit_bp: number; below_floor_approved: boolean; discount_approved_at: string | null }): StoredManualDiscount {
	return { discountBp: l.discount_bp, approvedBp: l.discount_approved_bp, limitBp: l.discount_limit_bp, belowFloorApproved: l.below_floor_approved, approvedAt: l.discount_approved_at };
}

/**
 * The order line's discount for `quantityMilli` of it (an invoice or credit note bills the discounted
 * price): all of it for the whole quantity, otherwise its share, rounded half-up once.
 */
export function discountShare(line: { quantity_milli: number; discount_amount: number }, quantityMilli: number): number {
	// Demo invoices bill whole lines and each is credited at most once, so nothing was taken before: the server's cumulative share from zero.
	return cumulativeShare(line.discount_amount, quantityMilli, line.quantity_milli);
}

function stripOrderLine(l: OrderLineRow): PricedLine {
	const { order: _order, reserved_milli: _r, shipped_milli: _s, invoiced_milli: _i, ...line } = l;
	return line;
}

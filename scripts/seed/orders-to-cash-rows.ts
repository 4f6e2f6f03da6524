// Row types of the orders-to-cash tables as the demo data writes them, and what their generator is given.
import type { AppliedDiscount, LedgerEntryKind, LinePricingRecord } from '../../packages/crm-core/src/index.ts';
import type { ProductRow, Uuid } from './demo-rows.ts';
import type { CommerceData } from './generate-commerce-data.ts';
import type { DiscountData, DiscountRedemptionRow } from './generate-discount-data.ts';

export type Audit = { date_created: string; date_updated: null; user_created: null };
export type Totals = { net_total: number; vat_total: number; gross_total: number };
/** What the discount engine adds to a proposal or order header (see priced-documents.ts). */
export type DiscountHeader = { campaign: Uuid | null; promo_codes: string | null; list_total: number; discount_total: number; approval_status: string };
export type LineAmounts = { net_amount: number; vat_amount: number; gross_amount: number };

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
		opportunity: Uuid | null;
		notes: string | null;
	};
export type PricedLine = LineAmounts & {
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
		opportunity: Uuid | null;
		order_date: string;
		currency: string;
		fx_rate: string;
		warehouse: Uuid | null;
		price_list: Uuid | null;
		gross_total_base: number;
		net_total_base: number;
		cost_total_base: number;
		credit_override_reason: string | null;
		credit_override_by: Uuid | null;
		credit_override_at: string | null;
		confirmed_at: string | null;
		cancel_reason: string | null;
		notes: string | null;
	};
export type OrderLineRow = { order: Uuid } & PricedLine & { net_amount_base: number; cost_base: number | null; reserved_milli: number; shipped_milli: number; invoiced_milli: number };
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

export interface OtcCustomer {
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

export interface OtcContact {
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

import type { LedgerEntry } from '../settlements/ledger-entry.ts';
import type { OpenItemInvoice } from '../settlements/compute-open-items.ts';

/*
 * What the customer card (A5.2) is made of, as the caller's policy lets them read it. A block whose
 * collection the caller may not read is left out (undefined); inside a row, a field the caller may not
 * read is undefined too, and a link whose target they may not read has a null name.
 */

/** A linked record: its key, and its name (or code) where the caller may read it. */
export interface OverviewRef {
	id: string;
	name: string | null;
}

export interface OverviewCustomerFacts {
	id: string;
	name: string | null;
	kind?: string | null;
	status?: string | null;
	category?: string | null;
	owner?: OverviewRef | null;
	region?: OverviewRef | null;
	currency?: string | null;
	paymentTermsDays?: number | null;
	/** Minor units of the base currency (credit limits are kept in it); undefined when the caller may not read it. */
	creditLimit?: number | null;
}

export interface OverviewContactFacts {
	id: string;
	firstName: string | null;
	lastName: string | null;
	position?: string | null;
	phone?: string | null;
	mobile?: string | null;
	email?: string | null;
	preferredChannel?: string | null;
	/** undefined when the caller may not read it: the contact is then taken as active. */
	active?: boolean | null;
}

/** A proposal or an order, with its totals in its own currency (minor units). */
export interface OverviewDocumentFacts {
	id: string;
	number: string | null;
	status: string;
	/** Issue date of a proposal, order date of an order. */
	date: string | null;
	/** A proposal's last day to accept. */
	validUntil?: string | null;
	currency?: string | null;
	netTotal?: number | null;
	grossTotal?: number | null;
}

/** Open documents of one kind: the newest few and how many there are in all (null when the caller may not count them). */
export interface OverviewDocumentList {
	items: OverviewDocumentFacts[];
	count: number | null;
}

/** An order, with what converting it to the base currency needs (at the order's own rate). */
export interface SalesOrderFacts {
	id: string;
	orderDate: string;
	status: string;
	currency: string;
	netTotal: number;
	grossTotal: number | null;
	grossTotalBase: number | null;
}

/** The net of one order's lines of one product, in the order's currency (minor units), summed by the database. */
export interface SalesLineFacts {
	orderId: string;
	productId: string;
	netAmount: number;
}

export interface OverviewProductFacts {
	id: string;
	sku: string | null;
	name: string | null;
	kind?: string | null;
	group: OverviewRef | null;
}

export interface SalesFacts {
	/** The customer's orders as read; those of the window that count (not drafts, not cancelled) are the sales. */
	orders: SalesOrderFacts[];
	/** undefined when the caller may not read order lines: no split by product group then. */
	lines?: SalesLineFacts[];
	/** The products of those lines, as far as the caller may read them. */
	products?: OverviewProductFacts[];
}

/** The customer's ledger summed per currency and open item, and their invoices with something open (loadCustomerTotals). */
export interface OverviewLedgerFacts {
	entries: LedgerEntry[];
	invoices: OpenItemInvoice[];
}

export interface OverviewPaymentFacts {
	id: string;
	number: string | null;
	status: string | null;
	receivedOn: string | null;
	amount: number;
	currency: string | null;
	method?: string | null;
	reference?: string | null;
	unallocatedAmount?: number | null;
	/** When it was entered (ISO): orders payments received on the same day. */
	createdAt?: string | null;
}

export interface OverviewContractFacts {
	id: string;
	code: string | null;
	level: string | null;
	active: boolean | null;
	validFrom: string | null;
	validTo: string | null;
}

export interface OverviewRequestFacts {
	id: string;
	number: string | null;
	subject: string | null;
	status: string;
	priority?: string | null;
	slaStatus?: string | null;
	responseDueAt?: string | null;
	resolutionDueAt?: string | null;
	firstResponseAt?: string | null;
	createdAt?: string | null;
}

export interface OverviewServiceFacts {
	/** undefined when the caller may not read contracts. */
	contracts?: OverviewContractFacts[];
	/** The customer's open requests; undefined when the caller may not read requests. */
	requests?: OverviewRequestFacts[];
}

export interface OverviewMembershipFacts {
	id: string;
	campaign: { id: string; code: string | null; name: string | null; channel?: string | null; status?: string | null } | null;
	contact: OverviewRef | null;
	sendState?: string | null;
	lastTouch?: string | null;
	lastTouchAt?: string | null;
	/** The member's touches and the latest one's instant, from the touches themselves; undefined when the caller may not read them. */
	touches?: { count: number; lastAt: string | null };
}

export interface OverviewClassChangeFacts {
	id: string;
	changedAt: string | null;
	run?: string | null;
	/** Each class before and after the run: abc_revenue, abc_margin, xyz, rfm, category, status. */
	from: Record<string, string | null>;
	to: Record<string, string | null>;
	rule: OverviewRef | null;
	revenueBase?: number | null;
	marginBase?: number | null;
}

export interface OverviewClassFacts {
	abcRevenue: string | null;
	abcMargin: string | null;
	xyz: string | null;
	rfm: string | null;
	revenueBase?: number | null;
	marginBase?: number | null;
	classifiedAt?: string | null;
	rule: OverviewRef | null;
	/** The newest moves between classes; undefined when the caller may not read them. */
	changes?: OverviewClassChangeFacts[];
}

export interface OverviewStockFacts {
	productId: string;
	warehouse: { id: string; code: string | null; name?: string | null } | null;
	onHandMilli: number;
	reservedMilli: number;
}

/** Everything the card shows, each block as far as the caller's policy reaches (undefined = may not read). */
export interface CustomerOverviewFacts {
	baseCurrency: string;
	customer: OverviewCustomerFacts;
	contacts?: OverviewContactFacts[];
	openQuotes?: OverviewDocumentList;
	openOrders?: OverviewDocumentList;
	sales?: SalesFacts;
	ledger?: OverviewLedgerFacts;
	payments?: OverviewPaymentFacts[];
	service?: OverviewServiceFacts;
	campaigns?: OverviewMembershipFacts[];
	classes?: OverviewClassFacts;
	/** Stock levels of the products bought in the window; undefined when the caller may not read them (or the lines). */
	stock?: OverviewStockFacts[];
}

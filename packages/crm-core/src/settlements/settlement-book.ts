import type { DerivedInvoiceStatus } from '../fulfilment/invoice-status.ts';
import type { OrderStatus } from '../orders/order-status.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/** An invoice as a settlement sees it, with every ledger entry on it. */
export interface SettlementInvoice {
	key: string;
	number: string;
	currency: string;
	issueDate: string;
	dueDate: string;
	gross: number;
	/** The invoice's own rate to the base currency (what its open amount is carried at). */
	rateToBase: string;
	status: string;
	/** open_amount as stored; null before anything computed it. */
	storedOpen: number | null;
	orderId: string | null;
	entries: LedgerEntry[];
}

/** An order whose status follows its invoices (invoiced ⇄ paid), with the keys of all its invoices. */
export interface SettlementOrder {
	id: string;
	status: OrderStatus;
	invoiceKeys: string[];
}

/**
 * What a payment's settlement reads, locked: the invoices it may touch (`lockedKeys`, in lock order),
 * the other invoices of their orders, and those orders.
 */
export interface SettlementBook {
	baseCurrency: string;
	lockedKeys: readonly string[];
	invoices: ReadonlyMap<string, SettlementInvoice>;
	orders: readonly SettlementOrder[];
}

/** A stored payment. */
export interface PostedPayment {
	id: string;
	number: string;
	customerId: string;
	currency: string;
	amount: number;
	fxRate: string;
	status: string;
	receivedOn: string;
	/** What earlier allocations of this payment already used. */
	alreadyAllocated: number;
}

export interface AllocationDraft {
	id: string;
	paymentId: string;
	invoiceId: string;
	amount: number;
	allocatedOn: string;
}

/** What posting entries on invoices does to them and to their orders. */
export interface SettlementEffects {
	invoiceUpdates: { id: string; openAmount: number; status: DerivedInvoiceStatus }[];
	orderMoves: { id: string; from: OrderStatus; to: OrderStatus }[];
}

/**
 * What every posted document brings along. The builders stay pure, so the caller supplies the rate
 * that was valid on the document date instead of the builder looking it up.
 */
export interface SettlementDocumentBase {
	customerId: string;
	key: string;
	/** Document date, 'YYYY-MM-DD'. */
	date: string;
	/** Positive minor units in `currency`. */
	amount: number;
	currency: string;
	/** Units of `baseCurrency` for one unit of `currency` on `date`, exact decimal text ('1', '0.9221'). */
	rateToBase: string;
	baseCurrency: string;
}

/** An issued invoice; `amount` is its gross total. */
export interface InvoiceDocument extends SettlementDocumentBase {
	number: string;
}

/** A credit note; `amount` is its gross total, written as a positive number. */
export interface CreditNoteDocument extends SettlementDocumentBase {
	number: string;
	/** The invoice it credits, or null when it credits nothing specific (it becomes customer credit). */
	invoiceKey: string | null;
}

/** A received payment; `amount` is what arrived. */
export interface PaymentDocument extends SettlementDocumentBase {
	number: string;
}

/**
 * The decision to settle part of an invoice with a payment's money. It must be in the currency of both
 * the invoice and the payment: the ledger never converts between open items. `rateToBase` is the
 * payment's rate: the money is worth what it was worth when it arrived.
 */
export interface AllocationDocument extends SettlementDocumentBase {
	paymentKey: string;
	paymentNumber: string;
	paymentCurrency: string;
	/** What earlier allocations of the payment used, in minor units: where this allocation's share of the payment starts. */
	paymentAllocatedBefore: number;
	invoiceKey: string;
	invoiceNumber: string;
	invoiceCurrency: string;
}

/** A payment that bounced or was booked by mistake, with the day it is taken back. */
export interface ReversedPaymentDocument extends PaymentDocument {
	/** Date of the reversal, 'YYYY-MM-DD'; the original entries keep their own date. */
	reversedOn: string;
	/** Shown on the statement (e.g. 'returned by the bank'). */
	reason?: string;
}

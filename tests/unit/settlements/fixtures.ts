import {
	type AllocationDocument,
	type CreditNoteDocument,
	type InvoiceDocument,
	type InvoicePosition,
	invoicePosition,
	type LedgerEntry,
	type PaymentDocument,
	type ReversedAllocation,
} from '../../../packages/crm-core/src/settlements/index.ts';

/** Documents of customer C1 in EUR at rate 1, with what a test does not care about filled in. */
export function invoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
	return { customerId: 'C1', key: 'INV1', number: 'R-1001', date: '2026-01-10', amount: 100_000, currency: 'EUR', rateToBase: '1', baseCurrency: 'EUR', ...overrides };
}

export function creditNote(overrides: Partial<CreditNoteDocument> = {}): CreditNoteDocument {
	return { customerId: 'C1', key: 'CN1', number: 'G-1', date: '2026-01-15', amount: 5_000, currency: 'EUR', rateToBase: '1', baseCurrency: 'EUR', invoiceKey: 'INV1', ...overrides };
}

export function payment(overrides: Partial<PaymentDocument> = {}): PaymentDocument {
	return { customerId: 'C1', key: 'PAY1', number: 'Z-1', date: '2026-01-20', amount: 30_000, currency: 'EUR', rateToBase: '1', baseCurrency: 'EUR', ...overrides };
}

export function allocation(overrides: Partial<AllocationDocument> = {}): AllocationDocument {
	return {
		customerId: 'C1',
		key: 'AL1',
		date: '2026-01-20',
		amount: 30_000,
		currency: 'EUR',
		rateToBase: '1',
		baseCurrency: 'EUR',
		paymentKey: 'PAY1',
		paymentNumber: 'Z-1',
		paymentCurrency: 'EUR',
		paymentAllocatedBefore: 0,
		invoiceKey: 'INV1',
		invoiceNumber: 'R-1001',
		invoiceCurrency: 'EUR',
		...overrides,
	};
}

/** Where `document` stands after `entries` (its own entry among them, or not yet posted when absent). */
export function positionOf(document: InvoiceDocument, entries: readonly LedgerEntry[]): InvoicePosition {
	const { key, number, currency, baseCurrency, amount: gross, rateToBase } = document;
	return invoicePosition({ key, number, currency, baseCurrency, gross, rateToBase }, entries);
}

/** An allocation as a reversal gets it: with the entries it posted, picked from `ledger`. */
export function reversedAllocation(document: AllocationDocument, ledger: readonly LedgerEntry[]): ReversedAllocation {
	const entries = ledger.filter((e) => e.documentCollection === 'crm_payment_allocations' && e.documentKey === document.key);
	return { key: document.key, paymentKey: document.paymentKey, invoiceKey: document.invoiceKey, invoiceNumber: document.invoiceNumber, entries };
}

import { assertSettlementDocument } from './assert-settlement-document.ts';
import { convertToBase } from './convert-to-base.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
import type { InvoiceDocument } from './settlement-documents.ts';

/** An issued invoice opens an item of its own: one entry of +gross on itself. */
export function postInvoice(invoice: InvoiceDocument): LedgerEntry[] {
	// A zero invoice (a fully discounted order) is still a document the statement should show.
	assertSettlementDocument(invoice, { allowZero: true });
	return [
		{
			customerId: invoice.customerId,
			entryDate: invoice.date,
			kind: 'invoice',
			documentCollection: SETTLEMENT_COLLECTIONS.invoice,
			documentKey: invoice.key,
			invoiceKey: invoice.key,
			amount: invoice.amount,
			currency: invoice.currency,
			amountBase: convertToBase(invoice.amount, invoice),
			description: `Invoice ${invoice.number}`,
		},
	];
}

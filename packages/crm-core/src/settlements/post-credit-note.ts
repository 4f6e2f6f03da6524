import { assertSettlementDocument } from './assert-settlement-document.ts';
import { convertToBase } from './convert-to-base.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
import type { CreditNoteDocument } from './settlement-documents.ts';

/**
 * A credit note lowers what the customer owes: −gross on the invoice it credits, or on the customer's
 * unallocated credit when it credits nothing specific (a goodwill credit, a bonus), to be allocated later.
 */
export function postCreditNote(creditNote: CreditNoteDocument): LedgerEntry[] {
	assertSettlementDocument(creditNote);
	return [
		{
			customerId: creditNote.customerId,
			entryDate: creditNote.date,
			kind: 'credit_note',
			documentCollection: SETTLEMENT_COLLECTIONS.creditNote,
			documentKey: creditNote.key,
			invoiceKey: creditNote.invoiceKey,
			amount: -creditNote.amount,
			currency: creditNote.currency,
			amountBase: convertToBase(-creditNote.amount, creditNote),
			description: `Credit note ${creditNote.number}`,
		},
	];
}

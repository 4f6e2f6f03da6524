import { CrmError } from '../errors/crm-error.ts';
import { assertSettlementDocument } from './assert-settlement-document.ts';
import { convertToBase } from './convert-to-base.ts';
import type { InvoicePosition } from './invoice-position.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { postExchangeDifference } from './post-exchange-difference.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
import type { CreditNoteDocument } from './settlement-documents.ts';

/**
 * A credit note lowers what the customer owes: −gross on the invoice it credits, or on the customer's
 * unallocated credit when it credits nothing specific (a goodwill credit, a bonus), to be allocated later.
 * It is booked at its own date's rate; crediting an invoice issued at another rate realises the exchange
 * difference on the credited part (see postExchangeDifference).
 *
 * @param credited where the credited invoice stands before the credit note; null when it credits nothing specific.
 */
export function postCreditNote(creditNote: CreditNoteDocument, credited: InvoicePosition | null): LedgerEntry[] {
	assertSettlementDocument(creditNote);
	if ((credited?.key ?? null) !== creditNote.invoiceKey || (credited !== null && (credited.currency !== creditNote.currency || credited.baseCurrency !== creditNote.baseCurrency))) {
		throw new CrmError('CRM_DOCUMENT_MISMATCH', `Credit note ${creditNote.number} credits ${creditNote.invoiceKey ?? 'no invoice'}, but the invoice facts given are of ${credited?.number ?? 'none'}.`, {
			invoiceKey: creditNote.invoiceKey,
		});
	}
	const entries: LedgerEntry[] = [
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
	return credited === null ? entries : [...entries, ...postExchangeDifference(credited, { entries, rateToBase: creditNote.rateToBase })];
}

import { CrmError } from '../errors/crm-error.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/** The facts of an invoice that its exchange differences are measured against. */
export interface InvoiceTerms {
	key: string;
	number: string;
	currency: string;
	baseCurrency: string;
	/** The invoice's gross total, positive minor units in `currency`. */
	gross: number;
	/** The invoice's own rate to the base currency (the rate of its issue date), exact decimal text. */
	rateToBase: string;
}

/** Where an invoice stands in the ledger: what is open on it, in its currency and in the base currency. */
export interface InvoicePosition extends InvoiceTerms {
	/** Σ amount of the entries on the invoice, its own entry included. */
	open: number;
	/** Σ amountBase of the same entries: what the open amount is carried at in the base currency. */
	openBase: number;
}

/** The position once `entries` are posted; entries on other invoices or on customer credit are ignored. */
export function invoicePositionAfter(position: InvoicePosition, entries: readonly LedgerEntry[]): InvoicePosition {
	let { open, openBase } = position;
	for (const entry of entries) {
		if (entry.invoiceKey !== position.key) continue;
		// Amounts in two currencies cannot be added; such an entry can only come from a bug.
		if (entry.currency !== position.currency) {
			throw new CrmError('CRM_LEDGER_INCONSISTENT', `Ledger entry of ${entry.documentKey} on invoice ${position.number} is in ${entry.currency}, the invoice in ${position.currency}.`, {
				invoiceKey: position.key,
				documentKey: entry.documentKey,
			});
		}
		open += entry.amount;
		openBase += entry.amountBase;
	}
	return { ...position, open, openBase };
}

/** The position of an invoice from its ledger entries (pass at least all entries on the invoice). */
export function invoicePosition(terms: InvoiceTerms, entries: readonly LedgerEntry[]): InvoicePosition {
	return invoicePositionAfter({ ...terms, open: 0, openBase: 0 }, entries);
}

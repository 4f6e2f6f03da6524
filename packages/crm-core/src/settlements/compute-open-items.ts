import { CrmError } from '../errors/crm-error.ts';
import { compareDueOrder } from './compare-due-order.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/** The invoice facts the ledger does not store (number and dates live on the invoice). */
export interface OpenItemInvoice {
	key: string;
	number: string;
	issueDate: string;
	dueDate: string;
	currency: string;
	grossAmount: number;
}

export interface OpenItem {
	key: string;
	number: string;
	issueDate: string;
	dueDate: string;
	currency: string;
	gross: number;
	/** Everything that reduced the item: allocated payments and credit notes (gross − open). */
	paid: number;
	/** Σ of the ledger entries on the invoice; 0 = settled, negative = overpaid. */
	open: number;
}

/**
 * Each invoice with what is still open on it, oldest due first. Open is derived from the ledger alone
 * (the invoice's own entry included), so an invoice that was never posted shows open 0. Entries on
 * invoices that are not in `invoices` are ignored.
 */
export function computeOpenItems(entries: readonly LedgerEntry[], invoices: readonly OpenItemInvoice[]): OpenItem[] {
	const byInvoice = new Map<string, LedgerEntry[]>();
	for (const entry of entries) {
		if (entry.invoiceKey === null) continue;
		const list = byInvoice.get(entry.invoiceKey) ?? [];
		list.push(entry);
		byInvoice.set(entry.invoiceKey, list);
	}

	return invoices
		.map((invoice) => {
			let open = 0;
			for (const entry of byInvoice.get(invoice.key) ?? []) {
				// Amounts in two currencies cannot be added; such an entry can only come from a bug.
				if (entry.currency !== invoice.currency) {
					throw new CrmError('CRM_LEDGER_INCONSISTENT', `Ledger entry of ${entry.documentKey} on invoice ${invoice.number} is in ${entry.currency}, the invoice in ${invoice.currency}.`, {
						invoiceKey: invoice.key,
						documentKey: entry.documentKey,
					});
				}
				open += entry.amount;
			}
			return {
				key: invoice.key,
				number: invoice.number,
				issueDate: invoice.issueDate,
				dueDate: invoice.dueDate,
				currency: invoice.currency,
				gross: invoice.grossAmount,
				paid: invoice.grossAmount - open,
				open,
			};
		})
		.sort(compareDueOrder);
}

import type { LedgerEntry } from './ledger-entry.ts';

export interface UnallocatedCredit {
	currency: string;
	/** Minor units the customer has paid or been credited without it settling an invoice yet. */
	amount: number;
}

/**
 * The customer's money not yet applied to any invoice (−Σ of the entries without an invoice), per
 * currency, sorted by code. Currencies where it is zero are left out; a negative amount would mean more
 * was allocated than received and is returned as it is so the inconsistency stays visible.
 */
export function computeUnallocatedCredit(entries: readonly LedgerEntry[]): UnallocatedCredit[] {
	const byCurrency = new Map<string, number>();
	for (const entry of entries) {
		if (entry.invoiceKey === null) byCurrency.set(entry.currency, (byCurrency.get(entry.currency) ?? 0) - entry.amount);
	}
	return [...byCurrency]
		.filter(([, amount]) => amount !== 0)
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([currency, amount]) => ({ currency, amount }));
}

import type { LedgerEntry } from './ledger-entry.ts';

export interface CurrencyBalance {
	currency: string;
	/** Signed minor units; positive = the customer owes, negative = the customer has credit. */
	balance: number;
}

export interface CustomerBalance {
	/** One row per currency that has entries (a settled currency shows 0), sorted by code. */
	byCurrency: CurrencyBalance[];
	/**
	 * The sum of all entries in the base currency: each document at its own date's rate, and the exchange
	 * differences realised as payments and credit notes settled invoices of other rates. A customer whose
	 * invoices are settled and whose payments are fully allocated is at exactly 0.
	 */
	balanceBase: number;
}

/** What one customer owes, from their ledger entries alone. Pass the entries of one customer. */
export function computeBalance(entries: readonly LedgerEntry[]): CustomerBalance {
	const byCurrency = new Map<string, number>();
	let balanceBase = 0;
	for (const entry of entries) {
		byCurrency.set(entry.currency, (byCurrency.get(entry.currency) ?? 0) + entry.amount);
		balanceBase += entry.amountBase;
	}
	return {
		byCurrency: [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, balance]) => ({ currency, balance })),
		balanceBase,
	};
}

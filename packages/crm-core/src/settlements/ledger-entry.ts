/**
 * What a ledger entry records. The order of this list is also the order in which entries of one day
 * appear on a statement: the debt first, then what reduces it, so a running balance reads naturally;
 * exchange differences last, so each follows the settlement (or the reversal) that realised it.
 */
export const LEDGER_ENTRY_KINDS = ['invoice', 'credit_note', 'payment', 'allocation', 'payment_reversal', 'exchange_difference'] as const;

export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/**
 * One line of a customer's append-only settlement ledger. Entries are never updated or deleted —
 * a correction is a new entry — so every balance can be recomputed and audited from the entries alone.
 */
export interface LedgerEntry {
	customerId: string;
	/** The document's date, 'YYYY-MM-DD'. */
	entryDate: string;
	kind: LedgerEntryKind;
	/** The collection of the document that caused the entry (see SETTLEMENT_COLLECTIONS). */
	documentCollection: string;
	documentKey: string;
	/** The open item (invoice) the entry affects; null = the customer's unallocated credit. */
	invoiceKey: string | null;
	/** Signed minor units in `currency`; positive = the customer owes more. */
	amount: number;
	currency: string;
	/**
	 * `amount` in the base currency, converted at the document date's rate (half-even); an allocation
	 * carries its cumulative share of its payment's. An `exchange_difference` has amount 0 and only a
	 * base amount: positive = realised gain, negative = loss.
	 */
	amountBase: number;
	description: string;
	/** When the entry was recorded (ISO instant), where known: orders a day's entries as they happened. */
	postedAt?: string | null;
}

import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent } from '../money/currency.ts';
import { assertIsoDay } from '../calendar/calendar-day.ts';
import { LEDGER_ENTRY_KINDS, type LedgerEntry, type LedgerEntryKind } from './ledger-entry.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';

export interface StatementInput {
	customer: { id: string; name: string };
	/** First day of the period, inclusive, 'YYYY-MM-DD'. */
	from: string;
	/** Last day of the period, inclusive, 'YYYY-MM-DD'. */
	to: string;
	/** The ledger entries; entries of other customers are ignored. */
	entries: readonly LedgerEntry[];
	baseCurrency: string;
	/**
	 * The one currency the statement is in (default: the base currency). In the base currency every
	 * entry is shown by its amountBase, so the statement covers all the customer's currencies and the
	 * realised exchange differences; in any other currency only the entries in that currency are shown,
	 * by their amount (exchange differences have none there).
	 */
	currency?: string;
}

export interface StatementMovement {
	date: string;
	kind: LedgerEntryKind;
	documentKey: string;
	/** The document's description, e.g. 'Invoice R-1001'. */
	description: string;
	/** What the entry adds to the debt (0 or more). */
	debit: number;
	/** What the entry takes off the debt (0 or more). */
	credit: number;
	/** The balance after this movement. */
	runningBalance: number;
}

export interface Statement {
	customer: { id: string; name: string };
	currency: string;
	from: string;
	to: string;
	/** The balance of every entry before `from`. */
	openingBalance: number;
	movements: StatementMovement[];
	totalDebit: number;
	totalCredit: number;
	/** openingBalance + totalDebit − totalCredit. */
	closingBalance: number;
}

const KIND_ORDER: ReadonlyMap<LedgerEntryKind, number> = new Map(LEDGER_ENTRY_KINDS.map((kind, i) => [kind, i]));

/** By day, then as recorded, then by document number (in the description), so a day's payments list as they came in. */
function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
	if (a.entryDate !== b.entryDate) return a.entryDate < b.entryDate ? -1 : 1;
	const [aAt, bAt] = [a.postedAt ?? '', b.postedAt ?? ''];
	if (aAt !== bAt && aAt !== '' && bAt !== '') return aAt < bAt ? -1 : 1;
	if (a.kind === b.kind && a.description !== b.description) return a.description.localeCompare(b.description, 'en', { numeric: true });
	const byKind = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
	if (byKind !== 0) return byKind;
	if (a.documentKey !== b.documentKey) return a.documentKey < b.documentKey ? -1 : 1;
	if (a.invoiceKey === b.invoiceKey) return 0;
	if (a.invoiceKey === null) return -1;
	if (b.invoiceKey === null) return 1;
	return a.invoiceKey < b.invoiceKey ? -1 : 1;
}

/**
 * The entries of an allocation that only move money between the customer's credit and an invoice;
 * the exchange difference an allocation realises does change the balance.
 */
function isAllocationPair(entry: LedgerEntry): boolean {
	return entry.documentCollection === SETTLEMENT_COLLECTIONS.allocation && entry.kind !== 'exchange_difference';
}

/**
 * An allocation (and the undo of one in a payment reversal) only moves money between the customer's
 * credit and an invoice: it must be exactly one pair, credit side and invoice side, equal and opposite
 * in amount and in amountBase. The statement leaves these pairs out, which is only right if that holds.
 */
function assertAllocationPairs(entries: readonly LedgerEntry[]): void {
	const groups = new Map<string, LedgerEntry[]>();
	for (const entry of entries) {
		if (!isAllocationPair(entry)) continue;
		const id = `${entry.kind}\u0000${entry.documentKey}`;
		groups.set(id, [...(groups.get(id) ?? []), entry]);
	}
	for (const group of groups.values()) {
		const [a, b] = group;
		const balanced =
			group.length === 2 &&
			a !== undefined &&
			b !== undefined &&
			a.currency === b.currency &&
			(a.invoiceKey === null) !== (b.invoiceKey === null) &&
			a.amount + b.amount === 0 &&
			a.amountBase + b.amountBase === 0;
		if (!balanced) {
			const documentKey = group[0]?.documentKey;
			throw new CrmError('CRM_LEDGER_INCONSISTENT', `The ${group[0]?.kind} entries of allocation ${documentKey} do not form one pair that nets to zero.`, { documentKey });
		}
	}
}

/**
 * A customer's statement of account for a period, in one currency (see `currency` for the rule).
 * Allocation pairs are omitted from the movements: they change which invoice is open, not what the
 * customer owes, and a statement lists what changed the balance. The exchange differences realised by
 * allocations and credit notes are listed, in the base currency.
 */
export function buildStatement(input: StatementInput): Statement {
	const { customer, from, to, baseCurrency } = input;
	const currency = input.currency ?? baseCurrency;
	assertIsoDay(from, 'from');
	assertIsoDay(to, 'to');
	if (from > to) throw new CrmError('CRM_OUT_OF_RANGE', `The statement period must not end (${to}) before it starts (${from}).`, { field: 'to' });
	currencyExponent(baseCurrency);
	currencyExponent(currency);

	const inBase = currency === baseCurrency;
	const entries = input.entries.filter((e) => e.customerId === customer.id && e.entryDate <= to && (inBase || (e.currency === currency && e.kind !== 'exchange_difference')));
	assertAllocationPairs(entries);
	const valueOf = (entry: LedgerEntry) => (inBase ? entry.amountBase : entry.amount);

	let openingBalance = 0;
	for (const entry of entries) if (entry.entryDate < from) openingBalance += valueOf(entry);

	let runningBalance = openingBalance;
	let totalDebit = 0;
	let totalCredit = 0;
	const movements = entries
		.filter((e) => e.entryDate >= from && !isAllocationPair(e))
		.sort(compareEntries)
		.map((entry): StatementMovement => {
			const value = valueOf(entry);
			const debit = value > 0 ? value : 0;
			const credit = value < 0 ? -value : 0;
			runningBalance += value;
			totalDebit += debit;
			totalCredit += credit;
			return { date: entry.entryDate, kind: entry.kind, documentKey: entry.documentKey, description: entry.description, debit, credit, runningBalance };
		});

	return { customer: { id: customer.id, name: customer.name }, currency, from, to, openingBalance, movements, totalDebit, totalCredit, closingBalance: runningBalance };
}

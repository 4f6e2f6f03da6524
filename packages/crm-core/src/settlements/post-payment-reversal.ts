import { CrmError } from '../errors/crm-error.ts';
import { assertSettlementDocument } from './assert-settlement-document.ts';
import { assertIsoDay } from '../calendar/calendar-day.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { postPayment } from './post-payment.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
import type { ReversedPaymentDocument } from './settlement-documents.ts';

/** An allocation of the payment being reversed, with the entries it posted. */
export interface ReversedAllocation {
	key: string;
	paymentKey: string;
	invoiceKey: string;
	invoiceNumber: string;
	/** The ledger entries of the allocation as stored: its pair and its exchange difference, if any. */
	entries: readonly LedgerEntry[];
}

const UNDONE_KINDS: ReadonlySet<LedgerEntry['kind']> = new Set(['allocation', 'exchange_difference']);

function assertReversible(payment: ReversedPaymentDocument, allocations: readonly ReversedAllocation[]): void {
	const seen = new Set<string>();
	for (const allocation of allocations) {
		const foreign = allocation.entries.find((e) => e.customerId !== payment.customerId || e.documentCollection !== SETTLEMENT_COLLECTIONS.allocation || e.documentKey !== allocation.key);
		if (allocation.paymentKey !== payment.key || foreign) {
			throw new CrmError('CRM_DOCUMENT_MISMATCH', `Allocation ${allocation.key} does not belong to payment ${payment.number}.`, { allocationKey: allocation.key, paymentKey: payment.key });
		}
		if (seen.has(allocation.key)) throw new CrmError('CRM_DOCUMENT_MISMATCH', `Allocation ${allocation.key} is listed twice.`, { allocationKey: allocation.key });
		seen.add(allocation.key);
		// Undoing an undo, or a pair that is not one, would leave the ledger worse than it is.
		const pair = allocation.entries.filter((e) => e.kind === 'allocation');
		const intact = pair.length === 2 && pair.some((e) => e.invoiceKey === null) && pair.some((e) => e.invoiceKey === allocation.invoiceKey);
		const strays = allocation.entries.filter((e) => !UNDONE_KINDS.has(e.kind) || (e.kind === 'exchange_difference' && e.invoiceKey !== allocation.invoiceKey));
		if (!intact || strays.length > 0) {
			throw new CrmError('CRM_LEDGER_INCONSISTENT', `The entries of allocation ${allocation.key} are not one allocation pair and its exchange differences.`, { documentKey: allocation.key });
		}
	}
}

/**
 * Undoes a payment and all of its allocations with new entries (the ledger is append-only): every
 * original entry is repeated with amount and amountBase negated, dated on the reversal day. Negating
 * the stored base amounts — instead of converting again at the reversal day's rate — is what makes
 * the undo exact in the base currency too.
 *
 * The undo of an allocation pair keeps pointing at the allocation document, so (collection, key,
 * invoiceKey, kind) stays unique even when two allocations of the payment settled the same invoice.
 * For the same reason the exchange differences are undone per invoice under the payment: one
 * `exchange_difference` entry of minus their sum, none when they sum to zero.
 */
export function postPaymentReversal(payment: ReversedPaymentDocument, allocations: readonly ReversedAllocation[]): LedgerEntry[] {
	assertSettlementDocument(payment);
	assertIsoDay(payment.reversedOn, 'reversedOn');
	if (payment.reversedOn < payment.date) {
		throw new CrmError('CRM_OUT_OF_RANGE', `A payment cannot be reversed (${payment.reversedOn}) before it was received (${payment.date}).`, { field: 'reversedOn' });
	}
	assertReversible(payment, allocations);

	const reason = payment.reason ? `: ${payment.reason}` : '';
	// An exchange difference has amount 0, which must stay 0 rather than become −0.
	const negate = (n: number) => (n === 0 ? 0 : -n);
	const undo = (entry: LedgerEntry, kind: LedgerEntry['kind'], description: string): LedgerEntry => ({
		...entry,
		entryDate: payment.reversedOn,
		kind,
		amount: negate(entry.amount),
		amountBase: negate(entry.amountBase),
		description: `${description}${reason}`,
	});

	const differences = new Map<string, { invoiceNumber: string; entry: LedgerEntry }>();
	for (const allocation of allocations) {
		for (const entry of allocation.entries.filter((e) => e.kind === 'exchange_difference')) {
			const sum = differences.get(allocation.invoiceKey)?.entry;
			const merged = { ...entry, documentCollection: SETTLEMENT_COLLECTIONS.payment, documentKey: payment.key, amountBase: (sum?.amountBase ?? 0) + entry.amountBase };
			differences.set(allocation.invoiceKey, { invoiceNumber: allocation.invoiceNumber, entry: merged });
		}
	}

	return [
		...allocations.flatMap((allocation) =>
			allocation.entries
				.filter((e) => e.kind === 'allocation')
				.map((entry) => undo(entry, 'payment_reversal', `Reversal of payment ${payment.number} allocated to invoice ${allocation.invoiceNumber}`)),
		),
		...postPayment(payment).map((entry) => undo(entry, 'payment_reversal', `Reversal of payment ${payment.number}`)),
		...[...differences.values()]
			.filter(({ entry }) => entry.amountBase !== 0)
			.map(({ invoiceNumber, entry }) => undo(entry, 'exchange_difference', `Reversal of exchange ${entry.amountBase > 0 ? 'gain' : 'loss'} on invoice ${invoiceNumber}: payment ${payment.number} reversed`)),
	];
}

import { CrmError } from '../errors/crm-error.ts';
import { assertSettlementDocument } from './assert-settlement-document.ts';
import { assertIsoDay } from '../calendar/calendar-day.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { postAllocation } from './post-allocation.ts';
import { postPayment } from './post-payment.ts';
import type { AllocationDocument, ReversedPaymentDocument } from './settlement-documents.ts';

/**
 * Undoes a payment and all of its allocations with new entries (the ledger is append-only): every
 * original entry is repeated with amount and amountBase negated, dated on the reversal day. Negating
 * the original base amounts — instead of converting again at the reversal day's rate — is what makes
 * the undo exact in the base currency too.
 *
 * The undo of an allocation keeps pointing at the allocation document, so (collection, key, invoiceKey)
 * stays unique even when two allocations of the payment settled the same invoice.
 */
export function postPaymentReversal(payment: ReversedPaymentDocument, allocations: readonly AllocationDocument[]): LedgerEntry[] {
	assertSettlementDocument(payment);
	assertIsoDay(payment.reversedOn, 'reversedOn');
	if (payment.reversedOn < payment.date) {
		throw new CrmError('CRM_OUT_OF_RANGE', `A payment cannot be reversed (${payment.reversedOn}) before it was received (${payment.date}).`, { field: 'reversedOn' });
	}

	const seen = new Set<string>();
	for (const allocation of allocations) {
		if (allocation.paymentKey !== payment.key || allocation.customerId !== payment.customerId) {
			throw new CrmError('CRM_DOCUMENT_MISMATCH', `Allocation ${allocation.key} does not belong to payment ${payment.number}.`, { allocationKey: allocation.key, paymentKey: payment.key });
		}
		if (seen.has(allocation.key)) throw new CrmError('CRM_DOCUMENT_MISMATCH', `Allocation ${allocation.key} is listed twice.`, { allocationKey: allocation.key });
		seen.add(allocation.key);
	}

	const reason = payment.reason ? `: ${payment.reason}` : '';
	const undo = (entry: LedgerEntry, description: string): LedgerEntry => ({
		...entry,
		entryDate: payment.reversedOn,
		kind: 'payment_reversal',
		amount: -entry.amount,
		amountBase: -entry.amountBase,
		description: `${description}${reason}`,
	});

	return [
		...allocations.flatMap((allocation) =>
			postAllocation(allocation).map((entry) => undo(entry, `Reversal of payment ${payment.number} allocated to invoice ${allocation.invoiceNumber}`)),
		),
		...postPayment(payment).map((entry) => undo(entry, `Reversal of payment ${payment.number}`)),
	];
}

import { assertSettlementDocument } from './assert-settlement-document.ts';
import { convertToBase } from './convert-to-base.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
import type { PaymentDocument } from './settlement-documents.ts';

/**
 * A payment first becomes unallocated credit (−amount on null); allocations then move it onto
 * invoices. Keeping receipt and allocation apart lets money arrive before anyone knows what it pays.
 */
export function postPayment(payment: PaymentDocument): LedgerEntry[] {
	assertSettlementDocument(payment);
	return [
		{
			customerId: payment.customerId,
			entryDate: payment.date,
			kind: 'payment',
			documentCollection: SETTLEMENT_COLLECTIONS.payment,
			documentKey: payment.key,
			invoiceKey: null,
			amount: -payment.amount,
			currency: payment.currency,
			amountBase: convertToBase(-payment.amount, payment),
			description: `Payment ${payment.number}`,
		},
	];
}

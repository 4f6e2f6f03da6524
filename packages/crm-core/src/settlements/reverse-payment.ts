import { CrmError } from '../errors/crm-error.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { postPaymentReversal } from './post-payment-reversal.ts';
import { settleInvoices } from './settle-invoices.ts';
import type { PostedPayment, SettlementBook, SettlementEffects } from './settlement-book.ts';

export interface ReversePaymentFacts {
	/** The invoices the payment's allocations settled (locked), their orders and those orders' other invoices. */
	book: SettlementBook;
	payment: PostedPayment;
	/** The payment's allocations with the ledger entries each posted (pair and exchange difference). */
	allocations: readonly { id: string; invoiceId: string; entries: readonly LedgerEntry[] }[];
}

export interface ReversePaymentPlan extends SettlementEffects {
	ledger: LedgerEntry[];
	payment: { id: string; status: 'reversed'; reversedAt: string; reason: string; unallocated: 0 };
}

/**
 * S4 — a payment that bounced or was booked by mistake is reversed once: the entries its allocations
 * posted are undone exactly, the payment's own entry is taken back on the reversal day (today, or the
 * payment's own day when it lies ahead), and the invoices and orders it settled reopen.
 */
export function reversePayment(facts: ReversePaymentFacts, reason: string, today: string, now: string): ReversePaymentPlan {
	const { book, payment } = facts;
	if (payment.status !== 'posted') throw new CrmError('CRM_INVALID_TRANSITION', `Payment ${payment.number} is already ${payment.status}; a payment is reversed once.`, { field: 'status', from: payment.status, to: 'reversed', allowed: [] });
	const reversedOn = today < payment.receivedOn ? payment.receivedOn : today;
	const reversed = facts.allocations.map((a) => ({ key: a.id, paymentKey: payment.id, invoiceKey: a.invoiceId, invoiceNumber: book.invoices.get(a.invoiceId)!.number, entries: a.entries }));
	const document = { customerId: payment.customerId, key: payment.id, number: payment.number, date: payment.receivedOn, amount: payment.amount, currency: payment.currency, rateToBase: payment.fxRate, baseCurrency: book.baseCurrency, reversedOn, reason };
	const ledger = postPaymentReversal(document, reversed);
	return { ledger, payment: { id: payment.id, status: 'reversed', reversedAt: now, reason, unallocated: 0 }, ...settleInvoices(book, book.lockedKeys, ledger) };
}

import { CrmError, isCrmError } from '../errors/crm-error.ts';
import { invoicePosition, type InvoicePosition } from './invoice-position.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { RequestedAllocation } from './parse-settlement-requests.ts';
import { planAllocation } from './plan-allocation.ts';
import { postAllocation } from './post-allocation.ts';
import { settleInvoices } from './settle-invoices.ts';
import type { AllocationDraft, PostedPayment, SettlementBook, SettlementEffects, SettlementInvoice } from './settlement-book.ts';

/** The allocations of a payment, their ledger pairs and exchange differences, and what they settle. */
export interface PaymentAllocationPlan extends SettlementEffects {
	allocations: AllocationDraft[];
	ledger: LedgerEntry[];
	/** What stays on the payment as customer credit. */
	unallocated: number;
}

/** The domain names the request's lines `requested[i]`; the API calls them `allocations[i]`. */
function inRequestTerms<T>(fn: () => T): T {
	try {
		return fn();
	} catch (error) {
		const field = isCrmError(error) ? error.details['field'] : undefined;
		if (!isCrmError(error) || typeof field !== 'string' || !field.startsWith('requested')) throw error;
		throw new CrmError(error.code, error.message, { ...error.details, field: field.replace(/^requested/, 'allocations') });
	}
}

const positionOf = (i: SettlementInvoice, baseCurrency: string): InvoicePosition => invoicePosition({ key: i.key, number: i.number, currency: i.currency, baseCurrency, gross: i.gross, rateToBase: i.rateToBase }, i.entries);

/**
 * S4 — allocates what is left of a payment to the requested invoices, or oldest due first: one
 * allocation per invoice with its ledger pair at the payment's rate (and the realised exchange
 * difference against the invoice's), the payment's remainder as customer credit, and the invoices
 * and orders this settles. `newKey` names each new allocation.
 */
export function allocatePayment(book: SettlementBook, payment: PostedPayment, requested: readonly RequestedAllocation[] | undefined, day: string, newKey: () => string): PaymentAllocationPlan {
	const locked = book.lockedKeys.map((k) => book.invoices.get(k)!);
	const positions = new Map(locked.map((i) => [i.key, positionOf(i, book.baseCurrency)]));
	const plan = inRequestTerms(() =>
		planAllocation({
			payment: { amount: payment.amount, currency: payment.currency, alreadyAllocated: payment.alreadyAllocated },
			invoices: locked.map((i) => ({ key: i.key, number: i.number, currency: i.currency, open: positions.get(i.key)!.open, dueDate: i.dueDate })),
			...(requested !== undefined ? { requested: requested.map((r) => ({ invoiceKey: r.invoiceKey, amount: r.amount })) } : {}),
		}),
	);
	const allocations: AllocationDraft[] = [];
	const ledger: LedgerEntry[] = [];
	let allocatedBefore = payment.alreadyAllocated;
	for (const line of plan.lines) {
		const invoice = book.invoices.get(line.invoiceKey)!;
		const id = newKey();
		allocations.push({ id, paymentId: payment.id, invoiceId: line.invoiceKey, amount: line.amount, allocatedOn: day });
		const document = { customerId: payment.customerId, key: id, date: day, amount: line.amount, currency: payment.currency, rateToBase: payment.fxRate, baseCurrency: book.baseCurrency, paymentKey: payment.id, paymentNumber: payment.number, paymentCurrency: payment.currency, paymentAllocatedBefore: allocatedBefore, invoiceKey: line.invoiceKey, invoiceNumber: line.invoiceNumber, invoiceCurrency: invoice.currency };
		// A plan names an invoice once, so the position before the plan is still the invoice's.
		ledger.push(...postAllocation(document, positions.get(line.invoiceKey)!));
		allocatedBefore += line.amount;
	}
	return { allocations, ledger, unallocated: plan.unallocated, ...settleInvoices(book, plan.lines.map((l) => l.invoiceKey), ledger) };
}

/** Allocating later (POST /payments/:id/allocations): only a posted payment, dated today or, for a payment dated ahead, its own day. */
export function allocatePostedPayment(book: SettlementBook, payment: PostedPayment, requested: readonly RequestedAllocation[] | undefined, today: string, newKey: () => string): PaymentAllocationPlan {
	if (payment.status !== 'posted') throw new CrmError('CRM_INVALID_TRANSITION', `Payment ${payment.number} is ${payment.status}; only a posted payment can be allocated.`, { field: 'status', from: payment.status });
	return allocatePayment(book, payment, requested, today < payment.receivedOn ? payment.receivedOn : today, newKey);
}

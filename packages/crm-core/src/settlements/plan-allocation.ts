import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent } from '../money/currency.ts';
import { assertMinorUnits } from './assert-settlement-document.ts';
import { compareDueOrder } from './compare-due-order.ts';

export interface AllocationPlanInput {
	payment: {
		/** What arrived, positive minor units. */
		amount: number;
		currency: string;
		/** What earlier allocations of this payment already used. */
		alreadyAllocated: number;
	};
	/** The customer's open items (computeOpenItems' result fits). */
	invoices: readonly { key: string; number: string; currency: string; open: number; dueDate: string }[];
	/** The customer's or the clerk's choice; without it the oldest due invoices are settled first. */
	requested?: readonly { invoiceKey: string; amount: number }[];
}

export interface AllocationPlanLine {
	invoiceKey: string;
	invoiceNumber: string;
	amount: number;
	/** The invoice's open amount once this line is posted. */
	openAfter: number;
}

export interface AllocationPlan {
	currency: string;
	lines: AllocationPlanLine[];
	/** Σ of the lines. */
	allocated: number;
	/** What stays on the payment as customer credit after the plan (payment − already allocated − allocated). */
	unallocated: number;
}

/**
 * Decides how much of a payment goes onto which invoice, without posting anything. An invoice is
 * never allocated more than its open amount and a payment never more than it has left: both would
 * create money out of nothing. What is left over stays as the customer's unallocated credit.
 */
export function planAllocation(input: AllocationPlanInput): AllocationPlan {
	const { payment, invoices, requested } = input;
	assertMinorUnits(payment.amount, 'payment.amount');
	assertMinorUnits(payment.alreadyAllocated, 'payment.alreadyAllocated', true);
	currencyExponent(payment.currency);
	const available = payment.amount - payment.alreadyAllocated;
	if (available < 0) {
		throw new CrmError('CRM_PAYMENT_EXCEEDED', `The payment of ${payment.amount} has already been allocated ${payment.alreadyAllocated}.`, { field: 'payment.alreadyAllocated' });
	}

	const lines = requested === undefined ? planOldestDueFirst(payment.currency, available, invoices) : checkRequested(payment.currency, available, invoices, requested);
	const allocated = lines.reduce((sum, line) => sum + line.amount, 0);
	return { currency: payment.currency, lines, allocated, unallocated: available - allocated };
}

function planOldestDueFirst(currency: string, available: number, invoices: AllocationPlanInput['invoices']): AllocationPlanLine[] {
	const lines: AllocationPlanLine[] = [];
	let left = available;
	// Other currencies cannot be settled with this payment; items with nothing open need nothing.
	for (const invoice of invoices.filter((i) => i.currency === currency && i.open > 0).sort(compareDueOrder)) {
		if (left === 0) break;
		const amount = Math.min(left, invoice.open);
		lines.push({ invoiceKey: invoice.key, invoiceNumber: invoice.number, amount, openAfter: invoice.open - amount });
		left -= amount;
	}
	return lines;
}

function checkRequested(
	currency: string,
	available: number,
	invoices: AllocationPlanInput['invoices'],
	requested: NonNullable<AllocationPlanInput['requested']>,
): AllocationPlanLine[] {
	const byKey = new Map(invoices.map((invoice) => [invoice.key, invoice]));
	const seen = new Set<string>();
	const lines = requested.map((request, index) => {
		const field = `requested[${index}]`;
		const invoice = byKey.get(request.invoiceKey);
		if (!invoice) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Invoice ${request.invoiceKey} is not an open item of this customer.`, { field, invoiceKey: request.invoiceKey });
		// Two lines on one invoice would each pass the open check and together exceed it.
		if (seen.has(invoice.key)) throw new CrmError('CRM_INVALID_PAYLOAD', `Invoice ${invoice.number} is named twice; give one amount per invoice.`, { field, invoiceKey: invoice.key });
		seen.add(invoice.key);
		assertMinorUnits(request.amount, `${field}.amount`);
		if (invoice.currency !== currency) {
			throw new CrmError('CRM_CURRENCY_MISMATCH', `Invoice ${invoice.number} is in ${invoice.currency}; a ${currency} payment cannot settle it.`, { field, invoiceKey: invoice.key });
		}
		if (request.amount > invoice.open) {
			throw new CrmError('CRM_OVER_ALLOCATION', `Invoice ${invoice.number} has only ${invoice.open} open; ${request.amount} cannot be allocated to it.`, {
				field,
				invoiceKey: invoice.key,
				open: invoice.open,
				requested: request.amount,
			});
		}
		return { invoiceKey: invoice.key, invoiceNumber: invoice.number, amount: request.amount, openAfter: invoice.open - request.amount };
	});

	const total = lines.reduce((sum, line) => sum + line.amount, 0);
	if (total > available) {
		throw new CrmError('CRM_PAYMENT_EXCEEDED', `The allocations add up to ${total} but only ${available} of the payment is left.`, { field: 'requested', available, requested: total });
	}
	return lines;
}

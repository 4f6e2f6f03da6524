import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent } from '../money/currency.ts';
import type { OrderStatus } from './order-status.ts';

/** The parts of an order that statuses require; anything may still be missing while it is a draft. */
export interface OrderReadinessFacts {
	customerId?: string | null;
	currency?: string | null;
	cancelReason?: string | null;
	lines?: readonly OrderReadinessLine[] | null;
}

export interface OrderReadinessLine {
	productId?: string | null;
	quantityMilli?: number | null;
	/** Minor units; 0 is a price (a free item), null is not. */
	unitPrice?: number | null;
}

// Statuses from confirmed on are commitments to the customer: the order must stay complete in all of them.
const NEEDS_COMPLETE_ORDER: readonly OrderStatus[] = ['confirmed', 'partially_shipped', 'shipped', 'invoiced', 'paid', 'closed'];

function isFilled(value: string | null | undefined): boolean {
	return typeof value === 'string' && value.trim() !== '';
}

function missingForCompleteOrder(order: OrderReadinessFacts): string[] {
	const missing: string[] = [];
	if (!isFilled(order.customerId)) missing.push('customerId');
	if (!isFilled(order.currency)) missing.push('currency');
	const lines = order.lines ?? [];
	if (lines.length === 0) missing.push('lines');
	lines.forEach((line, i) => {
		if (!isFilled(line.productId)) missing.push(`lines[${i}].productId`);
		const quantity = line.quantityMilli;
		if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity <= 0) missing.push(`lines[${i}].quantityMilli`);
		const price = line.unitPrice;
		if (typeof price !== 'number' || !Number.isSafeInteger(price) || price < 0) missing.push(`lines[${i}].unitPrice`);
	});
	return missing;
}

/**
 * Throws CRM_ORDER_INCOMPLETE (400) when `order` lacks what `status` needs: from confirmed on, a
 * customer, a currency and at least one line, every line with a product, a quantity > 0 and a price
 * (0 allowed); to cancel, a cancel reason (so that lost sales can be analysed). details.field is the
 * first missing field, details.fields all of them, so a form can mark every one at once. A currency
 * that is not an ISO code is CRM_INVALID_CURRENCY.
 */
export function assertOrderReadyFor(status: OrderStatus, order: OrderReadinessFacts): void {
	let missing: string[] = [];
	if (status === 'cancelled' && !isFilled(order.cancelReason)) missing = ['cancelReason'];
	if (NEEDS_COMPLETE_ORDER.includes(status)) missing = missingForCompleteOrder(order);

	if (missing.length > 0) {
		throw new CrmError('CRM_ORDER_INCOMPLETE', `The order cannot become "${status}" without: ${missing.join(', ')}.`, { field: missing[0], fields: missing, status });
	}
	if (NEEDS_COMPLETE_ORDER.includes(status)) currencyExponent(order.currency ?? '');
}

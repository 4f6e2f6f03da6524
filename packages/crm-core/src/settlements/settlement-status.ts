import type { OrderStatus } from '../orders/order-status.ts';

/**
 * What settling (or un-settling) an order's invoices does to the order. An invoiced order whose
 * invoices are all settled becomes paid; a paid order with something open again (a payment reversal)
 * goes back to invoiced. Every other status is left alone: a closed order is archived, and an order
 * still being shipped is not "invoiced" yet even when its first invoice is paid.
 *
 * The step paid → invoiced is deliberately not in the order state machine (ORDER_TRANSITIONS): it is
 * not a step anyone may choose, only the consequence of a reversed payment, so the UI must never offer
 * it. The forward step still goes through assertOrderTransition at the call site.
 *
 * @param openAmounts what is open on each invoice of the order (credit notes excluded); an empty list
 *   means the order has no invoice and nothing changes.
 */
export function orderStatusAfterSettlement(current: OrderStatus, openAmounts: readonly number[]): OrderStatus {
	if (openAmounts.length === 0) return current;
	const settled = openAmounts.every((open) => open <= 0);
	if (current === 'invoiced' && settled) return 'paid';
	if (current === 'paid' && !settled) return 'invoiced';
	return current;
}

import { ORDER_STATUSES, type OrderStatus } from '../orders/order-status.ts';
import { nextOrderStatuses } from '../orders/order-transitions.ts';
import { QUOTE_STATUSES, type QuoteStatus, nextQuoteStatuses } from '../orders/quote-status.ts';

/** Proposals still in play: those with a step ahead (draft, sent); accepted, rejected and expired are final. */
export const OPEN_QUOTE_STATUSES: readonly QuoteStatus[] = QUOTE_STATUSES.filter((status) => nextQuoteStatuses(status).length > 0);

/**
 * Orders still under way: those with a step ahead other than closing or cancelling — from a draft still to
 * be confirmed up to an invoiced order still to be paid. A paid order only waits to be archived (closed);
 * closed and cancelled orders are done.
 */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((status) => nextOrderStatuses(status).some((next) => next !== 'closed' && next !== 'cancelled'));

export function isOpenQuoteStatus(status: string): boolean {
	return (OPEN_QUOTE_STATUSES as readonly string[]).includes(status);
}

export function isOpenOrderStatus(status: string): boolean {
	return (OPEN_ORDER_STATUSES as readonly string[]).includes(status);
}

import { CrmError } from '../errors/crm-error.ts';
import type { OrderStatus } from '../orders/order-status.ts';
import type { FulfilmentOrder } from './fulfilment-facts.ts';

/** Orders that can ship: confirmed, or shipped in part. */
export const SHIPPABLE_STATUSES: readonly OrderStatus[] = ['confirmed', 'partially_shipped'];
// An order becomes `invoiced` only once every line is shipped and invoiced in full, so an invoiced (or later)
// order has nothing left to bill: invoicing is for partially shipped and shipped orders.
export const INVOICEABLE_STATUSES: readonly OrderStatus[] = ['partially_shipped', 'shipped'];

const words = (s: string) => s.replaceAll('_', ' ');

/** CRM_INVALID_TRANSITION (409) unless the order is in one of `allowed`, saying what it is and what `action` needs. */
export function requireOrderStatus(order: Pick<FulfilmentOrder, 'number' | 'status'>, allowed: readonly OrderStatus[], action: string): void {
	if (allowed.includes(order.status)) return;
	throw new CrmError('CRM_INVALID_TRANSITION', `Order ${order.number} is ${words(order.status)}: only ${words(allowed.join(' or '))} orders can ${action}.`, {
		field: 'status',
		from: order.status,
		allowed,
	});
}

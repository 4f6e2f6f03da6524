/**
 * The life of a sales order, in order. `partially_shipped` and `shipped` follow from posted shipments
 * (see deriveFulfilmentStatus); `cancelled` is only reachable before anything has left the warehouse.
 */
export const ORDER_STATUSES = ['draft', 'confirmed', 'partially_shipped', 'shipped', 'invoiced', 'paid', 'closed', 'cancelled'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

export function isOrderStatus(value: unknown): value is OrderStatus {
	return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

/**
 * Orders that do not count as sales: a draft was never placed, a cancelled order was taken back. Segments,
 * budgets, attribution, channel analysis and usual baskets all leave them out.
 */
export const UNCOUNTED_ORDER_STATUSES: readonly OrderStatus[] = ['draft', 'cancelled'];

export function isCountedOrderStatus(status: string): boolean {
	return !(UNCOUNTED_ORDER_STATUSES as readonly string[]).includes(status);
}

/**
 * The life of a sales order, in order. `partially_shipped` and `shipped` follow from posted shipments
 * (see deriveFulfilmentStatus); `cancelled` is only reachable before anything has left the warehouse.
 */
export const ORDER_STATUSES = ['draft', 'confirmed', 'partially_shipped', 'shipped', 'invoiced', 'paid', 'closed', 'cancelled'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

export function isOrderStatus(value: unknown): value is OrderStatus {
	return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

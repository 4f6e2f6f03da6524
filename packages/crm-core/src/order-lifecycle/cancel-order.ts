import { assertOrderReadyFor } from '../orders/order-readiness.ts';
import { assertOrderTransition } from '../orders/order-transitions.ts';
import type { OrderStepPlan } from './confirm-order.ts';
import type { OrderStepLine, OrderStepOrder } from './order-step-facts.ts';

/** S5 — cancels an order with a reason: what it still holds reserved goes back, and so do the offer and code uses it claimed. */
export function cancelOrder(facts: { order: OrderStepOrder; lines: readonly OrderStepLine[] }, request: { reason?: string }): OrderStepPlan {
	const { order } = facts;
	assertOrderTransition(order.status, 'cancelled');
	assertOrderReadyFor('cancelled', { cancelReason: request.reason ?? null });
	const holding = order.warehouseId === null ? [] : facts.lines.filter((l) => l.reservedMilli > 0 && l.productId !== null);
	return {
		stock: holding.map((l) => ({ warehouseId: order.warehouseId!, productId: l.productId!, reservedDeltaMilli: -l.reservedMilli })),
		lines: holding.map((l) => ({ lineId: l.id, reservedMilli: 0 })),
		order: { status: 'cancelled', cancel_reason: request.reason },
		releaseClaims: true,
	};
}

/** S5 — closing is the last step once an order is paid: nothing changes but the status, which only the CRM sets. */
export function closeOrder(facts: { order: OrderStepOrder }): OrderStepPlan {
	assertOrderTransition(facts.order.status, 'closed');
	return { stock: [], lines: [], order: { status: 'closed' }, releaseClaims: false };
}

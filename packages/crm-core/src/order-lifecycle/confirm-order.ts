import { CrmError } from '../errors/crm-error.ts';
import { assertCreditAllowed } from '../orders/credit-check.ts';
import { assertOrderReadyFor } from '../orders/order-readiness.ts';
import { assertOrderTransition } from '../orders/order-transitions.ts';
import { planReservation } from '../orders/plan-reservation.ts';
import type { LineKind } from '../orders/stock-level.ts';
import type { KeyedStockLevel } from '../fulfilment/fulfilment-facts.ts';
import { reservationLinesOf } from './choose-warehouse.ts';
import type { CreditExposure } from './credit-exposure.ts';
import type { OrderActor, OrderChanges, OrderStepLine, OrderStepOrder } from './order-step-facts.ts';

export interface ConfirmOrderFacts {
	order: OrderStepOrder;
	lines: readonly OrderStepLine[];
	kinds: ReadonlyMap<string, LineKind>;
	/** Where the goods are reserved (the order's warehouse, else chooseWarehouse's pick) with its stock of the order's products, locked; null when there is none. */
	warehouse: { id: string; stock: readonly KeyedStockLevel[] } | null;
	credit: CreditExposure;
	actor: OrderActor;
	today: string;
	/** ISO instant of the step. */
	now: string;
	maxOverdueDays: number;
	baseCurrency: string;
}

export interface ConfirmOrderRequest {
	/** A manager's reason to override a credit block; `overrideAsked` is true when the field was sent at all (even empty). */
	overrideReason?: string;
	overrideAsked: boolean;
}

/** Everything confirming writes, in one transaction. */
export interface OrderStepPlan {
	/** Stock rows whose reservation grows (confirm) or shrinks (cancel). */
	stock: { stockId?: string; warehouseId: string; productId: string; reservedDeltaMilli: number }[];
	lines: { lineId: string; reservedMilli: number }[];
	order: OrderChanges;
	/** Whether the offers and promo codes the order claimed go back to other orders. */
	releaseClaims: boolean;
}

function assertNoPendingApproval(order: OrderStepOrder, lines: readonly OrderStepLine[]): void {
	const pending = lines.filter((l) => l.approvalStatus === 'pending');
	if (pending.length === 0) return;
	throw new CrmError('CRM_APPROVAL_REQUIRED', `${order.number} has ${pending.length} line${pending.length > 1 ? 's' : ''} with a manual discount that needs a manager's approval (POST /crm/orders/${order.id}/approve-discounts) before it can be confirmed.`, {
		field: 'lines',
		lines: pending.map((l) => l.id),
	});
}

/**
 * S5, S6.6 — confirms a draft: no discount waits for approval, the order is complete, credit control passes
 * (or a manager overrides it with a reason, which is recorded), and every goods line is reserved in one
 * warehouse, all or nothing.
 */
export function confirmOrder(facts: ConfirmOrderFacts, request: ConfirmOrderRequest): OrderStepPlan {
	const { order, lines } = facts;
	assertOrderTransition(order.status, 'confirmed');
	assertNoPendingApproval(order, lines);
	assertOrderReadyFor('confirmed', { customerId: order.customerId, currency: order.currency, lines: lines.map((l) => ({ productId: l.productId, quantityMilli: l.quantityMilli, unitPrice: l.unitPrice })) });
	const credit = assertCreditAllowed({
		creditLimit: facts.credit.creditLimitBase,
		openBalance: facts.credit.openBalanceBase,
		orderAmount: order.grossTotalBase,
		overdueInvoices: facts.credit.overdueInvoices,
		today: facts.today,
		maxOverdueDays: facts.maxOverdueDays,
		baseCurrency: facts.baseCurrency,
		...(request.overrideAsked ? { override: { reason: request.overrideReason ?? '', byManager: facts.actor.isManager } } : {}),
	});
	const warehouse = facts.warehouse;
	if (!warehouse) throw new CrmError('CRM_ORDER_INCOMPLETE', "No warehouse to reserve the goods in: set the order's warehouse.", { field: 'warehouse' });
	const reservations = planReservation({ lines: reservationLinesOf(lines, facts.kinds), stock: warehouse.stock, warehouseId: warehouse.id });
	return {
		stock: reservations.map((r) => ({ stockId: warehouse.stock.find((s) => s.productId === r.productId)!.id, warehouseId: warehouse.id, productId: r.productId, reservedDeltaMilli: r.quantityMilli })),
		lines: reservations.map((r) => ({ lineId: r.lineId, reservedMilli: r.quantityMilli })),
		order: {
			status: 'confirmed',
			warehouse: warehouse.id,
			confirmed_at: facts.now,
			...(credit.overridden ? { credit_override_reason: request.overrideReason, credit_override_by: facts.actor.userId, credit_override_at: facts.now } : {}),
		},
		releaseClaims: false,
	};
}

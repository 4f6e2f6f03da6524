import type { OrderStatus } from '../orders/order-status.ts';

/** An order at a lifecycle step (locked for the whole step); a draft may still lack a customer or currency. */
export interface OrderStepOrder {
	id: string;
	number: string;
	status: OrderStatus;
	customerId: string | null;
	currency: string | null;
	warehouseId: string | null;
	/** The gross total in the base currency, minor units. */
	grossTotalBase: number;
}

/** An order line at a lifecycle step. */
export interface OrderStepLine {
	id: string;
	productId: string | null;
	quantityMilli: number;
	/** Minor units; null when the line has no price yet. */
	unitPrice: number | null;
	reservedMilli: number;
	/** 'pending' while a manual discount waits for a manager. */
	approvalStatus: string | null;
}

/** The order's own fields a step sets, as crm_orders stores them. */
export type OrderChanges = Readonly<Record<string, unknown>> & { status: OrderStatus };

/** Who takes the step. */
export interface OrderActor {
	userId: string | null;
	/** An administrator, or the manager of a sales team: may override a credit block. */
	isManager: boolean;
}

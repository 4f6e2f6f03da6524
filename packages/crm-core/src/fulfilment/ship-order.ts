import { CrmError } from '../errors/crm-error.ts';
import { deriveFulfilmentStatus } from '../orders/fulfilment-status.ts';
import type { OrderStatus } from '../orders/order-status.ts';
import { assertOrderTransition } from '../orders/order-transitions.ts';
import type { ShipmentOrderLine } from '../orders/plan-shipment.ts';
import type { FulfilmentOrder, FulfilmentOrderLine, KeyedStockLevel, ProductKinds } from './fulfilment-facts.ts';
import type { ShipmentKind, ShipmentRequest } from './parse-fulfilment-requests.ts';
import { planOrderShipment } from './plan-order-shipment.ts';
import { requireOrderStatus, SHIPPABLE_STATUSES } from './require-order-status.ts';

/** Which stock rows a shipment reads and locks: the order's goods, where it ships from and where they are reserved (null: any warehouse). */
export interface ShipmentStockScope {
	productIds: string[];
	warehouseIds: string[] | null;
}

export interface ShipOrderFacts {
	order: FulfilmentOrder;
	lines: readonly FulfilmentOrderLine[];
	kinds: ProductKinds;
	/** The rows of `shipmentStockScope`, locked. */
	stock: readonly KeyedStockLevel[];
	/** Whether the request's warehouse exists (true when it names none). */
	warehouseExists: boolean;
	/** The server's day, the default shipping date. */
	today: string;
}

/** Everything a shipment writes, in one transaction. */
export interface ShipOrderPlan {
	stock: { stockId: string; onHandDecrementMilli: number; reservedDecrementMilli: number }[];
	lines: { lineId: string; shippedMilli: number; reservedMilli: number }[];
	/** The shipping document; its number comes from the series of its year. */
	shipment: { kind: ShipmentKind; orderId: string; customerId: string; warehouseId: string | null; shippedOn: string; lines: { orderLineId: string; quantityMilli: number }[] };
	numberSeries: { prefix: 'SH'; year: number };
	/** The order's new status, or null when it stays. */
	status: OrderStatus | null;
}

const shipsFrom = (order: FulfilmentOrder, request: ShipmentRequest) => request.warehouseId ?? order.warehouseId;

/** The stock a shipment needs to see, so that a loader reads and locks just that. */
export function shipmentStockScope(order: FulfilmentOrder, lines: readonly FulfilmentOrderLine[], kinds: ProductKinds, request: ShipmentRequest): ShipmentStockScope {
	const productIds = [...new Set(lines.filter((l) => (kinds.get(l.productId) ?? 'goods') === 'goods').map((l) => l.productId))];
	const from = shipsFrom(order, request);
	return { productIds, warehouseIds: from === null ? null : [...new Set([from, order.warehouseId].filter((w): w is string => w !== null))] };
}

/**
 * S3 — ships (part of) a confirmed order: a waybill for goods or an act for services.
 *
 * The order's reservation sits in its own warehouse: shipping from there releases it with the stock taken
 * off hand; shipping from another warehouse takes stock off hand there, must not consume that warehouse's
 * reservations of other orders, and releases the order's reservation where it was made (never below zero).
 * The order moves to partially shipped or shipped.
 */
export function shipOrder(facts: ShipOrderFacts, request: ShipmentRequest): ShipOrderPlan {
	const { order, lines, kinds } = facts;
	requireOrderStatus(order, SHIPPABLE_STATUSES, 'ship');
	if (request.warehouseId && !facts.warehouseExists) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no warehouse ${request.warehouseId}.`, { field: 'warehouse' });

	const reservedIn = order.warehouseId;
	const from = shipsFrom(order, request);
	const orderLines: ShipmentOrderLine[] = lines.map((l) => ({
		lineId: l.id,
		productId: l.productId,
		quantityMilli: l.quantityMilli,
		shippedMilli: l.shippedMilli,
		kind: kinds.get(l.productId) ?? 'goods',
		reservedMilli: from === reservedIn ? l.reservedMilli : 0,
	}));
	const plan = planOrderShipment({
		orderLines,
		stock: facts.stock.filter((r) => from === null || r.warehouseId === from),
		...(request.kind ? { kind: request.kind } : {}),
		...(request.lines ? { lines: request.lines } : {}),
		...(from !== null ? { warehouseId: from } : {}),
	});
	const next = deriveFulfilmentStatus({ current: order.status, lines: orderLines.map((l) => ({ quantityMilli: l.quantityMilli, shippedMilli: plan.lines.find((p) => p.lineId === l.lineId)?.shippedMilli ?? l.shippedMilli })) });
	assertOrderTransition(order.status, next);

	const rowOf = (productId: string, warehouseId: string | null) => facts.stock.find((r) => r.productId === productId && r.warehouseId === warehouseId);
	const stock = plan.stock.map((d) => ({ stockId: rowOf(d.productId, d.warehouseId)!.id, onHandDecrementMilli: d.onHandDecrementMilli, reservedDecrementMilli: d.reservedDecrementMilli }));
	const released = new Map<string, number>();
	const lineUpdates = plan.lines.map((p) => {
		const reserved = lines.find((l) => l.id === p.lineId)!.reservedMilli;
		const release = Math.min(p.quantityMilli, reserved);
		if (release > 0) released.set(p.productId, (released.get(p.productId) ?? 0) + release);
		return { lineId: p.lineId, shippedMilli: p.shippedMilli, reservedMilli: reserved - release };
	});
	if (from !== reservedIn && reservedIn !== null) {
		for (const [productId, quantity] of released) {
			const row = rowOf(productId, reservedIn);
			const release = Math.min(quantity, Math.max(0, row?.reservedMilli ?? 0));
			if (row && release > 0) stock.push({ stockId: row.id, onHandDecrementMilli: 0, reservedDecrementMilli: release });
		}
	}

	const shippedOn = request.shippedOn ?? facts.today;
	return {
		stock,
		lines: lineUpdates,
		shipment: {
			kind: plan.kind,
			orderId: order.id,
			customerId: order.customerId,
			warehouseId: plan.kind === 'waybill' ? from : (request.warehouseId ?? null),
			shippedOn,
			lines: plan.lines.map((l) => ({ orderLineId: l.lineId, quantityMilli: l.quantityMilli })),
		},
		numberSeries: { prefix: 'SH', year: Number(shippedOn.slice(0, 4)) },
		status: next !== order.status ? next : null,
	};
}

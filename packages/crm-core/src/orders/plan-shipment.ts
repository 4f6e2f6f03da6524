import { CrmError } from '../errors/crm-error.ts';
import { type FulfilmentStatus, fulfilmentOfLines } from './fulfilment-status.ts';
import { assertQuantityMilli } from './line-values.ts';
import { addTo, type LineKind, type StockLevel, type StockShortage, stockOf } from './stock-level.ts';

export interface ShipmentOrderLine {
	lineId: string;
	productId: string;
	quantityMilli: number;
	/** Shipped by earlier shipments. */
	shippedMilli: number;
	kind: LineKind;
	/**
	 * What this line still holds reserved. Defaults to quantity − shipped, which is what planReservation
	 * reserved minus what earlier shipments released.
	 */
	reservedMilli?: number;
}

export interface ShipmentRequestLine {
	lineId: string;
	quantityMilli: number;
}

export interface ShipmentLinePlan {
	lineId: string;
	productId: string;
	/** Shipped by this shipment. */
	quantityMilli: number;
	/** The line's new shipped total. */
	shippedMilli: number;
}

/** What to subtract from one product's stock row. */
export interface StockDecrement {
	productId: string;
	warehouseId: string;
	onHandDecrementMilli: number;
	reservedDecrementMilli: number;
}

export interface ShipmentPlan {
	/** One per requested line, in request order. */
	lines: ShipmentLinePlan[];
	/** One per goods product shipped, in first-requested order; services move no stock. */
	stock: StockDecrement[];
	/** The order's status once the shipment posts: partially_shipped or shipped. */
	fulfilmentStatus: FulfilmentStatus;
}

function shippingWarehouse(stock: readonly StockLevel[], productIds: readonly string[], warehouseId: string | undefined): string | null {
	if (warehouseId !== undefined) return warehouseId;
	const warehouses = [...new Set(stock.filter((row) => productIds.includes(row.productId)).map((row) => row.warehouseId))];
	if (warehouses.length > 1) {
		throw new CrmError('CRM_INVALID_PAYLOAD', `The stock spans warehouses ${warehouses.join(', ')}; say which one ships.`, { field: 'warehouseId', warehouses });
	}
	return warehouses[0] ?? null;
}

/**
 * Validates a shipment against its order and the warehouse and says what to write. Checks, each over
 * all requested lines so one error lists every problem:
 * - every requested line exists (CRM_REFERENCE_NOT_FOUND), appears once (CRM_INVALID_PAYLOAD) and has a
 *   positive quantity (CRM_INVALID_QUANTITY);
 * - no line ships more than ordered minus already shipped (CRM_OVER_SHIPMENT, details.lines);
 * - goods have that much on hand, summed per product (CRM_INSUFFICIENT_STOCK, details.shortages). On
 *   hand, not available: the order's own reservation is part of what is reserved.
 * Shipping goods takes them off hand and releases their reservation: the reserved decrement is the
 * shipped quantity, capped at what the line still holds reserved and at what the row has reserved, so
 * the reservations of other orders are never consumed and reserved never goes negative.
 * `warehouseId` picks the stock rows; without it, the rows of the shipped products must all be in one
 * warehouse.
 */
export function planShipment(input: {
	orderLines: readonly ShipmentOrderLine[];
	request: readonly ShipmentRequestLine[];
	stock: readonly StockLevel[];
	warehouseId?: string;
}): ShipmentPlan {
	if (input.request.length === 0) throw new CrmError('CRM_REQUIRED_FIELD', 'A shipment needs at least one line.', { field: 'request' });

	const seen = new Set<string>();
	const requested = input.request.map((req, i) => {
		assertQuantityMilli(req.quantityMilli, `request[${i}].quantityMilli`, true);
		if (seen.has(req.lineId)) throw new CrmError('CRM_INVALID_PAYLOAD', `Order line ${req.lineId} appears twice in the shipment.`, { field: `request[${i}].lineId`, lineId: req.lineId });
		seen.add(req.lineId);
		const line = input.orderLines.find((l) => l.lineId === req.lineId);
		if (line === undefined) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Order line ${req.lineId} is not on this order.`, { field: `request[${i}].lineId`, lineId: req.lineId });
		return { index: i, req, line };
	});

	const overShipped = requested
		.map(({ index, req, line }) => ({ index, lineId: line.lineId, requestedMilli: req.quantityMilli, remainingMilli: line.quantityMilli - line.shippedMilli }))
		.filter((r) => r.requestedMilli > r.remainingMilli);
	if (overShipped.length > 0) {
		const list = overShipped.map((r) => `${r.lineId} (requested ${r.requestedMilli}, still to ship ${Math.max(0, r.remainingMilli)} milli-units)`).join(', ');
		throw new CrmError('CRM_OVER_SHIPMENT', `The shipment exceeds what is left to ship: ${list}.`, { field: `request[${overShipped[0]!.index}].quantityMilli`, lines: overShipped });
	}

	const goods = requested.filter(({ line }) => line.kind === 'goods');
	const onHandNeeded = new Map<string, number>();
	const reservationReleased = new Map<string, number>();
	for (const { req, line } of goods) {
		addTo(onHandNeeded, line.productId, req.quantityMilli);
		const lineReserved = Math.max(0, line.reservedMilli ?? line.quantityMilli - line.shippedMilli);
		addTo(reservationReleased, line.productId, Math.min(req.quantityMilli, lineReserved));
	}

	const warehouseId = shippingWarehouse(input.stock, [...onHandNeeded.keys()], input.warehouseId);
	const shortages: StockShortage[] = [];
	const stock: StockDecrement[] = [];
	for (const [productId, needed] of onHandNeeded) {
		const level = stockOf(input.stock, productId, warehouseId);
		if (warehouseId === null || level.onHandMilli < needed) {
			shortages.push({ productId, warehouseId, requestedMilli: needed, availableMilli: Math.max(0, level.onHandMilli), shortMilli: needed - Math.max(0, level.onHandMilli) });
			continue;
		}
		const reservedDecrementMilli = Math.min(reservationReleased.get(productId) ?? 0, Math.max(0, level.reservedMilli));
		stock.push({ productId, warehouseId, onHandDecrementMilli: needed, reservedDecrementMilli });
	}
	if (shortages.length > 0) {
		const list = shortages.map((s) => `${s.productId} (needs ${s.requestedMilli}, on hand ${s.availableMilli} milli-units)`).join(', ');
		throw new CrmError('CRM_INSUFFICIENT_STOCK', `Not enough stock on hand to ship: ${list}.`, { field: 'request', warehouseId, shortages });
	}

	const lines = requested.map(({ req, line }) => ({ lineId: line.lineId, productId: line.productId, quantityMilli: req.quantityMilli, shippedMilli: line.shippedMilli + req.quantityMilli }));
	const shippedAfter = input.orderLines.map((line) => ({
		quantityMilli: line.quantityMilli,
		shippedMilli: lines.find((l) => l.lineId === line.lineId)?.shippedMilli ?? line.shippedMilli,
	}));
	return { lines, stock, fulfilmentStatus: fulfilmentOfLines(shippedAfter) };
}

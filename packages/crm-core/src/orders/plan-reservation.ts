import { CrmError } from '../errors/crm-error.ts';
import { assertQuantityMilli } from './line-values.ts';
import { addTo, type LineKind, type StockLevel, type StockShortage, stockOf } from './stock-level.ts';

export interface ReservationLine {
	lineId: string;
	productId: string;
	quantityMilli: number;
	kind: LineKind;
}

/** Stock to set aside for one goods line. */
export interface StockReservation {
	lineId: string;
	productId: string;
	warehouseId: string;
	quantityMilli: number;
}

/**
 * Plans the reservations for an order being confirmed: one per goods line, for its full quantity, in
 * `warehouseId`. Available stock is on hand minus already reserved (what other orders were promised),
 * and lines of the same product draw on it together. Services are skipped. All or nothing: when any
 * product is short, CRM_INSUFFICIENT_STOCK (409) lists every short product in details.shortages, so
 * the rep sees the whole problem at once rather than one product per attempt.
 */
export function planReservation(input: { lines: readonly ReservationLine[]; stock: readonly StockLevel[]; warehouseId: string }): StockReservation[] {
	const goods = input.lines.filter((line, i) => {
		assertQuantityMilli(line.quantityMilli, `lines[${i}].quantityMilli`, true);
		return line.kind === 'goods';
	});

	const requested = new Map<string, number>();
	for (const line of goods) addTo(requested, line.productId, line.quantityMilli);

	const shortages: StockShortage[] = [];
	for (const [productId, requestedMilli] of requested) {
		const level = stockOf(input.stock, productId, input.warehouseId);
		const availableMilli = Math.max(0, level.onHandMilli - level.reservedMilli);
		if (requestedMilli > availableMilli) shortages.push({ productId, warehouseId: input.warehouseId, requestedMilli, availableMilli, shortMilli: requestedMilli - availableMilli });
	}
	if (shortages.length > 0) {
		const list = shortages.map((s) => `${s.productId} (needs ${s.requestedMilli}, available ${s.availableMilli} milli-units)`).join(', ');
		throw new CrmError('CRM_INSUFFICIENT_STOCK', `Not enough stock in warehouse ${input.warehouseId}: ${list}.`, { field: 'lines', warehouseId: input.warehouseId, shortages });
	}

	return goods.map((line) => ({ lineId: line.lineId, productId: line.productId, warehouseId: input.warehouseId, quantityMilli: line.quantityMilli }));
}

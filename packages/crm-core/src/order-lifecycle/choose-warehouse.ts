import { isCrmError } from '../errors/crm-error.ts';
import { planReservation, type ReservationLine } from '../orders/plan-reservation.ts';
import type { LineKind, StockLevel } from '../orders/stock-level.ts';
import type { OrderStepLine } from './order-step-facts.ts';

/** The goods and services of an order's lines as reservation sees them (a line without a product reserves nothing). */
export function reservationLinesOf(lines: readonly OrderStepLine[], kinds: ReadonlyMap<string, LineKind>): ReservationLine[] {
	return lines.filter((l) => l.productId !== null).map((l) => ({ lineId: l.id, productId: l.productId!, quantityMilli: l.quantityMilli, kind: kinds.get(l.productId!) ?? 'goods' }));
}

/**
 * For an order without a warehouse: the first candidate (active warehouses by code) that can supply every
 * goods line, else the first one, so that the shortage is reported there; null when there is none.
 */
export function chooseWarehouse(lines: readonly OrderStepLine[], kinds: ReadonlyMap<string, LineKind>, candidates: readonly { id: string; stock: readonly StockLevel[] }[]): string | null {
	const planned = reservationLinesOf(lines, kinds);
	for (const candidate of candidates) {
		try {
			planReservation({ lines: planned, stock: candidate.stock, warehouseId: candidate.id });
			return candidate.id;
		} catch (error) {
			if (!isCrmError(error)) throw error;
		}
	}
	return candidates[0]?.id ?? null;
}

// Stock through time. The seed only draws today's stock (generate-stock.ts, at the end of the stream), but a
// shipment is planned against the stock as it stood when it shipped; this book replays the window from an
// opening stock, so that shipOrder sees each warehouse's stock at each shipment's moment and today's stock
// comes out of the same movements.
import type { KeyedStockLevel, ShipmentStockScope, ShipOrderPlan } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';

/** One row per product and warehouse that the window's orders touched; the row's id is its key. */
export type StockBook = Map<string, KeyedStockLevel>;

export const stockKey = (productId: Uuid, warehouseId: Uuid): string => `${productId}|${warehouseId}`;

/**
 * The opening stock: every unit that the window's confirmed orders take out of a warehouse or still hold
 * there today. So the closing on-hand is exactly what open orders reserve; the free stock drawn for today
 * comes on top of it, stock nothing in the window touched (it is left out, as it cannot change what a
 * shipment may take: shipOrder reads on-hand only to see that it covers the shipment).
 */
export function openStockBook(held: readonly { productId: Uuid; warehouseId: Uuid; quantityMilli: number }[]): StockBook {
	const book: StockBook = new Map();
	for (const h of held) {
		const key = stockKey(h.productId, h.warehouseId);
		const level = book.get(key) ?? { id: key, productId: h.productId, warehouseId: h.warehouseId, onHandMilli: 0, reservedMilli: 0 };
		level.onHandMilli += h.quantityMilli;
		book.set(key, level);
	}
	return book;
}

/** Confirming an order reserves its goods in its warehouse. */
export function reserveStock(book: StockBook, productId: Uuid, warehouseId: Uuid, quantityMilli: number): void {
	const level = book.get(stockKey(productId, warehouseId));
	if (!level) throw new Error(`demo stock book has no ${productId} in ${warehouseId}`);
	level.reservedMilli += quantityMilli;
}

/** The rows a shipment reads, as lockShipmentStock reads them for shipmentStockScope; copies, so a plan cannot move the book. */
export function stockInScope(book: StockBook, scope: ShipmentStockScope): KeyedStockLevel[] {
	return [...book.values()].filter((l) => scope.productIds.includes(l.productId) && (scope.warehouseIds === null || scope.warehouseIds.includes(l.warehouseId))).map((l) => ({ ...l }));
}

/** What applyShipOrderPlan does to crm_stock_levels. */
export function applyStockMoves(book: StockBook, moves: ShipOrderPlan['stock']): void {
	for (const m of moves) {
		const level = book.get(m.stockId)!;
		level.onHandMilli -= m.onHandDecrementMilli;
		level.reservedMilli -= m.reservedDecrementMilli;
	}
}

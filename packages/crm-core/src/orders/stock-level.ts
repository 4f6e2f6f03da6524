/** Goods are counted in a warehouse; services (installation, support) need no stock. */
export type LineKind = 'goods' | 'service';

/** Stock of one product in one warehouse, in milli-units. */
export interface StockLevel {
	productId: string;
	warehouseId: string;
	onHandMilli: number;
	/** Promised to confirmed orders but still on the shelf. */
	reservedMilli: number;
}

/** A product the warehouse cannot supply in full. */
export interface StockShortage {
	productId: string;
	warehouseId: string | null;
	requestedMilli: number;
	availableMilli: number;
	shortMilli: number;
}

/** Sums a product's stock rows in a warehouse (duplicate rows are added, not lost). */
export function stockOf(stock: readonly StockLevel[], productId: string, warehouseId: string | null): { onHandMilli: number; reservedMilli: number } {
	return stock
		.filter((row) => row.productId === productId && (warehouseId === null || row.warehouseId === warehouseId))
		.reduce((sum, row) => ({ onHandMilli: sum.onHandMilli + row.onHandMilli, reservedMilli: sum.reservedMilli + row.reservedMilli }), { onHandMilli: 0, reservedMilli: 0 });
}

/** Adds `quantity` to `key`'s running total, keeping first-seen order (stable messages and results). */
export function addTo(totals: Map<string, number>, key: string, quantity: number): void {
	totals.set(key, (totals.get(key) ?? 0) + quantity);
}

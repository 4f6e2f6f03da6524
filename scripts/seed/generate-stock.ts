// Stock levels today: where the window's movements left each warehouse (demo-stock-book.ts: on hand, exactly
// what open orders still reserve), plus free stock nothing touched (none now and then), the central warehouse fullest.
import { type StockBook, stockKey } from './demo-stock-book.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { StockLevelRow, WarehouseRow } from './orders-to-cash-rows.ts';

export function generateStock(otc: OrdersToCash, book: StockBook, warehouses: readonly WarehouseRow[]): StockLevelRow[] {
	const { rng } = otc;
	const stock: StockLevelRow[] = [];
	for (const p of otc.input.products) {
		if (p.kind !== 'goods') continue;
		for (const w of warehouses) {
			const closing = book.get(stockKey(p.id, w.id)) ?? { onHandMilli: 0, reservedMilli: 0 };
			const free = rng.chance(0.1) ? 0 : (w === warehouses[0] ? rng.int(20, 400) : rng.int(0, 120)) * 1000;
			stock.push({ id: rng.uuid(), product: p.id, warehouse: w.id, on_hand_milli: closing.onHandMilli + free, reserved_milli: closing.reservedMilli });
		}
	}
	return stock;
}

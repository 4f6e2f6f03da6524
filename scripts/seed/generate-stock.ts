// Stock levels: what confirmed orders reserved, plus free stock (none now and then), the central warehouse fullest.
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { StockLevelRow, WarehouseRow } from './orders-to-cash-rows.ts';
import type { OrderPlan } from './plan-demo-documents.ts';

export function generateStock(otc: OrdersToCash, plans: readonly OrderPlan[], warehouses: readonly WarehouseRow[]): StockLevelRow[] {
	const { rng } = otc;
	const reserved = new Map<string, number>();
	for (const plan of plans) for (const l of plan.lines) if (l.reserved_milli > 0 && plan.row.warehouse) reserved.set(`${l.product}|${plan.row.warehouse}`, (reserved.get(`${l.product}|${plan.row.warehouse}`) ?? 0) + l.reserved_milli);
	const stock: StockLevelRow[] = [];
	for (const p of otc.input.products) {
		if (p.kind !== 'goods') continue;
		for (const w of warehouses) {
			const r = reserved.get(`${p.id}|${w.id}`) ?? 0;
			const free = rng.chance(0.1) ? 0 : (w === warehouses[0] ? rng.int(20, 400) : rng.int(0, 120)) * 1000;
			stock.push({ id: rng.uuid(), product: p.id, warehouse: w.id, on_hand_milli: r + free, reserved_milli: r });
		}
	}
	return stock;
}

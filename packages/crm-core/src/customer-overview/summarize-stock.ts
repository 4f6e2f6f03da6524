import type { OverviewStockFacts } from './customer-overview-facts.ts';
import { OVERVIEW_TOP_PRODUCTS, type ProductRevenue } from './summarize-sales.ts';

/**
 * Stock of what the customer buys most (A5.2): the goods among their products of the window, largest
 * revenue first (at most OVERVIEW_TOP_PRODUCTS), each with on-hand, reserved and available quantities in
 * thousandths of a unit, in all and per warehouse. Services keep no stock and are left out.
 */
export function summarizeStock(ranked: readonly ProductRevenue[], levels: readonly OverviewStockFacts[]) {
	const goods = ranked.filter((p) => p.product.kind !== 'service').slice(0, OVERVIEW_TOP_PRODUCTS);
	return goods.map(({ product, revenue }) => {
		const rows = levels.filter((l) => l.productId === product.id).sort((a, b) => String(a.warehouse?.code ?? '').localeCompare(String(b.warehouse?.code ?? '')));
		const onHand = rows.reduce((sum, l) => sum + l.onHandMilli, 0);
		const reserved = rows.reduce((sum, l) => sum + l.reservedMilli, 0);
		return {
			product: { id: product.id, sku: product.sku, name: product.name },
			revenue,
			on_hand_milli: onHand,
			reserved_milli: reserved,
			available_milli: onHand - reserved,
			warehouses: rows.map((l) => ({ id: l.warehouse?.id ?? null, code: l.warehouse?.code ?? null, on_hand_milli: l.onHandMilli, reserved_milli: l.reservedMilli, available_milli: l.onHandMilli - l.reservedMilli })),
		};
	});
}

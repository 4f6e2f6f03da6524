import { type LineKind, planReservation, type StockLevel } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, any>;

/**
 * Reserves the goods of an order's lines in one warehouse. The stock rows are locked first
 * (SELECT … FOR UPDATE on PostgreSQL; SQLite has a single writer), so concurrent confirmations queue
 * and never reserve more than is on hand.
 */
export async function reserveStock(trx: Knex, warehouseId: string, lines: readonly Row[]): Promise<void> {
	const productIds = [...new Set(lines.map((l) => l['product'] as string))];
	const products: Row[] = await trx('crm_products').select('id', 'kind').whereIn('id', productIds);
	const kindOf = new Map(products.map((p) => [p['id'], p['kind'] as LineKind]));

	let query = trx('crm_stock_levels').select('id', 'product', 'warehouse', 'on_hand_milli', 'reserved_milli').where('warehouse', warehouseId).whereIn('product', productIds);
	if (trx.client.config.client === 'pg') query = query.forUpdate();
	const rows: Row[] = await query;
	const stock: StockLevel[] = rows.map((r) => ({ productId: r['product'], warehouseId: r['warehouse'], onHandMilli: Number(r['on_hand_milli']), reservedMilli: Number(r['reserved_milli']) }));

	const reservations = planReservation({
		lines: lines.map((l) => ({ lineId: l['id'], productId: l['product'], quantityMilli: Number(l['quantity_milli']), kind: kindOf.get(l['product']) ?? 'goods' })),
		stock,
		warehouseId,
	});

	for (const r of reservations) {
		const row = rows.find((s) => s['product'] === r.productId)!;
		await trx('crm_stock_levels').where('id', row['id']).update({ reserved_milli: trx.raw('reserved_milli + ?', [r.quantityMilli]) });
		await trx('crm_order_lines').where('id', r.lineId).update({ reserved_milli: r.quantityMilli });
	}
}

/** Gives back what a cancelled order still holds. */
export async function releaseStock(trx: Knex, warehouseId: string, lines: readonly Row[]): Promise<void> {
	for (const line of lines) {
		const reserved = Number(line['reserved_milli'] ?? 0);
		if (reserved <= 0) continue;
		await trx('crm_stock_levels').where({ warehouse: warehouseId, product: line['product'] }).update({ reserved_milli: trx.raw('reserved_milli - ?', [reserved]) });
		await trx('crm_order_lines').where('id', line['id']).update({ reserved_milli: 0 });
	}
}

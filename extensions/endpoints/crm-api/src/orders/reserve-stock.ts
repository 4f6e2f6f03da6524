import { type LineKind, planReservation, type StockLevel } from '@crm/core';
import { forUpdate } from '@crm/directus';
import type { Knex } from 'knex';

type Row = Record<string, any>;

async function loadPlanInputs(trx: Knex, warehouseId: string, lines: readonly Row[], lock: boolean) {
	const productIds = [...new Set(lines.map((l) => l['product'] as string))];
	const products: Row[] = await trx('crm_products').select('id', 'kind').whereIn('id', productIds);
	const kindOf = new Map(products.map((p) => [p['id'], p['kind'] as LineKind]));
	const query = trx('crm_stock_levels').select('id', 'product', 'warehouse', 'on_hand_milli', 'reserved_milli').where('warehouse', warehouseId).whereIn('product', productIds);
	const rows: Row[] = await (lock ? forUpdate(trx, query) : query);
	const stock: StockLevel[] = rows.map((r) => ({ productId: r['product'], warehouseId: r['warehouse'], onHandMilli: Number(r['on_hand_milli']), reservedMilli: Number(r['reserved_milli']) }));
	const planLines = lines.map((l) => ({ lineId: l['id'], productId: l['product'], quantityMilli: Number(l['quantity_milli']), kind: kindOf.get(l['product']) ?? ('goods' as LineKind) }));
	return { rows, stock, planLines };
}

/** For an order without a warehouse: the first active warehouse (by code) that can supply every goods line, else the first one. */
export async function pickWarehouse(trx: Knex, lines: readonly Row[]): Promise<string | undefined> {
	const warehouses: Row[] = await trx('crm_warehouses').select('id').where('active', true).orderBy('code');
	for (const w of warehouses) {
		const { stock, planLines } = await loadPlanInputs(trx, w['id'], lines, false);
		try {
			planReservation({ lines: planLines, stock, warehouseId: w['id'] });
			return w['id'];
		} catch {
			// not enough here; try the next warehouse
		}
	}
	return warehouses[0]?.['id'];
}

/**
 * Reserves the goods of an order's lines in one warehouse. The stock rows are locked first
 * (SELECT … FOR UPDATE on PostgreSQL; SQLite has a single writer), so concurrent confirmations queue
 * and never reserve more than is on hand.
 */
export async function reserveStock(trx: Knex, warehouseId: string, lines: readonly Row[]): Promise<void> {
	const { rows, stock, planLines } = await loadPlanInputs(trx, warehouseId, lines, true);
	const reservations = planReservation({ lines: planLines, stock, warehouseId });

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

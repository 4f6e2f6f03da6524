import type { OrderStepPlan } from '@crm/core';
import type { Knex } from 'knex';
import { releaseRedemptions } from '../discounts/redemptions.ts';
import type { ItemsWriter } from '../fulfilment/items-writer.ts';
import { runTrusted } from '../trusted-write.ts';

/** Writes a lifecycle step: reservations (raw, the caller's access to the order was checked), released claims, and the order's fields through the caller's service. */
export async function applyOrderStepPlan(trx: Knex, orderId: string, plan: OrderStepPlan, orders: ItemsWriter): Promise<void> {
	for (const s of plan.stock) {
		const rows = s.stockId ? trx('crm_stock_levels').where('id', s.stockId) : trx('crm_stock_levels').where({ warehouse: s.warehouseId, product: s.productId });
		await rows.update({ reserved_milli: trx.raw('reserved_milli + ?', [s.reservedDeltaMilli]) });
	}
	for (const l of plan.lines) await trx('crm_order_lines').where('id', l.lineId).update({ reserved_milli: l.reservedMilli });
	if (plan.releaseClaims) await releaseRedemptions(trx, [orderId]);
	await runTrusted(() => orders.updateOne(orderId, plan.order));
}

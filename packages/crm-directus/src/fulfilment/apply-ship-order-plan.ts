import type { ShipOrderPlan } from '@crm/core';
import type { Knex } from 'knex';
import { nextDocumentNumber } from '../next-document-number.ts';
import { runTrusted } from '../trusted-write.ts';
import { toShipmentRow } from './fulfilment-rows.ts';
import type { ItemsWriter } from './items-writer.ts';

/**
 * Writes a shipment plan: stock and order-line quantities raw (the caller's access to the order was
 * checked), the document and the order's status through the caller's services, so that their
 * permissions apply and the customer's timeline hears of it. Returns the shipment's key.
 */
export async function applyShipOrderPlan(trx: Knex, plan: ShipOrderPlan, services: { shipments: ItemsWriter; orders: ItemsWriter }): Promise<string> {
	for (const s of plan.stock) {
		await trx('crm_stock_levels')
			.where('id', s.stockId)
			.update({ on_hand_milli: trx.raw('on_hand_milli - ?', [s.onHandDecrementMilli]), reserved_milli: trx.raw('reserved_milli - ?', [s.reservedDecrementMilli]) });
	}
	for (const l of plan.lines) await trx('crm_order_lines').where('id', l.lineId).update({ shipped_milli: l.shippedMilli, reserved_milli: l.reservedMilli });
	const number = await nextDocumentNumber(trx, plan.numberSeries.prefix, plan.numberSeries.year);
	const key = await runTrusted(() => services.shipments.createOne(toShipmentRow(plan.shipment, number)));
	if (plan.status) await runTrusted(() => services.orders.updateOne(plan.shipment.orderId, { status: plan.status }));
	return String(key);
}

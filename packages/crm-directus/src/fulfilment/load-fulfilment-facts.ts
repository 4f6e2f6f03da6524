import type { CreditInvoiceFacts, FulfilmentOrder, FulfilmentOrderLine, KeyedStockLevel, LineKind, PostedShipment, ShipmentStockScope } from '@crm/core';
import type { Knex } from 'knex';
import { forUpdate, type InvoiceTermsRow, loadInvoicePositions } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { type DbRow, toCreditedInvoice, toDescribedInvoiceLine, toFulfilmentOrder, toFulfilmentOrderLine, toKeyedStockLevel, toStoredInvoiceLine } from './fulfilment-rows.ts';

/** The order and its lines, locked against concurrent fulfilment for the rest of the transaction. */
export async function lockOrderForFulfilment(trx: Knex, id: string): Promise<{ order: FulfilmentOrder; lines: FulfilmentOrderLine[] }> {
	const order: DbRow = await forUpdate(trx, trx('crm_orders').select('*').where('id', id)).first();
	const lines: DbRow[] = await forUpdate(trx, trx('crm_order_lines').select('*').where('order', id).orderBy([{ column: 'sort' }, { column: 'id' }]));
	return { order: toFulfilmentOrder(order), lines: lines.map(toFulfilmentOrderLine) };
}

export async function loadProductKinds(trx: Knex, lines: readonly { productId: string | null }[]): Promise<Map<string, LineKind>> {
	const rows: DbRow[] = await trx('crm_products').select('id', 'kind').whereIn('id', [...new Set(lines.flatMap((l) => (l.productId === null ? [] : [l.productId])))]);
	return new Map(rows.map((p) => [String(p['id']), p['kind'] as LineKind]));
}

export async function loadProductNames(trx: Knex, productIds: readonly string[]): Promise<Map<string, string>> {
	const rows: DbRow[] = await trx('crm_products').select('id', 'name').whereIn('id', [...new Set(productIds)]);
	return new Map(rows.map((p) => [String(p['id']), String(p['name'])]));
}

export async function warehouseExists(trx: Knex, id: string | undefined): Promise<boolean> {
	return !id || Boolean(await trx('crm_warehouses').select('id').where('id', id).first());
}

/** The stock rows of `scope`, locked in key order (so concurrent shipments lock them in the same order). */
export async function lockShipmentStock(trx: Knex, scope: ShipmentStockScope): Promise<KeyedStockLevel[]> {
	if (scope.productIds.length === 0) return [];
	let query = trx('crm_stock_levels').select('id', 'product', 'warehouse', 'on_hand_milli', 'reserved_milli').whereIn('product', scope.productIds).orderBy('id');
	if (scope.warehouseIds) query = query.whereIn('warehouse', scope.warehouseIds);
	return ((await forUpdate(trx, query)) as DbRow[]).map(toKeyedStockLevel);
}

/** The order's posted shipments with what each carried. */
export async function loadPostedShipments(trx: Knex, orderId: string): Promise<PostedShipment[]> {
	const shipments: DbRow[] = await trx('crm_shipments').select('id', 'number', 'shipped_on').where('order', orderId);
	const lines: DbRow[] = shipments.length === 0 ? [] : await trx('crm_shipment_lines').select('shipment', 'order_line', 'quantity_milli').whereIn('shipment', shipments.map((s) => s['id'] as string));
	return shipments.map((s) => ({
		id: String(s['id']),
		number: String(s['number']),
		shippedOn: toDay(s['shipped_on']) ?? '',
		lines: lines.filter((l) => l['shipment'] === s['id']).map((l) => ({ orderLineId: String(l['order_line']), quantityMilli: Number(l['quantity_milli']) })),
	}));
}

export async function loadPaymentTermsDays(trx: Knex, customerId: string): Promise<number> {
	const row: DbRow | undefined = await trx('crm_customers').select('payment_terms_days').where('id', customerId).first();
	return Number(row?.['payment_terms_days'] ?? 0);
}

/** The invoice to credit (locked: where it stands cannot change before the credit note is posted), its lines, earlier credit notes and its ledger position. */
export async function lockInvoiceForCredit(trx: Knex, id: string, baseCurrency: string): Promise<Pick<CreditInvoiceFacts, 'invoice' | 'lines' | 'earlier' | 'position'>> {
	const row: DbRow = await forUpdate(trx, trx('crm_invoices').select('*').where('id', id)).first();
	const lines: DbRow[] = await trx('crm_invoice_lines').select('*').where('invoice', id).orderBy('id');
	const earlier: DbRow[] = await trx('crm_invoices').select('id', 'gross_total').where({ credited_invoice: id, kind: 'credit_note' });
	const earlierLines: DbRow[] = earlier.length === 0 ? [] : await trx('crm_invoice_lines').select('*').whereIn('invoice', earlier.map((c) => c['id'] as string));
	const position = (await loadInvoicePositions(trx, [row as unknown as InvoiceTermsRow], baseCurrency)).get(id)!;
	return {
		invoice: toCreditedInvoice(row),
		lines: lines.map(toDescribedInvoiceLine),
		earlier: { grossTotals: earlier.map((c) => Number(c['gross_total'] ?? 0)), lines: earlierLines.map(toStoredInvoiceLine) },
		position,
	};
}

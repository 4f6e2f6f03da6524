import { CrmError, type DiscountedDocument, discountedLineOf, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { DbRow } from '../fulfilment/fulfilment-rows.ts';
import { jsonOf } from '../service/instant.ts';
import type { ReaderOf } from '../reader-of.ts';
import { numberOrNull as amountOrNull } from '../db-cells.ts';

const ORDER_FIELDS = ['id', 'owner.id', 'owner.name', 'customer.groups.crm_customer_groups_id.id', 'customer.groups.crm_customer_groups_id.name', 'lines.list_amount', 'lines.discount_amount', 'lines.net_amount', 'lines.applied_rules', 'lines.quantity_milli', 'lines.unit_price'];


function toDiscountedDocument(o: DbRow): DiscountedDocument {
	const owner = o['owner'] as DbRow | null;
	const groups = (((o['customer'] as DbRow | null)?.['groups'] ?? []) as DbRow[]).map((g) => g['crm_customer_groups_id'] as DbRow | null).filter((g): g is DbRow => Boolean(g));
	return {
		rep: owner?.['id'] ? { id: String(owner['id']), name: String(owner['name']) } : null,
		groups: groups.map((g) => ({ id: String(g['id']), name: String(g['name']) })),
		lines: ((o['lines'] ?? []) as DbRow[]).map((l) =>
			discountedLineOf({ netAmount: Number(l['net_amount'] ?? 0), listAmount: amountOrNull(l['list_amount']), discountAmount: amountOrNull(l['discount_amount']), unitPrice: Number(l['unit_price'] ?? 0), quantityMilli: Number(l['quantity_milli'] ?? 0), applied: jsonOf(l['applied_rules'], []) }),
		),
	};
}

/** Confirmed-or-later orders in `currency` dated from–to that the caller may read (their policy decides the figures), with their discounted lines. */
export async function loadDiscountedOrders(read: ReaderOf, currency: string, from: string, to: string): Promise<DiscountedDocument[]> {
	const filter = { _and: [{ currency: { _eq: currency } }, { status: { _nin: [...UNCOUNTED_ORDER_STATUSES] } }, { order_date: { _between: [from, to] } }] };
	return ((await read('crm_orders').readByQuery({ filter, fields: ORDER_FIELDS, limit: -1 })) as DbRow[]).map(toDiscountedDocument);
}

/** The products of a basket the caller may see; CRM_REFERENCE_NOT_FOUND naming the first line whose product is hidden or missing. */
export async function assertProductsVisible(read: ReaderOf, productIds: readonly string[], fieldOf: (productId: string) => string): Promise<void> {
	const ids = [...new Set(productIds)];
	const visible = (await read('crm_products').readByQuery({ filter: { id: { _in: ids } }, fields: ['id'], limit: -1 })) as DbRow[];
	const missing = ids.find((id) => !visible.some((p) => p['id'] === id));
	if (missing) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Product "${missing}" does not exist or you may not see it.`, { field: fieldOf(missing) });
}

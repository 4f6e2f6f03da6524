import type { LedgerEntry, PostedPayment, RequestedAllocation, SettlementBook, SettlementOrder } from '@crm/core';
import type { Knex } from 'knex';
import type { DbRow } from '../fulfilment/fulfilment-rows.ts';
import { forUpdate, type LedgerRow, toLedgerEntry } from '../ledger-rows.ts';
import { toOrderStatus, toPostedPayment, toSettlementInvoice } from './settlement-rows.ts';

/** Invoice statuses that can still receive money. */
const OPEN_STATUSES = ['issued', 'partially_paid'];

/** The payment, locked, with what its allocations already used; null when there is none. */
export async function lockPayment(trx: Knex, id: string): Promise<PostedPayment | null> {
	const row: DbRow | undefined = await forUpdate(trx, trx('crm_payments').select('*').where('id', id)).first();
	if (!row) return null;
	const allocated = await trx('crm_payment_allocations').where('payment', id).sum({ total: 'amount' }).first();
	return toPostedPayment(row, Number(allocated?.['total'] ?? 0));
}

/**
 * The invoices a payment of the customer may touch, locked in key order (two writers cannot deadlock):
 * every open invoice in the payment's currency plus every invoice named in the request (of this customer,
 * whatever its status, so that a request for a paid invoice or one in another currency gets its precise error).
 */
export async function lockPayableInvoices(trx: Knex, customer: string, currency: string, requested: readonly RequestedAllocation[] | undefined): Promise<DbRow[]> {
	const named = (requested ?? []).map((r) => r.invoiceKey);
	const query = trx('crm_invoices')
		.select('*')
		.where('customer', customer)
		.where('kind', 'invoice')
		.where((q) => {
			q.where((open) => open.where('currency', currency).whereIn('status', OPEN_STATUSES));
			if (named.length > 0) q.orWhereIn('id', named);
		})
		.orderBy('id');
	return forUpdate(trx, query);
}

/** The payment's allocations, with the invoices they settled locked in key order and the entries each allocation posted. */
export async function lockAllocationsOf(trx: Knex, paymentId: string, allocationCollection: string): Promise<{ invoices: DbRow[]; allocations: { id: string; invoiceId: string; entries: LedgerEntry[] }[] }> {
	const rows: DbRow[] = await trx('crm_payment_allocations').select('*').where('payment', paymentId).orderBy('id');
	const invoiceIds = [...new Set(rows.map((a) => String(a['invoice'])))];
	const invoices: DbRow[] = invoiceIds.length === 0 ? [] : await forUpdate(trx, trx('crm_invoices').select('*').whereIn('id', invoiceIds).orderBy('id'));
	const posted: LedgerRow[] = rows.length === 0 ? [] : await trx('crm_ledger_entries').select('*').where('document_collection', allocationCollection).whereIn('document_key', rows.map((a) => String(a['id'])));
	const entries = posted.map(toLedgerEntry);
	return { invoices, allocations: rows.map((a) => ({ id: String(a['id']), invoiceId: String(a['invoice']), entries: entries.filter((e) => e.documentKey === a['id']) })) };
}

/**
 * The settlement book around locked invoices: the invoices of their orders (kind invoice) with every ledger
 * entry on them, and the orders, locked in key order after the invoices (the lock order of every settlement).
 */
export async function loadSettlementBook(trx: Knex, locked: readonly DbRow[], baseCurrency: string): Promise<SettlementBook> {
	const orderIds = [...new Set(locked.map((i) => i['order']).filter((o): o is string => typeof o === 'string' && o !== ''))].sort();
	const orders: DbRow[] = orderIds.length === 0 ? [] : await forUpdate(trx, trx('crm_orders').select('id', 'status').whereIn('id', orderIds).orderBy('id'));
	const siblings: DbRow[] = orderIds.length === 0 ? [] : await trx('crm_invoices').select('*').whereIn('order', orderIds).where('kind', 'invoice');
	const rows = [...new Map([...locked, ...siblings].map((i) => [String(i['id']), i])).values()];
	const entries: LedgerEntry[] = rows.length === 0 ? [] : ((await trx('crm_ledger_entries').select('*').whereIn('invoice', rows.map((i) => String(i['id'])))) as LedgerRow[]).map(toLedgerEntry);
	const invoices = new Map(rows.map((i) => [String(i['id']), toSettlementInvoice(i, entries.filter((e) => e.invoiceKey === i['id']))]));
	const settlementOrders: SettlementOrder[] = orders.map((o) => ({ id: String(o['id']), status: toOrderStatus(o), invoiceKeys: siblings.filter((i) => i['order'] === o['id']).map((i) => String(i['id'])) }));
	return { baseCurrency, lockedKeys: locked.map((i) => String(i['id'])), invoices, orders: settlementOrders };
}

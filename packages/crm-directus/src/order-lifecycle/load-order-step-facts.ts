import type { CreditExposureFacts, KeyedStockLevel, OrderStepLine, OrderStepOrder } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';
import { type DbRow, toKeyedStockLevel } from '../fulfilment/fulfilment-rows.ts';
import { forUpdate, type LedgerRow, toLedgerEntry } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { toOrderStepLine, toOrderStepOrder } from './order-step-rows.ts';

const UNINVOICED = ['confirmed', 'partially_shipped', 'shipped'];
const STOCK_FIELDS = ['id', 'product', 'warehouse', 'on_hand_milli', 'reserved_milli'];

/** The order, locked against a concurrent step, and its lines. */
export async function lockOrderForStep(trx: Knex, id: string): Promise<{ order: OrderStepOrder; lines: OrderStepLine[] }> {
	const order: DbRow = await forUpdate(trx, trx('crm_orders').select('*').where('id', id)).first();
	const lines: DbRow[] = await trx('crm_order_lines').select('*').where('order', id).orderBy([{ column: 'sort' }, { column: 'id' }]);
	return { order: toOrderStepOrder(order), lines: lines.map(toOrderStepLine) };
}

const productIdsOf = (lines: readonly OrderStepLine[]) => [...new Set(lines.flatMap((l) => (l.productId === null ? [] : [l.productId])))];

/** Active warehouses by code, each with its stock of the order's products (read, not locked: only the chosen one is locked). */
export async function loadWarehouseCandidates(trx: Knex, lines: readonly OrderStepLine[]): Promise<{ id: string; stock: KeyedStockLevel[] }[]> {
	const warehouses: DbRow[] = await trx('crm_warehouses').select('id').where('active', true).orderBy('code');
	const ids = warehouses.map((w) => String(w['id']));
	const stock = ids.length === 0 ? [] : ((await trx('crm_stock_levels').select(STOCK_FIELDS).whereIn('warehouse', ids).whereIn('product', productIdsOf(lines))) as DbRow[]).map(toKeyedStockLevel);
	return ids.map((id) => ({ id, stock: stock.filter((s) => s.warehouseId === id) }));
}

/** One warehouse's stock of the order's products, locked so that concurrent confirmations queue and never reserve more than is on hand. */
export async function lockWarehouseStock(trx: Knex, warehouseId: string, lines: readonly OrderStepLine[]): Promise<KeyedStockLevel[]> {
	const rows: DbRow[] = await forUpdate(trx, trx('crm_stock_levels').select(STOCK_FIELDS).where('warehouse', warehouseId).whereIn('product', productIdsOf(lines)));
	return rows.map(toKeyedStockLevel);
}

/** Whether the user manages a sales team. */
export async function managesTeam(trx: Knex, userId: string | null): Promise<boolean> {
	return userId !== null && Boolean(await trx('crm_teams').where('manager', userId).first());
}

/** What credit control needs of a customer: ledger, invoices, confirmed uninvoiced orders (the order at hand left out), limit and today's rates. */
export async function loadCreditExposureFacts(trx: Knex, customerId: string, excludeOrderId: string, today: string, baseCurrency: string): Promise<CreditExposureFacts> {
	const customer: DbRow | undefined = await trx('crm_customers').select('credit_limit', 'currency').where('id', customerId).first();
	const ledger: DbRow[] = await trx('crm_ledger_entries').select('*').where('customer', customerId);
	const invoices: DbRow[] = await trx('crm_invoices').select('id', 'number', 'issue_date', 'due_date', 'currency', 'gross_total').where({ customer: customerId, kind: 'invoice' });
	const orders: DbRow[] = await trx('crm_orders').select('gross_total_base').where('customer', customerId).whereIn('status', UNINVOICED).whereNot('id', excludeOrderId);
	const limit = customer?.['credit_limit'] === null || customer?.['credit_limit'] === undefined ? null : { amount: Number(customer['credit_limit']), currency: String(customer['currency']) };
	const currencies = new Set([...invoices.map((i) => String(i['currency'])), ...(limit ? [limit.currency] : [])]);
	const ratesToBase = new Map<string, string>();
	for (const currency of currencies) {
		const rate = await findRateToBase(trx, currency, today, baseCurrency);
		if (rate) ratesToBase.set(currency, rate);
	}
	return {
		ledger: (ledger as unknown as LedgerRow[]).map(toLedgerEntry),
		invoices: invoices.map((i) => ({ key: String(i['id']), number: String(i['number']), issueDate: toDay(i['issue_date'])!, dueDate: toDay(i['due_date']) ?? toDay(i['issue_date'])!, currency: String(i['currency']), grossAmount: Number(i['gross_total']) })),
		uninvoicedOrdersBase: orders.reduce((sum, o) => sum + Number(o['gross_total_base'] ?? 0), 0),
		creditLimit: limit,
		ratesToBase,
		today,
		baseCurrency,
	};
}

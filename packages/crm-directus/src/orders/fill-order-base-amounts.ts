import type { Knex } from 'knex';
import { toDay } from '../load-pricing-context.ts';
import { priceOrderBaseAmounts } from './price-order-base-amounts.ts';

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);

/** Orders priced before their base amounts were kept (schema version 6) and not since. */
const unfilled = (knex: Knex) => knex('crm_orders').whereNull('net_total_base').whereNotNull('gross_total_base');

async function fillOne(trx: Knex, order: Row, base: string): Promise<void> {
	const lines: Row[] = await trx('crm_order_lines').where('order', String(order['id'])).orderBy([{ column: 'sort' }, { column: 'id' }]).select('id', 'product', 'quantity_milli', 'net_amount');
	const totals = { netTotal: num(order['net_total']), grossTotal: num(order['gross_total']), lines: lines.map((l) => ({ netAmount: num(l['net_amount']) })) };
	const input = { currency: String(order['currency']), day: toDay(order['order_date']) ?? new Date().toISOString().slice(0, 10), grossTotalBase: num(order['gross_total_base']), lines: lines.map((l) => ({ product: String(l['product']), quantity_milli: l['quantity_milli'] as number })), totals };
	const amounts = (await priceOrderBaseAmounts(trx, input, base))!;
	for (const [i, line] of lines.entries()) await trx('crm_order_lines').where('id', String(line['id'])).update({ net_amount_base: amounts.lines[i]!.netAmountBase, cost_base: amounts.lines[i]!.costBase });
	await trx('crm_orders').where('id', String(order['id'])).whereNull('net_total_base').update({ net_total_base: amounts.netTotalBase, cost_total_base: amounts.costTotalBase });
}

/**
 * Gives orders priced before schema version 6 their revenue and cost in the base currency, a batch at a time
 * (the hooks' schedule calls it until none is left). Their cost is the products' cost now: what they cost
 * when they were priced was not kept. Returns how many it filled.
 */
export async function fillOrderBaseAmounts(knex: Knex, base: string, limit = 500): Promise<number> {
	const orders: Row[] = await unfilled(knex).select('id', 'currency', 'order_date', 'net_total', 'gross_total', 'gross_total_base').limit(limit);
	if (orders.length === 0) return 0;
	await knex.transaction(async (trx) => {
		for (const order of orders) await fillOne(trx, order, base);
	});
	return orders.length;
}

import { type OverdueInvoiceFacts, type PaymentDelayFacts, periodEnd, type ProfitabilityPeriod, toEpochDay } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { byCustomer, dayNumber, greatest, intParam, narrowed, type ProfitScope, whole } from './profit-sql.ts';

type Row = Record<string, unknown>;

/**
 * Per customer and invoice: Σ of the invoice's ledger entries (base amounts) × the period's days on which
 * each counts as owed late — ledgerEntryOverdueDays in SQL: max(0, end − max(due + 1, from, entry day + 1) + 1).
 * Only invoices due before the period's end (or today) and entries dated before it can count.
 */
function overdueByInvoice(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Knex.QueryBuilder {
	const end = periodEnd(period);
	const first = greatest(knex, `${dayNumber(knex, 'i.due_date')} + 1`, intParam, `${dayNumber(knex, 'e.entry_date')} + 1`);
	const days = greatest(knex, '0', `${intParam} - ${first} + 1`);
	const q = knex('crm_ledger_entries as e')
		.join('crm_invoices as i', 'i.id', 'e.invoice')
		.where('i.kind', 'invoice')
		.whereNotNull('i.due_date')
		.where('i.due_date', '<', dayForDriver(knex, end))
		.where('e.entry_date', '<', dayForDriver(knex, end));
	return narrowed(q, 'e.customer', scope)
		.groupBy('e.customer', 'e.invoice')
		.select('e.customer', 'e.invoice', knex.raw(`SUM(e.amount_base * ${days}) as amount_days`, [toEpochDay(end), toEpochDay(period.from)]));
}

/** One customer's overdue invoices, with their numbers and due days. */
async function loadDetail(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Map<string, OverdueInvoiceFacts[]>> {
	const rows: Row[] = await knex.from(overdueByInvoice(knex, period, scope).as('x')).join('crm_invoices as i', 'i.id', 'x.invoice').where('x.amount_days', '>', 0).select('x.customer', 'x.invoice', 'x.amount_days', 'i.number', 'i.due_date');
	const out = new Map<string, OverdueInvoiceFacts[]>();
	for (const r of rows) {
		const invoice: OverdueInvoiceFacts = { invoice: String(r['invoice']), number: String(r['number']), dueDate: toDay(r['due_date'])!, amountDays: whole(r['amount_days']) };
		out.set(String(r['customer']), [...(out.get(String(r['customer'])) ?? []), invoice]);
	}
	return out;
}

/** Money owed past due in the period, per customer in scope: one query over the ledger (GROUP BY invoice, then customer). */
export async function loadPaymentDelayFacts(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Map<string, PaymentDelayFacts>> {
	if (scope.detail) {
		const detail = await loadDetail(knex, period, scope);
		return new Map([...detail].map(([customer, invoices]) => [customer, { amountDays: invoices.reduce((s, i) => s + i.amountDays, 0), invoices: invoices.length, detail: invoices }]));
	}
	const rows: Row[] = await knex.from(overdueByInvoice(knex, period, scope).as('x')).where('x.amount_days', '>', 0).groupBy('x.customer').select('x.customer as customer', knex.raw('SUM(x.amount_days) as amount_days'), knex.raw('COUNT(*) as invoices'));
	return byCustomer(rows, scope, (r) => ({ amountDays: whole(r['amount_days']), invoices: whole(r['invoices']), detail: null }));
}

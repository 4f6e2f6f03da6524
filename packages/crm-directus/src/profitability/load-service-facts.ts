import { addDays, type ProfitabilityPeriod, type ServiceCurrencyFacts } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { queryAll } from '../query-all.ts';
import { inScope, narrowed, type ProfitScope, whole } from './profit-sql.ts';

type Row = Record<string, unknown>;

/**
 * Per customer and specialist currency: finished time entries started in the period (UTC days, as
 * GET /crm/service/costs takes them), their minutes, and Σ per entry of minutes × cost rate ÷ 60 rounded
 * half up — serviceTimeCost, as (minutes × rate + 30) div 60 on whole numbers.
 */
function timeQuery(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Row[]> {
	const q = knex('crm_service_time_entries as e')
		.join('crm_service_requests as r', 'r.id', 'e.request')
		.join('crm_service_specialists as s', 's.id', 'e.specialist')
		.whereNotNull('e.duration_minutes')
		.where('e.started_at', '>=', new Date(`${period.from}T00:00:00.000Z`))
		.where('e.started_at', '<', new Date(`${addDays(period.to, 1)}T00:00:00.000Z`));
	return narrowed(q, 'r.customer', scope)
		.groupBy('r.customer', 's.currency')
		.select('r.customer', 's.currency', knex.raw('COUNT(*) as entries'), knex.raw('SUM(e.duration_minutes) as minutes'), knex.raw('SUM((e.duration_minutes * COALESCE(s.cost_rate, 0) + 30) / 60) as time_cost'));
}

/** Per customer and currency: expenses of their requests incurred in the period. */
function expensesQuery(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Row[]> {
	const q = knex('crm_service_expenses as x').join('crm_service_requests as r', 'r.id', 'x.request').where('x.incurred_on', '>=', dayForDriver(knex, period.from)).where('x.incurred_on', '<=', dayForDriver(knex, period.to));
	return narrowed(q, 'r.customer', scope).groupBy('r.customer', 'x.currency').select('r.customer', 'x.currency', knex.raw('COUNT(*) as expenses'), knex.raw('SUM(x.amount) as amount'));
}

/** Service time and expenses of every customer in scope, per currency (converted by the use case). */
export async function loadServiceFacts(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope, base: string): Promise<Map<string, ServiceCurrencyFacts[]>> {
	const [time, expenses] = await queryAll(knex, [() => timeQuery(knex, period, scope), () => expensesQuery(knex, period, scope)]);
	const out = new Map<string, Map<string, ServiceCurrencyFacts>>();
	const at = (row: Row): ServiceCurrencyFacts | null => {
		const customer = String(row['customer']);
		if (!inScope(scope, customer)) return null;
		const currency = String(row['currency'] ?? base);
		const own = out.get(customer) ?? out.set(customer, new Map()).get(customer)!;
		return own.get(currency) ?? own.set(currency, { currency, entries: 0, minutes: 0, timeCost: 0, expenses: 0, expenseAmount: 0 }).get(currency)!;
	};
	// A specialist without a currency counts in the base currency, beside those with it: add, never overwrite.
	const add = (row: Row, values: Partial<Record<keyof Omit<ServiceCurrencyFacts, 'currency'>, number>>) => {
		const facts = at(row);
		if (facts) for (const [key, value] of Object.entries(values) as [keyof typeof values, number][]) facts[key] += value;
	};
	for (const r of time) add(r, { entries: whole(r['entries']), minutes: whole(r['minutes']), timeCost: whole(r['time_cost']) });
	for (const r of expenses) add(r, { expenses: whole(r['expenses']), expenseAmount: whole(r['amount']) });
	return new Map([...out].map(([customer, byCurrency]) => [customer, [...byCurrency.values()]]));
}

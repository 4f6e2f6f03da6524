import { addDays, convertCurrency, type ForecastCategory, type ForecastDeal, monthBounds, type MonthRevenue, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { monthOf } from '../analytics/sales-facts.ts';
import { findRateToBase } from '../find-rate-to-base.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { ownedBy, type ScopeOwners } from './forecast-scopes.ts';

type Row = Record<string, unknown>;
/** Three years of monthly history: enough for a 12-month season, short enough to follow a changed business. */
const HISTORY_MONTHS = 36;

const countedOrders = (knex: Knex, owners: ScopeOwners) => ownedBy(knex('crm_orders as o').whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES), 'o.owner', owners);

/**
 * The repeat business (orders not made from an opportunity) per customer group and month, up to the month
 * before `today`'s, each series from its group's first month with sales and a month without sales as 0. A
 * customer in several groups counts in one, the first by id, so no order is forecast twice.
 */
export async function loadRepeatHistory(knex: Knex, owners: ScopeOwners, today: string): Promise<MonthRevenue[][]> {
	const current = today.slice(0, 7);
	const from = monthBounds(shiftMonth(current, -HISTORY_MONTHS)).start;
	// PostgreSQL has no MIN of a uuid: the first group is taken by its id as text.
	const group = knex('crm_customers_customer_groups').select('crm_customers_id', knex.raw('MIN(CAST(crm_customer_groups_id AS TEXT)) as grp')).groupBy('crm_customers_id').as('g');
	const rows = (await countedOrders(knex, owners)
		.whereNull('o.opportunity')
		.where('o.order_date', '>=', dayForDriver(knex, from))
		.where('o.order_date', '<', dayForDriver(knex, `${current}-01`))
		.leftJoin(group, 'g.crm_customers_id', 'o.customer')
		.select(knex.raw('g.grp as grp'), knex.raw('? as m', [monthOf(knex, 'o.order_date')]))
		.sum({ revenue: 'o.net_total_base' })
		.groupBy('g.grp', 'm')) as Row[];
	const byGroup = new Map<string, Map<string, number>>();
	for (const row of rows) {
		const key = String(row['grp'] ?? '');
		if (!byGroup.has(key)) byGroup.set(key, new Map());
		byGroup.get(key)!.set(String(row['m']), wholeNumber(row['revenue']));
	}
	return [...byGroup.values()].map((months) => fillMonths(months, current));
}

function fillMonths(months: ReadonlyMap<string, number>, current: string): MonthRevenue[] {
	const first = [...months.keys()].sort()[0]!;
	const series: MonthRevenue[] = [];
	for (let m = first; m < current; m = shiftMonth(m, 1)) series.push({ month: m, revenue: months.get(m) ?? 0 });
	return series;
}

export function shiftMonth(month: string, by: number): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const index = y * 12 + (m - 1) + by;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Revenue of the scope's counted orders from `from` to `to` (days), all of them or only the repeat business. */
export async function loadRevenue(knex: Knex, owners: ScopeOwners, from: string, to: string, repeatOnly: boolean): Promise<number> {
	const query = countedOrders(knex, owners).whereBetween('o.order_date', [dayForDriver(knex, from), dayForDriver(knex, to)]);
	if (repeatOnly) query.whereNull('o.opportunity');
	const [row] = (await query.sum({ revenue: 'o.net_total_base' })) as Row[];
	return wholeNumber(row?.['revenue']);
}

/**
 * The scope's opportunities expected to close in `months`, each as it stood at `at` (the stage it was in then,
 * from the stage history: a forecast taken on a past day sees that day's pipeline), in the base currency at
 * the rate of `at`'s day. A deal without a rate to the base currency is left out: its amount cannot be added.
 */
export async function loadForecastDeals(knex: Knex, owners: ScopeOwners, months: readonly string[], at: Date, base: string): Promise<Map<string, ForecastDeal[]>> {
	const from = monthBounds(months[0]!).start;
	const to = monthBounds(months.at(-1)!).end;
	const rows = (await ownedBy(knex('crm_opportunities as o'), 'o.owner', owners)
		.join('crm_opportunity_stage_history as h', 'h.opportunity', 'o.id')
		.join('crm_pipeline_stages as s', 's.id', 'h.stage')
		.whereBetween('o.expected_close', [dayForDriver(knex, from), dayForDriver(knex, to)])
		.where('h.entered_at', '<=', at)
		.where((w) => w.whereNull('h.left_at').orWhere('h.left_at', '>', at))
		.select('o.amount', 'o.currency', 'o.expected_close', 's.probability_bp', 's.forecast_category')) as Row[];
	const day = at.toISOString().slice(0, 10);
	const rates = new Map<string, string | null>();
	const deals = new Map<string, ForecastDeal[]>(months.map((m) => [m, []]));
	for (const row of rows) {
		const currency = String(row['currency']);
		if (!rates.has(currency)) rates.set(currency, await findRateToBase(knex, currency, day, base));
		const rate = rates.get(currency);
		if (!rate) continue;
		deals.get(toDay(row['expected_close'])!.slice(0, 7))?.push({ amountBase: convertCurrency({ amount: wholeNumber(row['amount']), currency }, base, rate).amount, probabilityBp: Number(row['probability_bp']), category: row['forecast_category'] as ForecastCategory });
	}
	return deals;
}

export const lastDayBefore = (month: string) => addDays(`${month}-01`, -1);

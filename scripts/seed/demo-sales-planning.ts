import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { assertSalesTargetValid, type SalesTarget } from '../../packages/crm-core/src/index.ts';
import { wholeNumber } from '../../packages/crm-directus/src/analytics/load-sales-sums.ts';
import { runForecastWeek } from '../../packages/crm-directus/src/forecasting/run-forecast-week.ts';
import { dayForDriver } from '../../packages/crm-directus/src/ledger-rows.ts';
import { BASE_CURRENCY } from './orders-to-cash-rows.ts';

type Row = Record<string, unknown>;
const DAY_MS = 86_400_000;
/** Past weekly forecasts: the first and third Monday of each of the last twelve months, then this week's. */
const PAST_MONTHS = 12;

function quarterOf(day: string): { start: string; end: string; name: string } {
	const year = Number(day.slice(0, 4));
	const first = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3;
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	return { start: iso(new Date(Date.UTC(year, first, 1))), end: iso(new Date(Date.UTC(year, first + 3, 0))), name: `Q${first / 3 + 1} ${year}` };
}

/** Revenue of a rep's (or everyone's) counted orders between two days, in the base currency. */
async function revenueOf(trx: Knex, rep: string | null, from: string, to: string): Promise<number> {
	const query = trx('crm_orders').whereNotIn('status', ['draft', 'cancelled']).whereBetween('order_date', [dayForDriver(trx, from), dayForDriver(trx, to)]);
	if (rep) query.where('owner', rep);
	const [row] = (await query.sum({ revenue: 'net_total_base' })) as Row[];
	return wholeNumber(row?.['revenue']);
}

/** Last year's revenue of the same days, up a tenth and rounded to a thousand: a plan a manager would set; 50,000.00 without history. */
const planFrom = (lastYear: number) => (lastYear > 0 ? Math.round((lastYear * 1.1) / 100_000) * 100_000 : 5_000_000);

function targetRow(trx: Knex, target: SalesTarget): Row {
	assertSalesTargetValid(target);
	return {
		id: target.id,
		name: target.name,
		measure: target.measure,
		rep: target.repId,
		team: target.teamId,
		product_group: target.productGroupId,
		customer_group: target.customerGroupId,
		// SQLite keeps days the way Directus writes them (see dayForDriver), or its filters miss them.
		period_start: dayForDriver(trx, target.periodStart),
		period_end: dayForDriver(trx, target.periodEnd),
		target_amount: target.targetAmount,
		target_quantity_milli: target.targetQuantity,
		currency: BASE_CURRENCY,
		behind_margin_bp: target.behindMarginBp,
	};
}

/** Each rep's plan for this quarter, each team's for the year, all from last year's sales. */
async function planRows(trx: Knex, today: string): Promise<Row[]> {
	const quarter = quarterOf(today);
	const lastYear = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
	const reps = (await trx('crm_sales_reps').select('id', 'name', 'team').where('active', true).orderBy('name')) as Row[];
	const teams = (await trx('crm_teams').select('id', 'name').orderBy('name')) as Row[];
	const base = { customerGroupId: null, productGroupId: null, targetQuantity: null, behindMarginBp: 1000 };
	const rows: Row[] = [];
	for (const rep of reps) {
		const amount = planFrom(await revenueOf(trx, String(rep['id']), lastYear(quarter.start), lastYear(quarter.end)));
		rows.push(targetRow(trx, { ...base, id: randomUUID(), name: `${String(rep['name'])} · revenue ${quarter.name}`, measure: 'revenue', repId: String(rep['id']), teamId: null, periodStart: quarter.start, periodEnd: quarter.end, targetAmount: amount }));
	}
	const year = today.slice(0, 4);
	for (const team of teams) {
		const members = reps.filter((r) => r['team'] === team['id']).map((r) => String(r['id']));
		let lastYearRevenue = 0;
		for (const rep of members) lastYearRevenue += await revenueOf(trx, rep, `${Number(year) - 1}-01-01`, `${Number(year) - 1}-12-31`);
		rows.push(targetRow(trx, { ...base, id: randomUUID(), name: `${String(team['name'])} · revenue ${year}`, measure: 'revenue', repId: null, teamId: String(team['id']), periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, targetAmount: planFrom(lastYearRevenue) }));
	}
	return rows;
}

/** The Mondays the demo's past forecasts were taken on (noon UTC), oldest first, ending with this week's. */
function pastMondays(now: Date): Date[] {
	const days: Date[] = [];
	for (let back = PAST_MONTHS; back >= 1; back--) {
		const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1, 12));
		const monday = new Date(first.getTime() + ((8 - first.getUTCDay()) % 7) * DAY_MS);
		days.push(monday, new Date(monday.getTime() + 14 * DAY_MS));
	}
	const thisMonday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12) - ((now.getUTCDay() + 6) % 7) * DAY_MS);
	return [...days, thisMonday.getTime() > now.getTime() ? now : thisMonday];
}

/**
 * The demo's sales plans (S6.5) and a year of weekly forecasts (S6.4): plans set from last year's sales, and
 * the weekly job run as of past Mondays by the same code as the schedule, so each closed month's forecasts are
 * scored against what the demo sold: the dashboard opens with its accuracy.
 */
export async function seedDemoSalesPlanning(trx: Knex, now: Date): Promise<void> {
	if (await trx('crm_sales_targets').first('id')) return;
	const rows = await planRows(trx, now.toISOString().slice(0, 10));
	if (rows.length > 0) await trx('crm_sales_targets').insert(rows);
	for (const monday of pastMondays(now)) await runForecastWeek(trx, monday, BASE_CURRENCY);
}

import { monthBounds, scoreForecastSnapshot } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import type { ScopeOwners } from './forecast-scopes.ts';
import { loadRevenue } from './load-forecast-facts.ts';

type Row = Record<string, unknown>;

async function ownersOf(knex: Knex, row: Row): Promise<ScopeOwners> {
	if (row['scope'] === 'rep') return [String(row['rep'])];
	if (row['scope'] === 'team') return ((await knex('crm_sales_reps').select('id').where('team', String(row['team']))) as { id: string }[]).map((r) => String(r.id));
	return null;
}

/**
 * S6.4 — every snapshot of a month that has closed gets the month's actual revenue (all counted orders of its
 * scope), its error and bias. Scored once: the update claims rows still unscored, so a second server (or a
 * rerun) changes nothing.
 */
export async function scoreClosedSnapshots(knex: Knex, at: Date): Promise<number> {
	const month = at.toISOString().slice(0, 7);
	const rows = (await knex('crm_forecast_snapshots').select('id', 'month', 'scope', 'team', 'rep', 'forecast', 'adjustment').whereNull('scored_at').where('month', '<', month)) as Row[];
	const actuals = new Map<string, number>();
	let scored = 0;
	for (const row of rows) {
		const key = `${String(row['month'])}:${String(row['scope'])}:${String(row['team'])}:${String(row['rep'])}`;
		if (!actuals.has(key)) {
			const { start, end } = monthBounds(String(row['month']));
			actuals.set(key, await loadRevenue(knex, await ownersOf(knex, row), start, end, false));
		}
		const actual = actuals.get(key)!;
		const score = scoreForecastSnapshot({ forecast: wholeNumber(row['forecast']), adjustment: wholeNumber(row['adjustment']), actual });
		scored += await knex('crm_forecast_snapshots').where('id', String(row['id'])).whereNull('scored_at').update({ actual, final: score.final, error_bp: score.errorBp, bias_bp: score.biasBp, scored_at: at });
	}
	return scored;
}

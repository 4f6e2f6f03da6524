import { randomUUID } from 'node:crypto';
import { type ForecastScope, type ForecastSnapshotPlan, monthsAhead, planForecastSnapshot } from '@crm/core';
import type { Knex } from 'knex';
import { type LoadedScope, loadForecastScopes } from './forecast-scopes.ts';
import { loadForecastDeals, loadRepeatHistory, loadRevenue } from './load-forecast-facts.ts';

/** This month and the next two: what a sales manager commits to and plans for. */
export const FORECAST_MONTHS = 3;

/** One scope's snapshots of the months ahead, as rows to store. */
async function planScopeSnapshots(knex: Knex, { scope, owners }: LoadedScope, at: Date, base: string): Promise<Record<string, unknown>[]> {
	const today = at.toISOString().slice(0, 10);
	const months = monthsAhead(today, FORECAST_MONTHS);
	const history = await loadRepeatHistory(knex, owners, today);
	const deals = await loadForecastDeals(knex, owners, months, at, base);
	const repeatSoFar = await loadRevenue(knex, owners, `${months[0]}-01`, today, true);
	return months.map((month) => snapshotRow(scope, planForecastSnapshot({ scope, month, today, deals: deals.get(month) ?? [], history, repeatSoFar, currency: base }), at, base));
}

function snapshotRow(scope: ForecastScope, plan: ForecastSnapshotPlan, at: Date, base: string): Record<string, unknown> {
	return {
		id: randomUUID(),
		slot: plan.slot,
		week: plan.week,
		month: plan.month,
		horizon_months: plan.horizonMonths,
		scope: scope.kind,
		team: scope.kind === 'team' ? scope.id : null,
		rep: scope.kind === 'rep' ? scope.id : null,
		taken_at: at,
		currency: base,
		closed: plan.closed,
		commit: plan.commit,
		best_case: plan.bestCase,
		open_pipeline: plan.open,
		weighted: plan.weighted,
		baseline: plan.baseline,
		baseline_method: plan.baselineMethods.slice(0, 120),
		forecast: plan.forecast,
		adjustment: 0,
		final: plan.forecast,
		explanation: plan.explanation,
	};
}

/**
 * S6.4 — the week's forecasts of every scope (the company, each team, each active rep) for this month and the
 * next two, as things stand at `at`. Each row's slot (week, month, scope) is unique: with several servers, or
 * a rerun in the same week, the first write stands and the others are ignored — exactly once.
 */
export async function takeForecastSnapshots(knex: Knex, at: Date, base: string): Promise<number> {
	let taken = 0;
	for (const scope of await loadForecastScopes(knex)) {
		const rows = await planScopeSnapshots(knex, scope, at, base);
		const slots = rows.map((r) => r['slot'] as string);
		const existing = new Set(((await knex('crm_forecast_snapshots').select('slot').whereIn('slot', slots)) as { slot: string }[]).map((r) => r.slot));
		const fresh = rows.filter((r) => !existing.has(r['slot'] as string));
		if (fresh.length === 0) continue;
		await knex('crm_forecast_snapshots').insert(fresh).onConflict('slot').ignore();
		taken += fresh.length;
	}
	return taken;
}

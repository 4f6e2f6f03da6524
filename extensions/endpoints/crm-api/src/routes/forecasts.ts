import { CrmError, parseForecastQuery, parseForecastRun, type StoredSnapshot } from '@crm/core';
import { type ForecastAnswer, loadForecastOverview, runForecastWeek } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { todayIso } from '../analytics/analytics-request.ts';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;

const snapshotJson = (s: StoredSnapshot) => ({
	id: s.id,
	month: s.month,
	week: s.week,
	horizon_months: s.horizonMonths,
	taken_at: s.takenAt,
	closed: s.closed,
	commit: s.commit,
	best_case: s.bestCase,
	open_pipeline: s.openPipeline,
	weighted: s.weighted,
	baseline: s.baseline,
	baseline_method: s.baselineMethod,
	forecast: s.forecast,
	adjustment: s.adjustment,
	adjustment_reason: s.adjustmentReason,
	final: s.final,
	explanation: s.explanation,
});

const scoreJson = (a: { periods: number; months: number; mapeBp: number | null; biasBp: number | null }) => ({ periods: a.periods, months: a.months, mape_bp: a.mapeBp, bias_bp: a.biasBp });

function forecastJson(a: ForecastAnswer, base: string, thisMonth: string) {
	return {
		currency: base,
		this_month: thisMonth,
		scope: a.scope,
		scopes: a.scopes,
		current: a.current.map(snapshotJson),
		history: a.history.map((h) => ({ month: h.month, in_month: h.inMonth, month_ahead: h.monthAhead, actual: h.actual, error_bp: h.errorBp, bias_bp: h.biasBp })),
		accuracy: { explanation: a.accuracy.explanation, overall: scoreJson(a.accuracy.overall), by_horizon: a.accuracy.byHorizon.map((h) => ({ horizon_months: h.horizonMonths, ...scoreJson(h) })) },
		pipeline: a.pipeline.map((p) => ({ stage: p.stage, probability_bp: p.probabilityBp, deals: p.deals, amount: p.amount, weighted: p.weighted })),
	};
}

/**
 * S6.4: the forecast of a scope with its measured accuracy and the open pipeline by stage (GET /crm/forecasts),
 * read under the caller's policy; the weekly job run now, or as of a day, by an administrator (POST …/run).
 */
export function registerForecastRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.get('/forecasts', asyncRoute(async (req) => {
		const query = parseForecastQuery(req.query as Row);
		const options = await serviceOptionsOf(req, getSchema);
		const today = todayIso();
		const answer = await loadForecastOverview(database, (collection) => new services.ItemsService(collection, options), query, options.accountability?.user ?? null, base, today);
		return { data: forecastJson(answer, base, today.slice(0, 7)) };
	}));

	router.post('/forecasts/run', asyncRoute(async (req) => {
		const { accountability } = await serviceOptionsOf(req, getSchema);
		if (accountability && !accountability.admin) throw new CrmError('CRM_NOT_PERMITTED', 'Only an administrator runs the forecast by hand; it runs every Monday on its own.', {});
		const at = parseForecastRun(req.body, new Date());
		const { scored, taken } = await runForecastWeek(database, at, base);
		return { data: { as_of: at.toISOString(), taken, scored } };
	}));
}

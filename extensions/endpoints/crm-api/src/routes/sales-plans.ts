import { CrmError, isUuid, parseSalesKpiQuery, parseSalesPlanQuery, type SalesKpis, spreadTargetByMonth } from '@crm/core';
import { type AssessedTarget, assessSalesTargets, loadSalesKpis, openAnalytics, runBehindPlanAlerts, toSalesTarget } from '@crm/directus';
import type { Request, Router } from 'express';
import { type AnalyticsCaller, analyticsCaller, type AnalyticsRoute, todayIso } from '../analytics/analytics-request.ts';
import { asyncRoute } from '../async-route.ts';
import { type AnswerCache } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;
const NAMED = ['rep', 'team', 'product_group', 'customer_group'] as const;
const FIELDS = ['*', ...NAMED.flatMap((f) => [`${f}.id`, `${f}.name`])];

const nameOf = (value: unknown) => (value && typeof value === 'object' ? { id: String((value as Row)['id']), name: String((value as Row)['name']) } : null);

function planJson(row: Row, { attainment: a }: AssessedTarget, base: string) {
	return {
		id: row['id'],
		name: row['name'],
		measure: row['measure'],
		unit: row['measure'] === 'quantity' ? null : base,
		...Object.fromEntries(NAMED.map((f) => [f, nameOf(row[f])])),
		period_start: toSalesTarget(row).periodStart,
		period_end: toSalesTarget(row).periodEnd,
		target: a.target,
		actual: a.actual,
		expected_to_date: a.expectedToDate,
		attainment_bp: a.attainmentBp,
		projected: a.projected,
		projected_attainment_bp: a.projectedAttainmentBp,
		run_rate_per_day: a.runRatePerDay,
		days_elapsed: a.daysElapsed,
		days_total: a.daysTotal,
		status: a.status,
		behind: a.behind,
		explanation: a.explanation,
	};
}

const kpiJson = (k: SalesKpis) => ({
	kind: k.kind,
	id: k.id,
	name: k.name,
	won: k.won,
	lost: k.lost,
	win_rate_bp: k.winRateBp,
	won_amount: k.wonAmount,
	average_deal: k.averageDeal,
	cycle_days: k.cycleCentidays === null ? null : k.cycleCentidays / 100,
	pipeline: k.pipeline,
	plan_remaining: k.planRemaining,
	coverage_bp: k.coverageBp,
});

/** The plans' actuals on `date`, as far as the caller may read the orders. */
async function assess(caller: AnalyticsCaller, rows: Row[], date: string, base: string): Promise<AssessedTarget[]> {
	const targets = rows.map(toSalesTarget);
	const groups = targets.flatMap((t) => (t.productGroupId ? [t.productGroupId] : []));
	const src = await openAnalytics(caller.access, null, groups.length > 0 ? { product_group: groups } : {}, caller.readable);
	return assessSalesTargets(src, targets, date, base);
}

/** S6.11: GET /crm/sales-kpis — the KPIs of every rep and team whose deals the caller may read. */
function registerKpiRoute(router: Router, route: AnalyticsRoute): void {
	router.get('/sales-kpis', asyncRoute(async (req) => {
		const period = parseSalesKpiQuery(req.query as Row, todayIso());
		const caller = await analyticsCaller(route, req);
		const src = await openAnalytics(caller.access, null, {}, caller.readable);
		const answer = await loadSalesKpis(src, caller.read, period, route.base, todayIso());
		return { data: { ...period, currency: route.base, rows: answer.rows.map(kpiJson), stages: answer.stages.map((s) => ({ stage: s.stage, entered: s.entered, advanced: s.advanced, conversion_bp: s.conversionBp })) } };
	}));
}

function planId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no sales plan "${id}".`, { parameter: 'id' });
	return id;
}

/**
 * S6.5, S6.11: plan vs actual — the plans whose period holds the day, each with its actual, the plan to date, the run
 * rate and where it ends at that rate (GET /crm/sales-plans); one plan month by month (GET …/:id); the sales KPIs
 * of every rep and team (GET /crm/sales-kpis). Plans, deals and
 * orders are read under the caller's policy: a rep sees their own plans and their own orders.
 */
export function registerSalesPlanRoutes(router: Router, context: EndpointExtensionContext, answers: AnswerCache | null): void {
	const route: AnalyticsRoute = { context, base: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR'), answers };
	router.get('/sales-plans', asyncRoute(async (req) => {
		const { date } = parseSalesPlanQuery(req.query as Row, todayIso());
		const caller = await analyticsCaller(route, req);
		const filter = { _and: [{ period_start: { _lte: date } }, { period_end: { _gte: date } }] };
		const rows = (await caller.read('crm_sales_targets').readByQuery({ filter, fields: FIELDS, sort: ['period_end', 'name'], limit: -1 })) as Row[];
		const assessed = await assess(caller, rows, date, route.base);
		return { data: { date, currency: route.base, plans: rows.map((row, i) => planJson(row, assessed[i]!, route.base)) } };
	}));

	router.get('/sales-plans/:id', asyncRoute(async (req) => {
		const id = planId(req);
		const { date } = parseSalesPlanQuery(req.query as Row, todayIso());
		const caller = await analyticsCaller(route, req);
		const row = (await caller.read('crm_sales_targets').readOne(id, { fields: FIELDS })) as Row;
		const [assessed] = await assess(caller, [row], date, route.base);
		const months = spreadTargetByMonth(assessed!.target).map((m) => ({ month: m.month, target: m.target, actual: assessed!.months.get(m.month) ?? 0 }));
		return { data: { date, currency: route.base, ...planJson(row, assessed!, route.base), months } };
	}));

	registerKpiRoute(router, route);

	// What the morning job does, now: for administrators (the alerts read every plan and notify other people).
	router.post('/sales-plans/alerts', asyncRoute(async (req) => {
		const { accountability } = await serviceOptionsOf(req, context.getSchema);
		if (accountability && !accountability.admin) throw new CrmError('CRM_NOT_PERMITTED', 'Only an administrator runs the behind-plan alerts by hand; they run every morning on their own.', {});
		return { data: { notified: await runBehindPlanAlerts(context.database, new Date(), route.base) } };
	}));
}

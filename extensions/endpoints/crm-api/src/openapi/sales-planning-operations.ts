import { FORECAST_QUERY_PARAMETERS, SALES_KPI_QUERY_PARAMETERS, SALES_PLAN_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { amount, answerOf, currency, day, id, instant, integer, listOf, nullableAmount, objectWith, oneOf, textOrNull } from './answer-schemas.ts';

const tag = 'Sales planning';
const NAMED = { type: ['object', 'null'], properties: { id, name: { type: 'string' } } } as const;
const PLAN_FIELDS = {
	id,
	name: { type: 'string' },
	measure: oneOf(['revenue', 'margin', 'quantity']),
	unit: { type: ['string', 'null'], description: 'The currency of target and actual; null for a quantity plan (milli-units).' },
	rep: NAMED,
	team: NAMED,
	product_group: NAMED,
	customer_group: NAMED,
	period_start: day,
	period_end: day,
	target: amount,
	actual: amount,
	expected_to_date: { ...amount, description: 'The plan to date: the target spread evenly over the period\'s days, up to and including `date`.' },
	attainment_bp: integer,
	projected: { ...amount, description: 'Where the period ends at the run rate so far.' },
	projected_attainment_bp: integer,
	run_rate_per_day: amount,
	days_elapsed: integer,
	days_total: integer,
	status: oneOf(['upcoming', 'ahead', 'on_track', 'behind', 'met', 'missed']),
	behind: { type: 'boolean', description: 'Below the plan to date by more than the plan\'s margin while the period runs: what the morning alert tells.' },
	explanation: { type: 'string' },
};
const PLAN = objectWith(PLAN_FIELDS);
const HOW = 'Revenue and margin are the sales analyses\' figures (orders neither draft nor cancelled, by order day, in the base currency); a team plan counts its members\' orders, a product group its lines and the groups below it. Plans and orders are read under the caller\'s policy: a rep sees their own plans and orders, a manager the teams\' they manage.';

const month = { type: 'string', pattern: '^\\d{4}-\\d{2}$' } as const;
const nullableBp = { type: ['integer', 'null'] } as const;
const SCOPE = objectWith({ kind: oneOf(['company', 'team', 'rep']), id: { type: ['string', 'null'] }, name: { type: 'string' } });
const SNAPSHOT = objectWith({
	id,
	month,
	week: { type: 'string' },
	horizon_months: integer,
	taken_at: instant,
	closed: amount,
	commit: amount,
	best_case: amount,
	open_pipeline: amount,
	weighted: amount,
	baseline: amount,
	baseline_method: { type: 'string' },
	forecast: amount,
	adjustment: amount,
	adjustment_reason: textOrNull,
	final: amount,
	explanation: { type: 'string' },
});
const SCORE = { periods: integer, months: integer, mape_bp: nullableBp, bias_bp: nullableBp };
const FORECAST = objectWith({
	currency,
	this_month: month,
	scope: SCOPE,
	scopes: listOf(SCOPE),
	current: listOf(SNAPSHOT),
	history: listOf(objectWith({ month, in_month: nullableAmount, month_ahead: nullableAmount, actual: nullableAmount, error_bp: nullableBp, bias_bp: nullableBp })),
	accuracy: objectWith({ explanation: { type: 'string' }, overall: objectWith(SCORE), by_horizon: listOf(objectWith({ horizon_months: integer, ...SCORE })) }),
	pipeline: listOf(objectWith({ stage: objectWith({ id, name: { type: 'string' } }), probability_bp: integer, deals: integer, amount, weighted: amount })),
});

const nullableInt = { type: ['integer', 'null'] } as const;
const KPI_ROW = objectWith({
	kind: oneOf(['rep', 'team', 'total']),
	id: { type: ['string', 'null'] },
	name: { type: 'string' },
	won: integer,
	lost: integer,
	win_rate_bp: nullableInt,
	won_amount: amount,
	average_deal: nullableAmount,
	cycle_days: { type: ['number', 'null'], description: 'Days from opening to winning, on average, to the hundredth.' },
	pipeline: amount,
	plan_remaining: nullableAmount,
	coverage_bp: nullableInt,
});

export const SALES_PLANNING_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/sales-plans', tag, summary: 'Plan vs actual', description: `S6.5: every plan whose period holds \`date\`, with its actual up to that day, the plan to date, the run rate and the projected attainment. ${HOW}`, query: SALES_PLAN_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ date: day, currency, plans: listOf(PLAN) })), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
	{ method: 'get', path: '/sales-plans/:id', tag, summary: 'One plan month by month', description: `S6.5: the drill-down of a plan: its figures on \`date\` and, per month of its period, the target (spread by days, the months adding up to it exactly) and the actual. ${HOW}`, pathId: 'The sales plan.', query: SALES_PLAN_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ date: day, currency, ...PLAN_FIELDS, months: listOf(objectWith({ month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, target: amount, actual: amount })) })), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED', 'CRM_NOT_FOUND'] },
	{ method: 'get', path: '/forecasts', tag, summary: 'Forecast with its accuracy', description: 'S6.4: a scope\'s forecasts (the company, a team or a rep) as the weekly job stored them: the latest of this month and the next two — won + open pipeline weighted by stage probability + repeat business projected from monthly history per customer group (Holt-Winters with a 12-month season from two years of history, exponential smoothing from 3 months, the mean below), with commit and best case and a manager\'s adjustment — then, for each closed month, the first forecast made in it and a month ahead beside what it sold, the error (MAPE) and bias per horizon, and the open pipeline by stage. Read under the caller\'s policy: a rep reads their own forecasts, a manager their teams\' and the company\'s.', query: FORECAST_QUERY_PARAMETERS, status: 200, answer: answerOf(FORECAST), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
	{ method: 'post', path: '/forecasts/run', tag, summary: 'Run the weekly forecast now', description: 'S6.4: what the Monday job does (CRM_FORECAST_SCHEDULE): scores the snapshots of months that closed against their actual revenue, then takes the week\'s snapshots of every scope for this month and the next two — once per week and scope, however often it runs. `date` (YYYY-MM-DD) runs it as of that day, with the pipeline as it stood then (a backfill). Administrators only.', body: objectWith({ date: day }, []), bodyOptional: true, status: 200, answer: answerOf(objectWith({ as_of: instant, taken: integer, scored: integer })), errors: ['CRM_NOT_PERMITTED', 'CRM_INVALID_PAYLOAD', 'CRM_FORECAST_PERIOD_CLOSED'] },
	{ method: 'get', path: '/sales-kpis', tag, summary: 'Sales KPIs', description: 'S6.11: per rep and team whose deals the caller may read, and in all: the deals won and lost in the period, the win rate, the average won deal and the sales cycle (opening to winning), the open pipeline due by the end of their running revenue plans and how many times it covers what is left of them; and the conversion by stage (of the deals closed in the period that reached a stage, how many went on). Amounts in the base currency at today\'s rates.', query: SALES_KPI_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ from: day, to: day, currency, rows: listOf(KPI_ROW), stages: listOf(objectWith({ stage: objectWith({ id, name: { type: 'string' } }), entered: integer, advanced: integer, conversion_bp: nullableInt })) })), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
	{ method: 'post', path: '/sales-plans/alerts', tag, summary: 'Send the behind-plan alerts now', description: 'S6.5: what the morning job does (CRM_PLAN_ALERT_SCHEDULE, 06:30): every running plan of a rep or team that is behind by more than its margin notifies the rep (or the team\'s reps) and the team\'s manager, at most once a week per plan. Administrators only.', bodyOptional: true, status: 200, answer: answerOf(objectWith({ notified: integer })), errors: ['CRM_NOT_PERMITTED'] },
];

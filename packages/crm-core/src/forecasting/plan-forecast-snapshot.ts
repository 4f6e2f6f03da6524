import { assertIsoDay } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { formatDecimalAmount, toMinorUnits } from '../money/minor-units.ts';
import { count } from '../profitability/describe-amounts.ts';
import { forecastSeries, type SmoothingMethod } from './forecast-series.ts';
import { forecastWeek, monthsBetween } from './forecast-week.ts';
import { type ForecastDeal, weighPipeline } from './weigh-pipeline.ts';

/** Whose forecast it is: the whole company, one team or one sales rep. */
export const FORECAST_SCOPE_KINDS = ['company', 'team', 'rep'] as const;
export type ForecastScopeKind = (typeof FORECAST_SCOPE_KINDS)[number];

export interface ForecastScope {
	kind: ForecastScopeKind;
	/** The team's or rep's id; null for the company. */
	id: string | null;
}

/** A month's revenue of one customer group, in minor units of the base currency. */
export interface MonthRevenue {
	month: string;
	revenue: number;
}

export interface ForecastSnapshotFacts {
	scope: ForecastScope;
	/** The month forecast, 'YYYY-MM': today's month or a later one. */
	month: string;
	/** The day the snapshot is taken, 'YYYY-MM-DD'. */
	today: string;
	/** Open deals expected to close in the month, plus the deals won in it (category 'closed'). */
	deals: readonly ForecastDeal[];
	/**
	 * The repeat business (orders not made from an opportunity): one monthly series per customer group, oldest
	 * first, month after month without a gap (a month without sales as 0), ending with the month before today's.
	 */
	history: readonly (readonly MonthRevenue[])[];
	/** Repeat-business revenue already booked in today's month (counted when the month forecast is today's). */
	repeatSoFar: number;
	/** The base currency, for the decimals of the explanation; two decimals when not given. */
	currency?: string;
}

/** One row of the weekly snapshot, every amount in minor units of the base currency. */
export interface ForecastSnapshotPlan {
	/** `${week}:${month}:${scope kind}:${scope id or 'all'}`: unique, so the weekly job writes a week's row once. */
	slot: string;
	week: string;
	month: string;
	/** Months from today's month to the month forecast: 0 for the current month. */
	horizonMonths: number;
	closed: number;
	commit: number;
	bestCase: number;
	/** Closed plus the open pipeline weighted by stage probability (weighPipeline). */
	weighted: number;
	open: number;
	/** The repeat business expected in the month. */
	baseline: number;
	/** How many customer groups each method projected: 'holt-winters ×3, exponential ×2'. */
	baselineMethods: string;
	/** closed + (weighted − closed) + baseline. */
	forecast: number;
	explanation: string;
}

const NO_HISTORY = 'no sales history';
const METHOD_ORDER: readonly SmoothingMethod[] = ['holt-winters', 'exponential', 'mean', 'none'];
const METHOD_NAME: Readonly<Record<SmoothingMethod, string>> = { 'holt-winters': 'Holt-Winters', exponential: 'exponential smoothing', mean: 'the mean', none: 'no history' };

/**
 * S6.4 — the weekly snapshot of one scope's forecast for one month: what is won in the month, plus the open
 * pipeline weighted by stage probability, plus the baseline of repeat business that no opportunity tracks,
 * projected per customer group by forecastSeries as far ahead as the month lies. For the current month the
 * baseline is never below what is already booked: sales that happened cannot un-happen. A month already past
 * is refused: its forecast would be hindsight, and the month is scored instead. The slot key makes the weekly
 * job exactly-once: a rerun in the same week plans the same slot, which the store keeps unique.
 */
export function planForecastSnapshot(facts: ForecastSnapshotFacts): ForecastSnapshotPlan {
	const { scope, month, today } = facts;
	assertScope(scope);
	assertIsoDay(today, 'today');
	const currentMonth = today.slice(0, 7);
	const horizonMonths = monthsBetween(currentMonth, month, { from: 'today', to: 'month' });
	if (horizonMonths < 0) {
		const message = `${month} is over: forecast ${currentMonth} or a later month; a past month is scored against its actual revenue instead.`;
		throw new CrmError('CRM_FORECAST_PERIOD_CLOSED', message, { field: 'month' });
	}
	const repeatSoFar = toMinorUnits(facts.repeatSoFar, 'repeat_so_far');
	for (const d of facts.deals) toMinorUnits(d.amountBase, 'amount_base');

	const projections = facts.history.map((series) => forecastSeries(revenuesUntil(series, currentMonth), horizonMonths + 1));
	const projected = projections.reduce((sum, p) => sum + p.values[horizonMonths]!, 0);
	const booked = horizonMonths === 0 && repeatSoFar > projected;
	const baseline = booked ? repeatSoFar : projected;
	const pipeline = weighPipeline(facts.deals);
	const forecast = pipeline.closed + (pipeline.weighted - pipeline.closed) + baseline;

	const counts = METHOD_ORDER.map((method) => [method, projections.filter((p) => p.method === method).length] as const).filter(([, n]) => n > 0);
	const amount = amountFormat(facts.currency);
	const repeat = describeBaseline(describeMethods(counts), booked, amount(projected));
	const week = forecastWeek(today);
	return {
		slot: `${week}:${month}:${scope.kind}:${scope.id ?? 'all'}`,
		week,
		month,
		horizonMonths,
		...pipeline,
		baseline,
		baselineMethods: counts.map(([method, n]) => `${method} ×${n}`).join(', '),
		forecast,
		explanation:
			`Forecast ${amount(forecast)}: won ${amount(pipeline.closed)} + open pipeline weighted ${amount(pipeline.weighted - pipeline.closed)} (of ${amount(pipeline.open)})` +
			` + repeat business ${amount(baseline)} (${repeat})`,
	};
}

function assertScope(scope: ForecastScope): void {
	if (!FORECAST_SCOPE_KINDS.includes(scope.kind)) {
		throw new CrmError('CRM_INVALID_CHOICE', `A forecast's scope is one of ${FORECAST_SCOPE_KINDS.join(', ')}, got ${JSON.stringify(scope.kind)}.`, { field: 'scope_kind' });
	}
	if (scope.kind === 'company' && scope.id !== null) {
		throw new CrmError('CRM_INVALID_PAYLOAD', "The company's forecast covers every team and rep: leave the scope id empty.", { field: 'scope_id' });
	}
	if (scope.kind !== 'company' && (typeof scope.id !== 'string' || scope.id.trim() === '')) {
		throw new CrmError('CRM_REQUIRED_FIELD', `A ${scope.kind}'s forecast needs the ${scope.kind}'s id.`, { field: 'scope_id' });
	}
}

/** The revenues of a series that runs month after month up to the month before `currentMonth`: a gap or a late end would shift the season. */
function revenuesUntil(series: readonly MonthRevenue[], currentMonth: string): number[] {
	series.forEach((point, i) => {
		const expected = series.length - i;
		if (monthsBetween(point.month, currentMonth, { from: 'history', to: 'today' }) !== expected) {
			throw new CrmError(
				'CRM_OUT_OF_RANGE',
				`The history of a customer group must run month after month, a month without sales as 0, up to the month before ${currentMonth}; ${point.month} is out of place.`,
				{ field: 'history' },
			);
		}
	});
	return series.map((point) => toMinorUnits(point.revenue, 'history'));
}

function describeMethods(counts: readonly (readonly [SmoothingMethod, number])[]): string {
	const used = counts.filter(([method]) => method !== 'none');
	if (used.length === 0) return NO_HISTORY;
	return used.map(([method, n], i) => `${METHOD_NAME[method]} on ${i === 0 ? count(n, 'customer group') : n}`).join(', ');
}

/** Where the baseline comes from; when the booked sales beat the projection, both, so the override can be seen. */
function describeBaseline(methods: string, booked: boolean, projected: string): string {
	if (!booked) return methods;
	return methods === NO_HISTORY ? `already booked this month; ${methods}` : `already booked this month; projected ${projected} by ${methods}`;
}

/** Minor units as a grouped decimal without the currency code: 12840000 → "128,400.00". */
function amountFormat(currency: string | undefined): (amount: number) => string {
	// Without a currency, any currency counted in hundredths gives the usual two decimals.
	const digitsOf = currency ?? 'EUR';
	return (amount) => {
		const [whole, fraction] = formatDecimalAmount(amount, digitsOf).split('.');
		return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
	};
}

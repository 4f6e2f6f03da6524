import { describe, expect, test } from 'vitest';
import { errorKindOf, type ForecastDeal, type ForecastSnapshotFacts, type MonthRevenue, planForecastSnapshot } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';

// A Wednesday of 2026-W11 (Monday 2026-03-09 … Sunday 2026-03-15).
const TODAY = '2026-03-11';

const deal = (amountBase: number, probabilityBp: number, category: ForecastDeal['category']): ForecastDeal => ({ amountBase, probabilityBp, category });

/** A customer group's monthly revenue ending with 2026-02, the month before TODAY's. */
function upToFebruary(revenues: readonly number[]): MonthRevenue[] {
	const first = 2026 * 12 + 1 - (revenues.length - 1);
	return revenues.map((revenue, i) => ({ month: `${Math.floor((first + i) / 12)}-${String(((first + i) % 12) + 1).padStart(2, '0')}`, revenue }));
}

// closed 40,000; open 50,000 + 20,000 = 70,000 (the omitted deal counts nowhere);
// weighted = 40,000 + 50,000 × 80 % + 20,000 × 10 % = 40,000 + 40,000 + 2,000 = 82,000.
const DEALS = [deal(40_000, 10_000, 'closed'), deal(50_000, 8000, 'commit'), deal(20_000, 1000, 'pipeline'), deal(9_999, 0, 'omitted')];
// Short series whose projection is computed by hand (forecastSeries' rules):
// exponential smoothing at α = 0.3: 10,000 → 0.3 × 20,000 + 0.7 × 10,000 = 13,000 → 0.3 × 30,000 + 0.7 × 13,000 = 18,100, flat ahead;
// two months: their mean, (1,000 + 2,001) ÷ 2 = 1,500.5 → 1,501, flat ahead. Baseline 18,100 + 1,501 = 19,601.
const SHORT_HISTORY = [upToFebruary([10_000, 20_000, 30_000]), upToFebruary([1_000, 2_001])];

const facts = (over: Partial<ForecastSnapshotFacts> = {}): ForecastSnapshotFacts => ({
	scope: { kind: 'rep', id: 'u-7' },
	month: '2026-03',
	today: TODAY,
	deals: DEALS,
	history: SHORT_HISTORY,
	repeatSoFar: 5_000,
	...over,
});

describe('planForecastSnapshot: the weekly snapshot of a scope’s forecast for a month', () => {
	test('closed + weighted open pipeline + projected repeat business, explained', () => {
		expect(planForecastSnapshot(facts())).toEqual({
			slot: '2026-W11:2026-03:rep:u-7',
			week: '2026-W11',
			month: '2026-03',
			horizonMonths: 0,
			closed: 40_000,
			commit: 90_000,
			bestCase: 90_000,
			weighted: 82_000,
			open: 70_000,
			// 5,000 booked so far is below the 19,601 projected.
			baseline: 19_601,
			baselineMethods: 'exponential ×1, mean ×1',
			// 40,000 + (82,000 − 40,000) + 19,601
			forecast: 101_601,
			explanation: 'Forecast 1,016.01: won 400.00 + open pipeline weighted 420.00 (of 700.00) + repeat business 196.01 (exponential smoothing on 1 customer group, the mean on 1)',
		});
	});

	test.each([
		['a Monday', '2026-03-09', { kind: 'rep', id: 'u-7' }, '2026-03', '2026-W11:2026-03:rep:u-7'],
		['the Wednesday', '2026-03-11', { kind: 'rep', id: 'u-7' }, '2026-03', '2026-W11:2026-03:rep:u-7'],
		['the Sunday', '2026-03-15', { kind: 'rep', id: 'u-7' }, '2026-03', '2026-W11:2026-03:rep:u-7'],
		['the next Monday: the next week’s slot', '2026-03-16', { kind: 'rep', id: 'u-7' }, '2026-03', '2026-W12:2026-03:rep:u-7'],
		['another month in the same week', '2026-03-11', { kind: 'rep', id: 'u-7' }, '2026-04', '2026-W11:2026-04:rep:u-7'],
		['a team', '2026-03-11', { kind: 'team', id: 't-north' }, '2026-03', '2026-W11:2026-03:team:t-north'],
		['the company', '2026-03-11', { kind: 'company', id: null }, '2026-03', '2026-W11:2026-03:company:all'],
	] as const)("takes the week's snapshot once: the same slot for the same week (%s)", (_, today, scope, month, slot) => {
		expect(planForecastSnapshot(facts({ today, scope, month })).slot).toBe(slot);
	});

	// A season on a straight rise of 500 a month over 24 months (2024-03 … 2026-02): Holt-Winters carries on the rise and the
	// season exactly (as forecast-series.test shows), so month t of the series, counted from 0, is forecast SEASON[t mod 12] + 500 t.
	const SEASON = [100, 80, 120, 150, 90, 60, 70, 110, 130, 140, 100, 90].map((x) => x * 1000);
	const RISING = [upToFebruary(Array.from({ length: 24 }, (_, t) => SEASON[t % 12]! + 500 * t))];
	test.each([
		// t = 24: 100,000 + 12,000
		['2026-03', 0, 112_000],
		// t = 25: 80,000 + 12,500
		['2026-04', 1, 92_500],
		// t = 26: 120,000 + 13,000
		['2026-05', 2, 133_000],
	])('a snapshot of next month projects the baseline one month further: %s is %i months ahead, baseline %i', (month, horizonMonths, baseline) => {
		const plan = planForecastSnapshot(facts({ month, history: RISING, deals: [], repeatSoFar: 0 }));
		expect(plan).toMatchObject({ horizonMonths, baseline, forecast: baseline, baselineMethods: 'holt-winters ×1' });
	});

	test('what is already booked this month is never forecast lower', () => {
		// 25,000 booked beats the 19,601 projected: 82,000 + 25,000 = 107,000.
		const plan = planForecastSnapshot(facts({ repeatSoFar: 25_000 }));
		expect(plan).toMatchObject({ baseline: 25_000, forecast: 107_000 });
		expect(plan.explanation).toBe(
			'Forecast 1,070.00: won 400.00 + open pipeline weighted 420.00 (of 700.00) + repeat business 250.00 (already booked this month; projected 196.01 by exponential smoothing on 1 customer group, the mean on 1)',
		);
	});

	test('what is booked this month says nothing about next month: its baseline stays the projection', () => {
		expect(planForecastSnapshot(facts({ month: '2026-04', repeatSoFar: 25_000 }))).toMatchObject({ horizonMonths: 1, baseline: 19_601, forecast: 101_601 });
	});

	test('explains the forecast as a manager reads it', () => {
		// Flat two-year histories: Holt-Winters finds no trend and no season and forecasts the flat value:
		// 1,000,000 + 1,200,000 + 1,410,000 = 3,610,000. Open: 8,000,000 × 50 % + 4,000,000 × 30.75 % = 4,000,000 + 1,230,000 = 5,230,000.
		const flat = (value: number) => upToFebruary(Array.from({ length: 24 }, () => value));
		const plan = planForecastSnapshot(
			facts({
				month: '2026-04',
				deals: [deal(4_000_000, 10_000, 'closed'), deal(8_000_000, 5000, 'commit'), deal(4_000_000, 3075, 'best_case')],
				history: [flat(1_000_000), flat(1_200_000), flat(1_410_000)],
			}),
		);
		// 4,000,000 + 5,230,000 + 3,610,000 = 12,840,000
		expect(plan).toMatchObject({ closed: 4_000_000, weighted: 9_230_000, open: 12_000_000, baseline: 3_610_000, forecast: 12_840_000, baselineMethods: 'holt-winters ×3' });
		expect(plan.explanation).toBe('Forecast 128,400.00: won 40,000.00 + open pipeline weighted 52,300.00 (of 120,000.00) + repeat business 36,100.00 (Holt-Winters on 3 customer groups)');
	});

	test('names every method it used, and groups without history', () => {
		const flat = (value: number, months: number) => upToFebruary(Array.from({ length: months }, () => value));
		// Holt-Winters on flat 24 months and exponential smoothing on flat 12 months both give the flat value back: 3 × 100 + 2 × 200; the empty group adds 0.
		const history = [flat(100, 24), flat(100, 24), flat(100, 24), flat(200, 12), flat(200, 12), []];
		const plan = planForecastSnapshot(facts({ month: '2026-04', deals: [], history }));
		expect(plan).toMatchObject({ baseline: 700, forecast: 700, baselineMethods: 'holt-winters ×3, exponential ×2, none ×1' });
		expect(plan.explanation).toBe('Forecast 7.00: won 0.00 + open pipeline weighted 0.00 (of 0.00) + repeat business 7.00 (Holt-Winters on 3 customer groups, exponential smoothing on 2)');
	});

	test.each([
		['without history: the pipeline only', facts({ history: [], repeatSoFar: 0 }), 'Forecast 820.00: won 400.00 + open pipeline weighted 420.00 (of 700.00) + repeat business 0.00 (no sales history)'],
		[
			'in a currency without decimals',
			facts({ currency: 'JPY' }),
			'Forecast 101,601: won 40,000 + open pipeline weighted 42,000 (of 70,000) + repeat business 19,601 (exponential smoothing on 1 customer group, the mean on 1)',
		],
		[
			'booked without history',
			facts({ history: [], repeatSoFar: 300 }),
			'Forecast 823.00: won 400.00 + open pipeline weighted 420.00 (of 700.00) + repeat business 3.00 (already booked this month; no sales history)',
		],
	])('explanation %s', (_, input, explanation) => {
		expect(planForecastSnapshot(input).explanation).toBe(explanation);
	});

	test.each([
		['a month before today’s is refused: it is scored, not forecast', facts({ month: '2026-02' }), ['CRM_FORECAST_PERIOD_CLOSED', 'month']],
		['a month written without its leading zero', facts({ month: '2026-4' }), ['CRM_INVALID_FORMAT', 'month']],
		['a day that does not exist', facts({ today: '2026-02-30' }), ['CRM_INVALID_FORMAT', 'today']],
		['a rep’s forecast without the rep', facts({ scope: { kind: 'rep', id: null } }), ['CRM_REQUIRED_FIELD', 'scope_id']],
		['a team’s forecast with a blank team', facts({ scope: { kind: 'team', id: ' ' } }), ['CRM_REQUIRED_FIELD', 'scope_id']],
		['the company’s forecast for one id', facts({ scope: { kind: 'company', id: 'u-7' } }), ['CRM_INVALID_PAYLOAD', 'scope_id']],
		['a scope that does not exist', facts({ scope: { kind: 'region' as 'team', id: 'r-1' } }), ['CRM_INVALID_CHOICE', 'scope_kind']],
		['history that stops a month early', facts({ history: [[{ month: '2026-01', revenue: 100 }]] }), ['CRM_OUT_OF_RANGE', 'history']],
		['history with a gap', facts({ history: [[{ month: '2025-12', revenue: 100 }, { month: '2026-02', revenue: 100 }]] }), ['CRM_OUT_OF_RANGE', 'history']],
		['history reaching into today’s month', facts({ history: [upToFebruary([100]).concat({ month: '2026-03', revenue: 100 })] }), ['CRM_OUT_OF_RANGE', 'history']],
		['revenue in fractions of a minor unit', facts({ history: [upToFebruary([100.5])] }), ['CRM_INVALID_AMOUNT', 'history']],
		['booked revenue in fractions of a minor unit', facts({ repeatSoFar: 1.5 }), ['CRM_INVALID_AMOUNT', 'repeat_so_far']],
		['a deal in fractions of a minor unit', facts({ deals: [deal(10.5, 5000, 'commit')] }), ['CRM_INVALID_AMOUNT', 'amount_base']],
	])('%s', (_, input, failure) => {
		expect(domainFailure(() => planForecastSnapshot(input))).toEqual(failure);
	});

	test('a closed period is a conflict, not a malformed request', () => {
		expect(errorKindOf('CRM_FORECAST_PERIOD_CLOSED')).toBe('conflict');
	});
});

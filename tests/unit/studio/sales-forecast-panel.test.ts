import { describe, expect, it } from 'vitest';
import { buildForecastChartOptions, forecastChartData, pointText } from '../../../extensions/panels/crm-sales-forecast/src/forecast-chart-options.ts';
import {
	accuracyRows,
	barWidth,
	comingLabel,
	currentCards,
	EMPTY_TEXT,
	horizonLabel,
	isEmptyForecast,
	pipelineTotal,
	scopeByKey,
	scopeGroups,
	scopeKey,
	signedMoney,
	signedPercent,
	stageRows,
} from '../../../extensions/panels/crm-sales-forecast/src/forecast-text.ts';
import { latestLoader } from '../../../extensions/panels/crm-sales-forecast/src/load-latest.ts';
import { forecastParams, fromForecastResponse } from '../../../extensions/panels/crm-sales-forecast/src/read-forecast.ts';
import { readTheme, THEME_VARIABLES } from '../../../packages/crm-studio/src/read-theme.ts';

const theme = readTheme(() => '');

const thisMonth = {
	id: 's0',
	month: '2026-12',
	week: '2026-W50',
	horizon_months: 0,
	taken_at: '2026-12-07T05:00:00.000Z',
	closed: 1200000,
	commit: 2000000,
	best_case: 5000000,
	open_pipeline: '8000000',
	weighted: 4200000,
	baseline: 4500000,
	baseline_method: 'holt-winters ×3',
	forecast: 8700000,
	adjustment: 500000,
	adjustment_reason: 'Big deal signed Friday',
	final: '9200000',
	explanation: 'Forecast 87,000.00: won 12,000.00 + open pipeline weighted 30,000.00 (of 80,000.00) + repeat business 45,000.00 (Holt-Winters on 3 customer groups)',
};

const nextMonth = {
	...thisMonth,
	id: 's1',
	month: '2027-01',
	horizon_months: 1,
	closed: 0,
	commit: 0,
	best_case: 1000000,
	open_pipeline: 6000000,
	weighted: 2500000,
	baseline: 4000000,
	forecast: 6500000,
	adjustment: -150000,
	adjustment_reason: null,
	final: 6350000,
	explanation: 'Forecast 65,000.00',
};

const inTwoMonths = { ...nextMonth, id: 's2', month: '2027-02', horizon_months: 2, weighted: 0, open_pipeline: 0, best_case: 0, baseline: 3800000, forecast: 3800000, adjustment: 0, final: undefined, taken_at: null, explanation: '' };

const body = {
	data: {
		currency: 'EUR',
		this_month: '2026-12',
		scope: { kind: 'team', id: 't1', name: 'North' },
		scopes: [
			{ kind: 'company', id: null, name: 'Company' },
			{ kind: 'team', id: 't1', name: 'North' },
			{ kind: 'rep', id: 'r1', name: 'Rita Rep' },
			{ kind: 'team', id: 't1', name: 'North' },
			{ kind: 'rep', id: null, name: 'Nobody' },
			{ kind: 'region', id: 'x', name: 'Elsewhere' },
			'junk',
		],
		current: [nextMonth, thisMonth, inTwoMonths, { month: '2027-03' }],
		history: [
			{ month: '2026-11', in_month: 9000000, month_ahead: null, actual: 8700000, error_bp: 345, bias_bp: 345 },
			{ month: '2026-10', in_month: 8000000, month_ahead: '7500000', actual: '8400000', error_bp: 476, bias_bp: -476 },
			{ month: 'October' },
		],
		accuracy: {
			explanation: 'Forecasts made in the month were off by 4.11 % on average (2 months), a month ahead 10.71 % (1 month).',
			overall: { periods: 3, months: 2, mape_bp: 653, bias_bp: 127 },
			by_horizon: [
				{ horizon_months: 1, periods: 1, months: 1, mape_bp: 1071, bias_bp: -1071 },
				{ horizon_months: 0, periods: 2, months: 2, mape_bp: 411, bias_bp: -66 },
			],
		},
		pipeline: [
			{ stage: { id: 'st1', name: 'Qualification' }, probability_bp: 2000, deals: 5, amount: '5000000', weighted: 1000000 },
			{ stage: { id: 'st2', name: 'Proposal' }, probability_bp: 5000, deals: 2, amount: 2000000, weighted: 1000000 },
			{ stage: { id: 'st3', name: 'Negotiation' }, probability_bp: 8000, deals: 1, amount: 1000000, weighted: 800000 },
			{ stage: null, deals: 9 },
		],
	},
};

const view = fromForecastResponse(body)!;

describe('fromForecastResponse', () => {
	it('reads the currency, the month, the scope and the scopes to choose from, each once', () => {
		expect(view).toMatchObject({ currency: 'EUR', thisMonth: '2026-12', scope: { kind: 'team', id: 't1', name: 'North' } });
		expect(view.scopes).toEqual([
			{ kind: 'company', id: null, name: 'Company' },
			{ kind: 'team', id: 't1', name: 'North' },
			{ kind: 'rep', id: 'r1', name: 'Rita Rep' },
		]);
	});

	it('reads the snapshots with an id by month, bigints sent as text included, the final as forecast + adjustment when missing', () => {
		expect(view.current.map((s) => s.id)).toEqual(['s0', 's1', 's2']);
		expect(view.current[0]).toEqual({
			id: 's0',
			month: '2026-12',
			week: '2026-W50',
			horizonMonths: 0,
			takenAt: '2026-12-07T05:00:00.000Z',
			closed: 1200000,
			commit: 2000000,
			bestCase: 5000000,
			openPipeline: 8000000,
			weighted: 4200000,
			baseline: 4500000,
			baselineMethod: 'holt-winters ×3',
			forecast: 8700000,
			adjustment: 500000,
			adjustmentReason: 'Big deal signed Friday',
			final: 9200000,
			explanation: thisMonth.explanation,
		});
		expect(view.current[2]).toMatchObject({ final: 3800000, adjustmentReason: null, takenAt: '' });
	});

	it('reads the closed months oldest first, nothing known as null', () => {
		expect(view.history).toEqual([
			{ month: '2026-10', inMonth: 8000000, monthAhead: 7500000, actual: 8400000, errorBp: 476, biasBp: -476 },
			{ month: '2026-11', inMonth: 9000000, monthAhead: null, actual: 8700000, errorBp: 345, biasBp: 345 },
		]);
	});

	it('reads the accuracy nearest horizon first, and the stages with an id in pipeline order', () => {
		expect(view.accuracy.byHorizon.map((h) => h.horizonMonths)).toEqual([0, 1]);
		expect(view.accuracy.overall).toEqual({ periods: 3, months: 2, mapeBp: 653, biasBp: 127 });
		expect(view.pipeline).toEqual([
			{ id: 'st1', name: 'Qualification', probabilityBp: 2000, deals: 5, amount: 5000000, weighted: 1000000 },
			{ id: 'st2', name: 'Proposal', probabilityBp: 5000, deals: 2, amount: 2000000, weighted: 1000000 },
			{ id: 'st3', name: 'Negotiation', probabilityBp: 8000, deals: 1, amount: 1000000, weighted: 800000 },
		]);
	});

	it('refuses an answer without a currency code, a month or a scope it could ask for again', () => {
		expect(fromForecastResponse(null)).toBeNull();
		expect(fromForecastResponse({ data: [] })).toBeNull();
		expect(fromForecastResponse({ data: { ...body.data, currency: 'euro' } })).toBeNull();
		expect(fromForecastResponse({ data: { ...body.data, this_month: '2026-12-01' } })).toBeNull();
		expect(fromForecastResponse({ data: { ...body.data, scope: undefined } })).toBeNull();
		expect(fromForecastResponse({ data: { ...body.data, scope: { kind: 'rep', id: '', name: 'Rita Rep' } } })).toBeNull();
	});

	it('reads an answer with nothing in it, and lists its scope when the scopes leave it out', () => {
		const bare = fromForecastResponse({ data: { currency: 'EUR', this_month: '2026-12', scope: { kind: 'rep', id: 'r2' } } })!;
		expect(bare).toEqual({
			currency: 'EUR',
			thisMonth: '2026-12',
			scope: { kind: 'rep', id: 'r2', name: 'Unnamed rep' },
			scopes: [{ kind: 'rep', id: 'r2', name: 'Unnamed rep' }],
			current: [],
			history: [],
			accuracy: { explanation: 'No forecast has been scored yet.', overall: { periods: 0, months: 0, mapeBp: null, biasBp: null }, byHorizon: [] },
			pipeline: [],
		});
		expect(isEmptyForecast(bare)).toBe(true);
		expect(isEmptyForecast(view)).toBe(false);
		expect(EMPTY_TEXT).toBe('No forecast has been taken yet: the CRM takes one every Monday.');
		const company = fromForecastResponse({ data: { ...body.data, scope: { kind: 'company', id: 'ignored' }, scopes: [] } })!;
		expect(company.scope).toEqual({ kind: 'company', id: null, name: 'Company' });
	});

	it('asks for the scope picked, or none to get the caller\'s default', () => {
		expect(forecastParams(null)).toEqual({ months: 12 });
		expect(forecastParams({ kind: 'company', id: null })).toEqual({ scope: 'company', months: 12 });
		expect(forecastParams({ kind: 'team', id: 't1' })).toEqual({ scope: 'team', id: 't1', months: 12 });
	});
});

describe('the scope selector', () => {
	it('lists the company, then the teams, then the reps by name', () => {
		expect(scopeGroups(view.scopes)).toEqual([
			{ label: null, choices: [{ value: 'company', text: 'Company' }] },
			{ label: 'Teams', choices: [{ value: 'team:t1', text: 'North' }] },
			{ label: 'Reps', choices: [{ value: 'rep:r1', text: 'Rita Rep' }] },
		]);
		expect(scopeGroups([{ kind: 'rep', id: 'r1', name: 'Rita Rep' }])).toEqual([{ label: 'Reps', choices: [{ value: 'rep:r1', text: 'Rita Rep' }] }]);
	});

	it('finds the scope an option names, and only a listed one', () => {
		expect(scopeKey(view.scope)).toBe('team:t1');
		expect(scopeByKey(view.scopes, 'rep:r1')).toEqual({ kind: 'rep', id: 'r1', name: 'Rita Rep' });
		expect(scopeByKey(view.scopes, 'company')).toEqual({ kind: 'company', id: null, name: 'Company' });
		expect(scopeByKey(view.scopes, 'rep:r9')).toBeNull();
	});
});

describe('the cards of this month and the next two', () => {
	const cards = currentCards(view);

	it('writes this month\'s forecast with its parts, commit, best case and adjustment', () => {
		expect(cards[0]).toEqual({
			id: 's0',
			month: 'Dec 2026',
			coming: 'This month',
			final: '92,000.00 EUR',
			parts: 'Won 12,000.00 EUR · Weighted pipeline 30,000.00 EUR (of 80,000.00 EUR open) · Repeat business 45,000.00 EUR',
			commit: '20,000.00 EUR',
			bestCase: '50,000.00 EUR',
			adjustment: 'Adjusted +5,000.00 EUR: Big deal signed Friday',
			taken: 'Taken on 2026-12-07',
			explanation: thisMonth.explanation,
			adjustHref: '/admin/content/crm_forecast_snapshots/s0',
		});
	});

	it('writes a cut without a reason, and no adjustment when there is none', () => {
		expect(cards[1]).toMatchObject({ month: 'Jan 2027', coming: 'Next month', final: '63,500.00 EUR', adjustment: 'Adjusted −1,500.00 EUR', parts: 'Won 0.00 EUR · Weighted pipeline 25,000.00 EUR (of 60,000.00 EUR open) · Repeat business 40,000.00 EUR' });
		expect(cards[2]).toMatchObject({ month: 'Feb 2027', coming: 'In 2 months', final: '38,000.00 EUR', adjustment: '', taken: '', adjustHref: '/admin/content/crm_forecast_snapshots/s2' });
	});

	it('signs amounts and shares', () => {
		expect(signedMoney(500000, 'EUR')).toBe('+5,000.00 EUR');
		expect(signedMoney(-4250, 'JPY')).toBe('−4,250 JPY');
		expect(signedMoney(0, 'EUR')).toBe('±0.00 EUR');
		expect(signedPercent(310)).toBe('+3.1 %');
		expect(signedPercent(-1071)).toBe('−10.71 %');
		expect(signedPercent(0)).toBe('±0 %');
		expect(signedPercent(null)).toBe('–');
	});

	it('names the horizons', () => {
		expect([0, 1, 2].map(horizonLabel)).toEqual(['In the month', 'A month ahead', '2 months ahead']);
		expect([0, 1, 2].map(comingLabel)).toEqual(['This month', 'Next month', 'In 2 months']);
	});
});

describe('the accuracy table', () => {
	it('gives each horizon its error and bias in percent and its months, then all horizons together', () => {
		expect(accuracyRows(view.accuracy)).toEqual([
			{ key: '0', label: 'In the month', mape: '4.11 %', bias: '−0.66 %', biasTitle: 'Ran low: forecast less than was sold', months: '2' },
			{ key: '1', label: 'A month ahead', mape: '10.71 %', bias: '−10.71 %', biasTitle: 'Ran low: forecast less than was sold', months: '1' },
			{ key: 'all', label: 'All horizons', mape: '6.53 %', bias: '+1.27 %', biasTitle: 'Ran high: forecast more than was sold', months: '2' },
		]);
	});

	it('shows one horizon alone, and a month with nothing sold as a dash', () => {
		const one = { explanation: '', overall: { periods: 1, months: 1, mapeBp: null, biasBp: null }, byHorizon: [{ horizonMonths: 2, periods: 1, months: 1, mapeBp: null, biasBp: null }] };
		expect(accuracyRows(one)).toEqual([{ key: '2', label: '2 months ahead', mape: '–', bias: '–', biasTitle: 'Nothing sold to compare with', months: '1' }]);
		expect(accuracyRows({ ...one, byHorizon: [] })).toEqual([]);
	});
});

describe('the pipeline by stage', () => {
	it('writes each stage with its probability, deals, amount and weighted, the bars against the largest amount', () => {
		expect(stageRows(view)).toEqual([
			{ id: 'st1', name: 'Qualification', probability: '20 %', deals: '5 deals', amount: '50,000.00 EUR', weighted: '10,000.00 EUR', amountPercent: 100, weightedPercent: 20 },
			{ id: 'st2', name: 'Proposal', probability: '50 %', deals: '2 deals', amount: '20,000.00 EUR', weighted: '10,000.00 EUR', amountPercent: 40, weightedPercent: 20 },
			{ id: 'st3', name: 'Negotiation', probability: '80 %', deals: '1 deal', amount: '10,000.00 EUR', weighted: '8,000.00 EUR', amountPercent: 20, weightedPercent: 16 },
		]);
		expect(pipelineTotal(view)).toBe('8 open deals · 80,000.00 EUR · weighted 28,000.00 EUR');
	});

	it('draws no bar when nothing is open', () => {
		expect(barWidth(5, 0)).toBe(0);
		expect(barWidth(1, 3)).toBe(33.33);
		expect(stageRows({ currency: 'EUR', pipeline: [{ id: 's', name: 'Lead', probabilityBp: 1000, deals: 0, amount: 0, weighted: 0 }] })[0]).toMatchObject({ deals: '0 deals', amountPercent: 0, weightedPercent: 0 });
	});
});

describe('the forecast chart', () => {
	it('draws the closed months and the coming months that have a forecast in the month or a month ahead', () => {
		expect(forecastChartData(view)).toEqual({
			months: ['2026-10', '2026-11', '2026-12', '2027-01'],
			series: [
				{ name: 'Actual', kind: 'column', values: [8400000, 8700000, null, null] },
				{ name: 'Forecast in the month', kind: 'line', values: [8000000, 9000000, 9200000, null] },
				{ name: 'Forecast a month ahead', kind: 'line', values: [7500000, null, null, 6350000] },
			],
		});
		expect(forecastChartData({ history: [], current: [] })).toEqual({ months: [], series: expect.any(Array) });
	});

	it('draws amounts in major units by month, the month-ahead line dashed', () => {
		const options = buildForecastChartOptions(view, theme, 260) as any;
		expect(options.chart).toMatchObject({ type: 'line', height: 260, toolbar: { show: false } });
		expect(options.series).toEqual([
			{ name: 'Actual', type: 'column', data: [84000, 87000, null, null] },
			{ name: 'Forecast in the month', type: 'line', data: [80000, 90000, 92000, null] },
			{ name: 'Forecast a month ahead', type: 'line', data: [75000, null, null, 63500] },
		]);
		expect(options.stroke.dashArray).toEqual([0, 0, 5]);
		expect(options.xaxis.categories).toEqual(['Oct 2026', 'Nov 2026', 'Dec 2026', 'Jan 2027']);
		expect(options.colors).toEqual([THEME_VARIABLES.primary[1], THEME_VARIABLES.foreground[1], THEME_VARIABLES.warning[1]]);
		expect(options.yaxis.title.text).toBe('EUR');
		expect(options.yaxis.labels.formatter(92000)).toBe('92k');
	});

	it('says the exact amount of a point in the tooltip, and leaves out a series without one', () => {
		const options = buildForecastChartOptions(view, theme, 260) as any;
		expect(options.tooltip.y.formatter(92000, { seriesIndex: 1, dataPointIndex: 2 })).toBe('92,000.00 EUR');
		expect(options.tooltip.y.formatter(null, { seriesIndex: 0, dataPointIndex: 2 })).toBeUndefined();
		expect(pointText(forecastChartData(view).series, 'EUR', 2, 0)).toBe('75,000.00 EUR');
		expect(pointText(forecastChartData(view).series, 'EUR', 5, 0)).toBeUndefined();
	});
});

describe('latestLoader', () => {
	it('keeps the answer to the latest request when an earlier one comes back after it', async () => {
		const state = { view: { value: null as string | null }, loading: { value: false }, error: { value: null as string | null } };
		const load = latestLoader(state, 'failed');
		let answerFirst: (v: string) => void = () => {};
		const first = load(() => new Promise<string>((resolve) => (answerFirst = resolve)));
		const second = load(async () => 'second');
		expect(await second).toBe(true);
		expect(state).toEqual({ view: { value: 'second' }, loading: { value: false }, error: { value: null } });
		answerFirst('first');
		expect(await first).toBe(false);
		expect(state.view.value).toBe('second');
		expect(await load(async () => Promise.reject(new Error('The forecast could not be read.')))).toBe(true);
		expect(state).toEqual({ view: { value: null }, loading: { value: false }, error: { value: 'The forecast could not be read.' } });
	});
});

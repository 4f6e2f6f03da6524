import { describe, expect, it } from 'vitest';
import { buildPlanChartOptions, drawnValue, planSeries, pointText } from '../../../extensions/panels/crm-sales-plans/src/plan-chart-options.ts';
import { paceText, planAmount, planRows, trackShare } from '../../../extensions/panels/crm-sales-plans/src/plan-rows.ts';
import { fromSalesPlanResponse, fromSalesPlansResponse } from '../../../extensions/panels/crm-sales-plans/src/read-sales-plans.ts';
import { readTheme, THEME_VARIABLES } from '../../../packages/crm-studio/src/read-theme.ts';

const theme = readTheme(() => '');

const revenuePlan = {
	id: 'p1',
	name: 'Q1 revenue',
	measure: 'revenue',
	unit: 'EUR',
	rep: { id: 'r1', name: 'Rita Rep' },
	team: null,
	product_group: { id: 'g1', name: 'Tools' },
	customer_group: { id: 'c1', name: 'Key accounts' },
	period_start: '2027-01-01',
	period_end: '2027-03-31',
	target: 9000000,
	actual: '4250000',
	expected_to_date: 4500000,
	attainment_bp: 4722,
	projected: 8500000,
	projected_attainment_bp: 9444,
	run_rate_per_day: 94444,
	days_elapsed: 45,
	days_total: 90,
	status: 'on_track',
	behind: false,
	explanation: 'Revenue 42,500.00 EUR of 90,000.00 EUR (47.22 %) after 45 of 90 days: 2,500.00 EUR behind the plan to date (45,000.00 EUR); at this rate 85,000.00 EUR (94.44 %) by 2027-03-31.',
};

const quantityPlan = {
	id: 'p2',
	name: 'Bolts sold',
	measure: 'quantity',
	unit: null,
	rep: null,
	team: { id: 't1', name: 'North' },
	product_group: { id: 'g2', name: 'Bolts' },
	customer_group: null,
	period_start: '2027-02-01',
	period_end: '2027-02-28',
	target: 1000000,
	actual: 1234500,
	expected_to_date: 500000,
	attainment_bp: 12345,
	projected: 2469000,
	projected_attainment_bp: 24690,
	run_rate_per_day: 88179,
	days_elapsed: 14,
	days_total: 28,
	status: 'met',
	behind: false,
	explanation: 'Quantity 1,234.5 of 1,000 (123.45 %).',
};

const companyPlan = {
	...revenuePlan,
	id: 'p3',
	name: 'Margin 2027',
	measure: 'margin',
	unit: undefined,
	rep: null,
	team: null,
	product_group: null,
	customer_group: null,
	period_start: '2027-03-01',
	period_end: '2027-12-31',
	target: 0,
	actual: 0,
	expected_to_date: 0,
	attainment_bp: 0,
	projected: 0,
	projected_attainment_bp: 0,
	run_rate_per_day: 0,
	days_elapsed: 0,
	days_total: 306,
	status: 'upcoming',
	explanation: '',
};

const body = { data: { date: '2027-02-14', currency: 'EUR', plans: [revenuePlan, quantityPlan, companyPlan, { name: 'no id' }, 'junk'] } };

describe('fromSalesPlansResponse', () => {
	const view = fromSalesPlansResponse(body)!;

	it('reads the day, the currency and each plan with an id, bigints sent as text included', () => {
		expect(view.date).toBe('2027-02-14');
		expect(view.currency).toBe('EUR');
		expect(view.plans.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
		expect(view.plans[0]).toMatchObject({ measure: 'revenue', unit: 'EUR', actual: 4250000, rep: { id: 'r1', name: 'Rita Rep' }, team: null, productGroup: { id: 'g1', name: 'Tools' }, customerGroup: { id: 'c1', name: 'Key accounts' }, status: 'on_track', behind: false });
	});

	it('gives a quantity plan no currency and a money plan that names none the answer\'s', () => {
		expect(view.plans[1]).toMatchObject({ measure: 'quantity', unit: null });
		expect(view.plans[2]).toMatchObject({ measure: 'margin', unit: 'EUR', status: 'upcoming' });
	});

	it('refuses an answer without its day or a currency code', () => {
		expect(fromSalesPlansResponse(null)).toBeNull();
		expect(fromSalesPlansResponse({ data: [] })).toBeNull();
		expect(fromSalesPlansResponse({ data: { date: '2027-02-14', plans: [] } })).toBeNull();
		expect(fromSalesPlansResponse({ data: { date: '2027-02-14', currency: 'euro', plans: [] } })).toBeNull();
		expect(fromSalesPlansResponse({ data: { date: '2027-02-14', currency: 'EUR' } })).toEqual({ date: '2027-02-14', currency: 'EUR', plans: [] });
	});

	it('reads an unknown status and measure as none, an unnamed rep by what it is', () => {
		const [plan] = fromSalesPlansResponse({ data: { date: '2027-02-14', currency: 'EUR', plans: [{ ...revenuePlan, status: 'sideways', measure: 'visits', rep: { id: 'r9', name: '' } }] } })!.plans;
		expect(plan).toMatchObject({ status: null, measure: null, unit: 'EUR', rep: { id: 'r9', name: 'Unnamed rep' } });
	});
});

describe('planRows', () => {
	const rows = planRows(fromSalesPlansResponse(body)!);

	it('writes a rep\'s revenue plan in money, percent and names', () => {
		expect(rows[0]).toEqual({
			id: 'p1',
			name: 'Q1 revenue',
			measure: 'Revenue',
			whose: 'Rita Rep',
			narrowedTo: 'Tools · Key accounts',
			narrowedTitle: 'Only product group Tools and customer group Key accounts',
			period: '2027-01-01 – 2027-03-31',
			target: '90,000.00 EUR',
			actual: '42,500.00 EUR',
			attainment: '47.22 %',
			barPercent: 47.22,
			markerPercent: 50,
			planToDate: '45,000.00 EUR',
			projected: '85,000.00 EUR',
			projectedPercent: '94.44 %',
			status: { label: 'On track', tone: 'warning' },
			explanation: revenuePlan.explanation,
		});
	});

	it('writes a team\'s quantity plan in decimals, its bar capped at the full track', () => {
		expect(rows[1]).toMatchObject({
			measure: 'Quantity',
			whose: 'North',
			narrowedTo: 'Bolts',
			narrowedTitle: 'Only product group Bolts',
			target: '1,000',
			actual: '1,234.5',
			attainment: '123.45 %',
			barPercent: 100,
			markerPercent: 50,
			planToDate: '500',
			projected: '2,469',
			projectedPercent: '246.9 %',
			status: { label: 'Met', tone: 'success' },
		});
	});

	it('writes a company plan that has not started: no narrowing, no projection, no plan-to-date mark on a zero target', () => {
		expect(rows[2]).toMatchObject({ measure: 'Margin', whose: 'Company', narrowedTo: '—', narrowedTitle: '', target: '0.00 EUR', barPercent: 0, markerPercent: null, projected: '–', projectedPercent: '', status: { label: 'Upcoming', tone: 'neutral' } });
	});

	it.each([
		['ahead', 'Ahead', 'success'],
		['behind', 'Behind', 'danger'],
		['missed', 'Missed', 'danger'],
		['sideways', '–', 'neutral'],
	])('shows the status %s as "%s" in the %s tone', (status, label, tone) => {
		const [row] = planRows(fromSalesPlansResponse({ data: { date: '2027-02-14', currency: 'EUR', plans: [{ ...revenuePlan, status }] } })!);
		expect(row!.status).toEqual({ label, tone });
	});

	it('formats amounts, quantities and track shares exactly', () => {
		expect(planAmount(4250000, 'EUR')).toBe('42,500.00 EUR');
		expect(planAmount(4250, 'JPY')).toBe('4,250 JPY');
		expect(planAmount(2500, null)).toBe('2.5');
		expect(trackShare(1, 3)).toBe(33.33);
		expect(trackShare(-5, 100)).toBe(0);
		expect(trackShare(5, 0)).toBeNull();
	});

	it('tells the pace of a running plan and the start of an upcoming one', () => {
		const [running, quantity, upcoming] = fromSalesPlansResponse(body)!.plans;
		expect(paceText(running!)).toBe('Day 45 of 90 · plan to date 45,000.00 EUR · run rate 944.44 EUR a day');
		expect(paceText(quantity!)).toBe('Day 14 of 28 · plan to date 500 · run rate 88.179 a day');
		expect(paceText(upcoming!)).toBe('Day 0 of 306 · starts on 2027-03-01');
	});
});

describe('fromSalesPlanResponse and the month chart', () => {
	const months = [
		{ month: '2027-02', target: 3111111, actual: 1250000 },
		{ month: '2027-01', target: 3100000, actual: '3000000' },
		{ month: 'later', target: 1, actual: 1 },
		{ month: '2027-03', target: 2788889, actual: 0 },
	];
	const detail = fromSalesPlanResponse({ data: { ...revenuePlan, date: '2027-02-14', currency: 'EUR', months } })!;

	it('reads the plan and its months in order', () => {
		expect(detail.plan).toMatchObject({ id: 'p1', name: 'Q1 revenue', unit: 'EUR' });
		expect(detail.months).toEqual([
			{ month: '2027-01', target: 3100000, actual: 3000000 },
			{ month: '2027-02', target: 3111111, actual: 1250000 },
			{ month: '2027-03', target: 2788889, actual: 0 },
		]);
		expect(fromSalesPlanResponse({ data: { date: '2027-02-14', currency: 'EUR', months } })).toBeNull();
	});

	it('draws the actual as columns and the plan as a line, in major units, by month', () => {
		const options = buildPlanChartOptions(detail, theme, 260) as any;
		expect(options.chart).toMatchObject({ type: 'line', height: 260, toolbar: { show: false } });
		expect(options.series).toEqual([
			{ name: 'Actual', type: 'column', data: [30000, 12500, 0] },
			{ name: 'Plan', type: 'line', data: [31000, 31111.11, 27888.89] },
		]);
		expect(options.xaxis.categories).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027']);
		expect(options.colors).toEqual([THEME_VARIABLES.primary[1], THEME_VARIABLES.foreground[1]]);
		expect(options.yaxis.title.text).toBe('EUR');
		expect(options.yaxis.labels.formatter(31111.11)).toBe('31.1k');
	});

	it('says the exact amount of a point in the tooltip', () => {
		const options = buildPlanChartOptions(detail, theme, 260) as any;
		expect(options.tooltip.y.formatter(12500, { seriesIndex: 0, dataPointIndex: 1 })).toBe('12,500.00 EUR');
		expect(options.tooltip.y.formatter(31111.11, { seriesIndex: 1, dataPointIndex: 1 })).toBe('31,111.11 EUR');
		expect(options.tooltip.y.formatter(0, { seriesIndex: 5, dataPointIndex: 0 })).toBe('');
	});

	it('draws a quantity plan in units and says its points as decimals', () => {
		const quantity = fromSalesPlanResponse({ data: { ...quantityPlan, date: '2027-02-14', currency: 'EUR', months: [{ month: '2027-02', target: 1000000, actual: 1234500 }] } })!;
		const options = buildPlanChartOptions(quantity, theme, 260) as any;
		expect(options.series.map((s: { data: number[] }) => s.data)).toEqual([[1234.5], [1000]]);
		expect(options.yaxis.title.text).toBe('Quantity');
		expect(pointText(planSeries(quantity), null, 0, 0)).toBe('1,234.5');
		expect(drawnValue(2500, null)).toBe(2.5);
		expect(drawnValue(4250, 'JPY')).toBe(4250);
	});
});

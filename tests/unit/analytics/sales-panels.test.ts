import { describe, expect, test } from 'vitest';
import { breakdownRows, totalCells } from '../../../extensions/panels/crm-sales-overview/src/breakdown-rows.ts';
import { fileNameOf } from '../../../packages/crm-studio/src/download-csv.ts';
import { growthChange, monthLabel, pointsChange } from '../../../packages/crm-studio/src/sales-figure-text.ts';
import { monthSeries, pointText } from '../../../extensions/panels/crm-sales-overview/src/month-chart-options.ts';
import { fromDocumentsResponse, fromMoversResponse, fromSalesResponse } from '../../../extensions/panels/crm-sales-overview/src/read-analytics.ts';
import { periodRange } from '../../../packages/crm-studio/src/sales-period.ts';
import { leaderboardRows, ratioText } from '../../../extensions/panels/crm-rep-leaderboard/src/leaderboard-rows.ts';
import { fromLeaderboardResponse } from '../../../extensions/panels/crm-rep-leaderboard/src/read-leaderboard.ts';
import { repSeries } from '../../../extensions/panels/crm-rep-leaderboard/src/rep-chart-options.ts';

const figures = (revenue: number, margin: number, orders = 1) => ({ revenue, cost: revenue - margin, margin, margin_bp: revenue ? Math.round((margin * 10_000) / revenue) : null, orders, customers: orders, avg_order: orders ? Math.round(revenue / orders) : null });
const compared = (now: ReturnType<typeof figures>, before: ReturnType<typeof figures> | null, growth: Record<string, number | null> | null = null, marginBp: number | null = null) => ({ ...now, previous: before, change: before ? { margin_bp: marginBp } : null, growth_bp: growth });

/** An answer of GET /crm/analytics/sales by month, January and February against last year. */
const monthsAnswer = {
	data: {
		by: 'month', from: '2026-01-01', to: '2026-02-28', currency: 'EUR', compare: 'last_year', comparison: { from: '2025-01-01', to: '2025-02-28' }, product_group_parent: null,
		totals: compared(figures(300_000, 120_000, 3), figures(100_000, 50_000, 2), { revenue: 20_000, margin: 14_000, orders: 5_000, customers: 5_000 }, -1_000),
		rows: [
			{ key: '2026-01', name: '2026-01', previous_month: '2025-01', ...compared(figures(100_000, 40_000), figures(100_000, 50_000), { revenue: 0, margin: -2_000, orders: 0, customers: 0 }, -1_000) },
			{ key: '2026-02', name: '2026-02', previous_month: '2025-02', ...compared(figures(200_000, 80_000, 2), figures(0, 0, 0), { revenue: null, margin: null, orders: null, customers: null }) },
		],
	},
	meta: { rows: 2, limit: 100 },
};

describe('the sales overview panel, in words', () => {
	test.each([
		['thisMonth', { from: '2026-03-01', to: '2026-03-15' }],
		['lastMonth', { from: '2026-02-01', to: '2026-02-28' }],
		['thisQuarter', { from: '2026-01-01', to: '2026-03-15' }],
		['thisYear', { from: '2026-01-01', to: '2026-03-15' }],
		['lastYear', { from: '2025-01-01', to: '2025-12-31' }],
		['last90', { from: '2025-12-16', to: '2026-03-15' }],
		['nonsense', { from: '2026-01-01', to: '2026-03-15' }],
	])('%s as of 15 March 2026', (period, range) => {
		expect(periodRange(period, '2026-03-15')).toEqual(range);
	});

	test('changes: growth in whole percent, shares in points, new when there was nothing', () => {
		expect([growthChange(6_892, 50_675, 30_000), growthChange(-464, 1, 2), growthChange(null, 5, 0), growthChange(null, 0, 0), growthChange(0, 5, 5), growthChange(5_000, 1, null)]).toEqual([
			{ text: '+69 %', tone: 'good' }, { text: '−5 %', tone: 'bad' }, { text: 'new', tone: 'good' }, { text: '', tone: 'neutral' }, { text: '±0 %', tone: 'neutral' }, { text: '', tone: 'neutral' },
		]);
		expect([pointsChange(-464), pointsChange(1_250), pointsChange(null)]).toEqual([{ text: '−4.64 pp', tone: 'bad' }, { text: '+12.5 pp', tone: 'good' }, { text: '', tone: 'neutral' }]);
		expect([monthLabel('2026-03'), monthLabel('2025-12')]).toEqual(['Mar 2026', 'Dec 2025']);
	});

	test('a sales answer read, its months as columns and lines beside last year\'s, exact amounts in the tooltip', () => {
		const view = fromSalesResponse(monthsAnswer)!;
		expect(view).toMatchObject({ currency: 'EUR', comparison: { from: '2025-01-01', to: '2025-02-28' }, rowCount: 2, totals: { revenue: 300_000, marginBpChange: -1_000 } });
		const series = monthSeries(view);
		expect(series.map((s) => [s.name, s.kind, s.minor])).toEqual([['Revenue', 'column', [100_000, 200_000]], ['Revenue, compared', 'column', [100_000, 0]], ['Margin', 'line', [40_000, 80_000]], ['Margin, compared', 'line', [50_000, 0]]]);
		expect([pointText(series, 'EUR', 0, 1), pointText(series, 'EUR', 1, 0), pointText(series, 'EUR', 9, 9)]).toEqual(['2,000.00 EUR', '1,000.00 EUR (Jan 2025)', '']);
		expect(fromSalesResponse({ data: { by: 'month' } })).toBeNull();
	});

	test('breakdown rows: amounts with the currency, changes, and the filter that asks for the orders behind each', () => {
		const view = fromSalesResponse({ data: { ...monthsAnswer.data, by: 'product_group', rows: [{ key: 'g1', name: 'Tools', has_children: true, ...compared(figures(50_675, 24_675, 3), figures(30_000, 16_000, 2), { revenue: 6_892, margin: 5_422, orders: 5_000, customers: 5_000 }, -464) }, { key: null, name: 'No product group', ...compared(figures(0, 0, 0), figures(100, 0), { revenue: -10_000, margin: null, orders: -10_000, customers: -10_000 }) }] } })!;
		const [tools, none] = breakdownRows(view, 'product_group');
		expect(tools).toMatchObject({ id: 'g1', name: 'Tools', drill: { product_group: 'g1' }, opens: 'g1' });
		expect(Object.fromEntries(Object.entries(tools!.cells).map(([k, c]) => [k, `${c.text} ${c.change.text}`.trim()]))).toEqual({ revenue: '506.75 EUR +69 %', margin: '246.75 EUR +54 %', share: '48.69 % −4.64 pp', orders: '3 +50 %', customers: '3 +50 %', avgOrder: '168.92 EUR' });
		expect(none).toMatchObject({ id: 'none', drill: null, opens: null });
		expect(breakdownRows(view, 'region')[0]).toMatchObject({ drill: { region: 'g1' }, opens: null });
		expect(totalCells(view).revenue.text).toBe('3,000.00 EUR');
	});

	test('movers and orders read from their answers; the CSV keeps the API\'s file name', () => {
		expect(fromMoversResponse({ data: { ...monthsAnswer.data, gains: [{ key: 'c', name: 'Acme', revenue: 100, previous_revenue: 0, change: 100, growth_bp: null }], losses: [] } })).toMatchObject({ gains: [{ key: 'c', name: 'Acme', change: 100, growthBp: null }], losses: [] });
		expect(fromDocumentsResponse({ data: [{ id: 'o', number: 'SO-1', order_date: '2026-01-02', customer: { id: 'c', name: 'Acme' }, rep: null, net_base: '1500', margin_base: 200 }], meta: { currency: 'EUR', total: 1, has_more: false } })).toEqual({ currency: 'EUR', total: 1, hasMore: false, rows: [{ id: 'o', number: 'SO-1', day: '2026-01-02', customer: 'Acme', rep: '', netBase: 1_500, marginBase: 200 }] });
		expect([fileNameOf('attachment; filename="sales-by-region-2026-01-01-2026-03-15.csv"', 'x.csv'), fileNameOf(undefined, 'x.csv')]).toEqual(['sales-by-region-2026-01-01-2026-03-15.csv', 'x.csv']);
	});
});

describe('the rep leaderboard panel, in words', () => {
	const answer = {
		data: {
			from: '2026-01-01', to: '2026-03-15', currency: 'EUR', compare: 'previous', comparison: { from: '2025-10-18', to: '2025-12-31' },
			rows: [
				{ rep: 'r', name: 'Rita Rep', ...figures(40_675, 20_675, 2), proposals: { accepted: 1, rejected: 1, expired: 1, open: 1 }, conversion_bp: 3_333, activities: 4, activities_per_order_milli: 2_000, previous: { ...figures(10_000, 4_000), proposals: { accepted: 0, rejected: 1, expired: 0, open: 0 }, conversion_bp: 0, activities: 1, activities_per_order_milli: 1_000 }, change: { conversion_bp: 3_333 }, growth_bp: { revenue: 30_675, margin: 41_688, activities: 30_000 } },
				{ rep: 's', name: 'Sam Sales', ...figures(10_000, 4_000), proposals: { accepted: 2, rejected: 1, expired: 0, open: 0 }, conversion_bp: 6_667, activities: 3, activities_per_order_milli: 3_000, previous: null, change: null, growth_bp: null },
			],
		},
	};

	test('ranked rows with amounts, conversion and activities per order as people read them', () => {
		const view = fromLeaderboardResponse(answer)!;
		const rows = leaderboardRows(view);
		expect(rows.map((r) => [r.rank, r.name, r.cells.revenue.text, r.cells.revenue.change.text, r.cells.margin.change.text, r.cells.conversion.text, r.cells.conversion.change.text, r.cells.perOrder.text])).toEqual([
			[1, 'Rita Rep', '406.75 EUR', '+307 %', '50.83 %', '33.33 %', '+33.33 pp', '2'],
			[2, 'Sam Sales', '100.00 EUR', '', '40 %', '66.67 %', '2 of 3', '3'],
		]);
		expect([ratioText(2_500), ratioText(1_333), ratioText(null), ratioText(12_000_000)]).toEqual(['2.5', '1.333', '–', '12,000']);
		expect(repSeries(view).map((s) => [s.name, s.minor])).toEqual([['Revenue', [40_675, 10_000]], ['Revenue, compared', [10_000, 0]]]);
		expect(fromLeaderboardResponse({ data: {} })).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { computeFallbackView, fromAgingResponse, latestRates } from '../../../extensions/panels/crm-receivables/src/aging-data.ts';
import { buildAgingChartOptions, readChartTheme } from '../../../extensions/panels/crm-receivables/src/chart-options.ts';
import { THEME_VARIABLES } from '../../../packages/crm-studio/src/read-theme.ts';

const theme = readChartTheme((name) => ({ '--theme--primary': '#123456', '--theme--danger': ' #ff0000 ' })[name] ?? '');

describe('readChartTheme', () => {
	it('colours the buckets success, primary, warning, danger, danger from the theme, falling back where a variable is empty', () => {
		expect(theme.bucketColors).toEqual([THEME_VARIABLES.success[1], '#123456', THEME_VARIABLES.warning[1], '#ff0000', '#ff0000']);
		expect(theme.foreground).toBe(THEME_VARIABLES.foreground[1]);
	});
});

describe('buildAgingChartOptions', () => {
	const view = fromAgingResponse({
		data: {
			as_of: '2026-05-31',
			base: {
				currency: 'EUR',
				buckets: { current: { amount: 150000, count: 3 }, '1-30': { amount: '2550', count: 1 }, '31-60': { amount: 0, count: 0 }, '61-90': { amount: 99, count: 1 }, 'over-90': { amount: 1000000, count: 2 } },
				total: { amount: 1152649, count: 7 },
			},
			by_currency: [],
			top_debtors: [
				{ customer: { id: 'c1', name: 'Acme' }, open_base: 1000000 },
				{ customer: { id: 'c2', name: 'Beta' }, open_base: 150000 },
			],
		},
	})!;

	it('draws one bar per bucket in major units of the base currency, coloured by age', () => {
		const options = buildAgingChartOptions(view.buckets, view.currency, theme, 240) as any;
		expect(options.chart).toMatchObject({ type: 'bar', height: 240, toolbar: { show: false } });
		expect(options.xaxis.categories).toEqual(['Not due', '1–30', '31–60', '61–90', '90+']);
		expect(options.series).toEqual([{ name: 'Open (EUR)', data: [1500, 25.5, 0, 0.99, 10000] }]);
		expect(options.colors).toEqual(theme.bucketColors);
		expect(options.plotOptions.bar.distributed).toBe(true);
	});

	it('formats tooltips exactly from minor units and the axis compactly', () => {
		const options = buildAgingChartOptions(view.buckets, view.currency, theme, 240) as any;
		expect(options.tooltip.y.formatter(25.5, { dataPointIndex: 1 })).toBe('25.50 EUR · 1 invoice');
		expect(options.tooltip.y.formatter(1500, { dataPointIndex: 0 })).toBe('1,500.00 EUR · 3 invoices');
		expect(options.yaxis.labels.formatter(12345)).toBe('12.3k');
	});

	it('reads the aging answer', () => {
		expect(view.total).toEqual({ amount: 1152649, count: 7 });
		expect(view.topDebtors).toEqual([
			{ id: 'c1', name: 'Acme', amount: 1000000 },
			{ id: 'c2', name: 'Beta', amount: 150000 },
		]);
		expect(fromAgingResponse({ data: [] })).toBeNull();
		const flat = fromAgingResponse({ data: { as_of: '2026-05-31', base: { currency: 'EUR', buckets: {}, total: { amount: 0, count: 0 } }, top_debtors: [{ customer: 'c9', name: 'Gamma', open_base: '42' }, { customer: 'c8', name: null, open_base: 1 }] } }, 5);
		expect(flat!.topDebtors).toEqual([
			{ id: 'c9', name: 'Gamma', amount: 42 },
			{ id: 'c8', name: 'Unknown customer', amount: 1 },
		]);
		expect(flat!.buckets.every((b) => b.amount === 0 && b.count === 0)).toBe(true);
		expect(fromAgingResponse(null)).toBeNull();
	});
});

describe('computeFallbackView', () => {
	it('ages open invoices, converts to the base currency and ranks debtors', () => {
		const invoices = [
			{ due_date: '2026-06-10', open_amount: 10000, currency: 'EUR', customer: { id: 'a', name: 'Alpha' } },
			{ due_date: '2026-05-20', open_amount: '20000', currency: 'USD', customer: { id: 'b', name: 'Beta' } },
			{ due_date: '2026-01-01', open_amount: 5000, currency: 'EUR', customer: { id: 'a', name: 'Alpha' } },
			{ due_date: '2026-01-01', open_amount: 7000, currency: 'CHF', customer: { id: 'c', name: 'No rate' } },
			{ due_date: '2026-01-01', open_amount: 0, currency: 'EUR', customer: { id: 'd', name: 'Paid' } },
		];
		const view = computeFallbackView(invoices, { USD: '0.9' }, 'EUR', '2026-06-01', 5);
		expect(view.source).toBe('fallback');
		expect(view.buckets.map((b) => [b.bucket, b.amount, b.count])).toEqual([
			['current', 10000, 1],
			['1-30', 18000, 1],
			['31-60', 0, 0],
			['61-90', 0, 0],
			['over-90', 5000, 1],
		]);
		expect(view.total).toEqual({ amount: 33000, count: 3 });
		expect(view.topDebtors).toEqual([
			{ id: 'b', name: 'Beta', amount: 18000 },
			{ id: 'a', name: 'Alpha', amount: 15000 },
		]);
	});

	it('takes the latest rate on or before the day', () => {
		expect(
			latestRates(
				[
					{ currency: 'USD', rate: '0.91', rate_date: '2026-04-01' },
					{ currency: 'USD', rate: '0.93', rate_date: '2026-05-01' },
					{ currency: 'USD', rate: '0.99', rate_date: '2026-07-01' },
					{ currency: 'GBP', rate: '1.17', rate_date: '2026-01-01' },
				],
				'2026-06-01',
			),
		).toEqual({ USD: '0.93', GBP: '1.17' });
	});
});

import { describe, expect, it } from 'vitest';
import { buildDiscountChartOptions, describeRow, readChartTheme } from '../../../extensions/panels/crm-discounts-given/src/chart-options.ts';
import {
	discountRate,
	discountShare,
	formatPercent,
	fromDiscountsResponse,
	isEmptyView,
	normalizeCurrency,
	normalizeDays,
	OTHER_KEY,
	periodQuery,
	topWithOther,
	type DiscountRow,
} from '../../../extensions/panels/crm-discounts-given/src/discounts-data.ts';
import { THEME_VARIABLES } from '../../../packages/crm-studio/src/read-theme.ts';

const body = {
	data: {
		currency: 'EUR',
		from: '2026-08-28',
		to: '2026-11-26',
		documents: 42,
		listTotal: 1234500,
		discountTotal: 98700,
		netTotal: 1135800,
		byRule: [
			{ key: 'TOOLS-10', label: 'Tools 10 %', discount: 40000, net: 500000, lines: 12 },
			{ key: 'MANUAL', label: 'MANUAL', discount: '58700', net: '635800', lines: 30 },
		],
		byRep: [
			{ key: 'u1', label: 'Alice Rep', discount: 30000, net: 600000, lines: 20 },
			{ key: 'none', label: '', discount: 68700, net: 535800, lines: 22 },
		],
		byCustomerGroup: [{ key: 'none', label: 'none', discount: 98700, net: 1135800, lines: 42 }],
	},
};

const row = (key: string, discount: number, net = 0, lines = 1): DiscountRow => ({ key, label: key, discount, net, lines });

describe('fromDiscountsResponse', () => {
	it('reads totals and groupings, amounts as whole minor units', () => {
		const view = fromDiscountsResponse(body)!;
		expect(view).toMatchObject({ currency: 'EUR', from: '2026-08-28', to: '2026-11-26', documents: 42, listTotal: 1234500, discountTotal: 98700, netTotal: 1135800 });
		expect(view.byRule).toEqual([
			{ key: 'TOOLS-10', label: 'Tools 10 %', discount: 40000, net: 500000, lines: 12 },
			{ key: 'MANUAL', label: 'Manual discounts', discount: 58700, net: 635800, lines: 30 },
		]);
	});

	it('names rows without a rep or group', () => {
		const view = fromDiscountsResponse(body)!;
		expect(view.byRep.map((r) => r.label)).toEqual(['Alice Rep', 'No rep']);
		expect(view.byCustomerGroup.map((r) => r.label)).toEqual(['No group']);
	});

	it('is null when the answer is not a discounts report', () => {
		expect(fromDiscountsResponse({ data: [] })).toBeNull();
		expect(fromDiscountsResponse({ data: { currency: 'euro' } })).toBeNull();
		expect(fromDiscountsResponse(null)).toBeNull();
	});
});

describe('topWithOther', () => {
	it('keeps the largest rows by discount and sums the rest as Other', () => {
		const rows = Array.from({ length: 12 }, (_, i) => row(`R${String(i).padStart(2, '0')}`, (i + 1) * 100, 1000, 2));
		const top = topWithOther(rows, 10);
		expect(top).toHaveLength(11);
		expect(top[0]).toEqual(row('R11', 1200, 1000, 2));
		expect(top[9]!.key).toBe('R02');
		expect(top[10]).toEqual({ key: OTHER_KEY, label: 'Other (2)', discount: 300, net: 2000, lines: 4 });
	});

	it('sorts without an Other row when there are few rows, ties by label', () => {
		expect(topWithOther([row('B', 5), row('A', 5), row('C', 9)]).map((r) => r.key)).toEqual(['C', 'A', 'B']);
	});
});

describe('discountRate / discountShare / formatPercent', () => {
	it('gives the discount against the list amount (net + discount)', () => {
		expect(discountRate(40000, 500000)).toBeCloseTo(0.0740740, 6);
		expect(formatPercent(discountRate(40000, 500000))).toBe('7.4 %');
		expect(formatPercent(discountRate(0, 0))).toBe('–');
		expect(formatPercent(discountShare({ discountTotal: 98700, listTotal: 1234500 }))).toBe('8.0 %');
		expect(discountShare({ discountTotal: 0, listTotal: 0 })).toBeNull();
	});
});

describe('isEmptyView', () => {
	it('is empty when no discount was given', () => {
		expect(isEmptyView(fromDiscountsResponse(body)!)).toBe(false);
		const none = fromDiscountsResponse({ data: { currency: 'EUR', documents: 3, listTotal: 5000, discountTotal: 0, netTotal: 5000, byRule: [], byRep: [{ key: 'u1', label: 'A', discount: 0, net: 5000, lines: 3 }], byCustomerGroup: [] } })!;
		expect(isEmptyView(none)).toBe(true);
	});
});

describe('periodQuery', () => {
	it('asks for the days ending today in the chosen currency', () => {
		expect(periodQuery('2026-11-26', 90, 'EUR')).toEqual({ from: '2026-08-28', to: '2026-11-26', currency: 'EUR' });
		expect(periodQuery('2026-03-01', '1', ' usd ')).toEqual({ from: '2026-02-28', to: '2026-03-01', currency: 'USD' });
	});

	it('falls back to 90 days and EUR for unusable options', () => {
		expect(normalizeDays(null)).toBe(90);
		expect(normalizeDays(0)).toBe(90);
		expect(normalizeDays(30.7)).toBe(30);
		expect(normalizeCurrency('')).toBe('EUR');
		expect(normalizeCurrency(null)).toBe('EUR');
	});
});

describe('buildDiscountChartOptions', () => {
	const theme = readChartTheme((name) => ({ '--theme--primary': ' #123456 ' })[name] ?? '');
	const rows = [row('TOOLS-10', 40000, 500000, 12), { key: OTHER_KEY, label: 'Other (3)', discount: 1250, net: 23750, lines: 1 }];

	it('reads the theme with fallbacks', () => {
		expect(theme.bar).toBe('#123456');
		expect(theme.other).toBe(THEME_VARIABLES.foregroundSubdued[1]);
	});

	it('draws horizontal bars of discount in major units, Other in the subdued colour', () => {
		const options = buildDiscountChartOptions(rows, 'EUR', theme, { width: 600, height: 300 }) as any;
		expect(options.chart).toMatchObject({ type: 'bar', height: 300, toolbar: { show: false } });
		expect(options.plotOptions.bar.horizontal).toBe(true);
		expect(options.series).toEqual([{ name: 'Discount (EUR)', data: [400, 12.5] }]);
		expect(options.xaxis.categories).toEqual(['TOOLS-10', 'Other (3)']);
		expect(options.colors).toEqual(['#123456', THEME_VARIABLES.foregroundSubdued[1]]);
	});

	it('labels each bar with its discount rate and explains it exactly in the tooltip', () => {
		const options = buildDiscountChartOptions(rows, 'EUR', theme, { width: 600, height: 300 }) as any;
		expect(options.dataLabels.formatter(400, { dataPointIndex: 0 })).toBe('7.4 %');
		expect(options.dataLabels.formatter(12.5, { dataPointIndex: 1 })).toBe('5.0 %');
		expect(options.tooltip.y.formatter(400, { dataPointIndex: 0 })).toBe('400.00 EUR · 7.4 % of list · 12 lines');
		expect(options.tooltip.y.formatter(12.5, { dataPointIndex: 1 })).toBe('12.50 EUR · 5.0 % of list · 1 line');
		expect(options.xaxis.labels.formatter(12345)).toBe('12.3k');
	});
});

describe('buildDiscountChartOptions at a dashboard size', () => {
	const theme = readChartTheme(() => '');
	/** Every character 6 px wide. */
	const measure = (text: string) => text.length * 6;
	const long = 'Contract terms: 8 % off maintenance contracts';
	const rows = [row('Drill week 10 %', 90000, 900000), { ...row('C', 300, 2700), label: long }];

	it('gives the names the width of the longest up to 40 % of the chart, a long one in two lines', () => {
		const options = buildDiscountChartOptions(rows, 'EUR', theme, { width: 500, height: 300 }, measure) as any;
		expect(options.yaxis.labels.minWidth).toBe(200);
		expect(options.yaxis.labels.formatter('Drill week 10 %')).toEqual(['Drill week 10 %']);
		expect(options.yaxis.labels.formatter(long)).toEqual(['Contract terms: 8 % off', 'maintenance contracts']);
		expect(options.yaxis.labels.maxWidth).toBeGreaterThan(200);
	});

	it('names the row in full in the tooltip, with the exact amount and rate', () => {
		const options = buildDiscountChartOptions(rows, 'EUR', theme, { width: 500, height: 300 }, measure) as any;
		expect(options.tooltip.x.formatter('ignored', { dataPointIndex: 1 })).toBe(long);
		expect(options.tooltip.y.formatter(3, { dataPointIndex: 1 })).toBe('3.00 EUR · 10.0 % of list · 1 line');
	});

	it('keeps each rate after its bar, with room on the right for the longest bar\'s rate', () => {
		const options = buildDiscountChartOptions(rows, 'EUR', theme, { width: 500, height: 300 }, measure) as any;
		// Stacked: ApexCharts would otherwise move a short bar's label onto the bar.
		expect(options.chart.stacked).toBe(true);
		expect(options.plotOptions.bar.dataLabels).toMatchObject({ position: 'top', hideOverflowingLabels: false });
		expect(options.grid.padding.right).toBeGreaterThanOrEqual(measure('10.0 %') + 6);
	});

	it('grows taller than the panel when its rows need the room (the panel scrolls)', () => {
		const many = Array.from({ length: 11 }, (_, i) => ({ ...row(`R${i}`, 100 * (i + 1)), label: `${long} ${i}` }));
		expect((buildDiscountChartOptions(many, 'EUR', theme, { width: 500, height: 200 }, measure) as any).chart.height).toBeGreaterThan(11 * 32);
		expect((buildDiscountChartOptions(rows, 'EUR', theme, { width: 500, height: 300 }, measure) as any).chart.height).toBe(300);
	});
});

describe('describeRow', () => {
	it('words a row without discount or list amount as "0.00 EUR · – of list · 0 lines"', () => {
		expect(describeRow(row('X', 0, 0, 0), 'EUR')).toBe('0.00 EUR · – of list · 0 lines');
	});

	it('groups thousands in the report currency\'s digits', () => {
		expect(describeRow(row('X', 1234567, 0, 3), 'JPY')).toBe('1,234,567 JPY · 100.0 % of list · 3 lines');
	});
});

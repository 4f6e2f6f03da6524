import { describe, expect, test } from 'vitest';
import { PNL_COLUMNS } from '../../../extensions/panels/crm-customer-profitability/src/pnl-columns.ts';
import { normalizeRows, periodRange } from '../../../extensions/panels/crm-customer-profitability/src/profitability-period.ts';
import { fromProfitabilityResponse } from '../../../extensions/panels/crm-customer-profitability/src/profitability-view.ts';
import { buildWhaleChartOptions, describeRank } from '../../../extensions/panels/crm-customer-profitability/src/whale-chart-options.ts';
import { endSentence, peakSentence } from '../../../extensions/panels/crm-customer-profitability/src/whale-summary.ts';
import { readTheme } from '../../../packages/crm-studio/src/index.ts';

const totals = (profit: number, revenue = 100_000) => ({ revenue_at_list: revenue, discounts: 0, net_revenue: revenue, credit_notes: 0, revenue, cost_of_goods: 0, gross_margin: revenue, service: 0, logistics: 0, cost_to_serve: 123_456, marketing: 0, payment_delay: 559, profit });

/** An answer as GET /crm/profitability gives it (PostgreSQL sends no text here: every figure is computed). */
const ANSWER = {
	data: {
		currency: 'EUR',
		from: '2025-07-01',
		to: '2026-06-30',
		customers: 4,
		totals: totals(150_000, 1_000_000),
		margin_bp: 1_500,
		whale_curve: {
			customers: 4,
			points: [{ rank: 0, customers_bp: 0, profit: 0 }, { rank: 1, customers_bp: 2_500, profit: 200_000 }, { rank: 2, customers_bp: 5_000, profit: 230_000 }, { rank: 3, customers_bp: 7_500, profit: 180_000 }, { rank: 4, customers_bp: 10_000, profit: 150_000 }],
			peak: { rank: 2, customers_bp: 5_000, profit: 230_000, of_total_bp: 15_333 },
			total_profit: 150_000,
			profitable: 2,
			unprofitable: 2,
			loss: 80_000,
		},
		drivers: { unprofitable: 2, loss: 80_000, by_line: [{ key: 'service', label: 'Service', customers: 2, loss: 80_000, excess: 70_000, norm_bp: 400 }, { key: 'marketing', label: 'Marketing', customers: 0, loss: 0, excess: 0, norm_bp: 10 }] },
		top: [{ rank: 1, customer: { id: 'a', name: 'Alpha' }, totals: totals(200_000), margin_bp: 20_000, main_driver: null }],
		bottom: [{ rank: 4, customer: { id: 'd', name: 'Delta' }, totals: totals(-50_000), margin_bp: -5_000, main_driver: { key: 'service', label: 'Service', amount: 60_000, share_bp: 6_000, norm_bp: 400, excess: 56_000, explanation: 'Service: 60 % of revenue at list prices against 4 % across all customers: 560.00 EUR above that share.' } }],
	},
};

describe('the profitability panel', () => {
	test('reads the answer into its view: figures, the whale curve, the drivers that matter, both ends of the table', () => {
		const view = fromProfitabilityResponse(ANSWER)!;
		expect([view.customers, view.revenue, view.profit, view.marginBp]).toEqual([4, 1_000_000, 150_000, 1_500]);
		expect(view.whale.peak).toEqual({ rank: 2, customersBp: 5_000, profit: 230_000, ofTotalBp: 15_333 });
		expect(view.drivers.map((d) => d.key)).toEqual(['service']);
		expect(view.bottom[0]).toMatchObject({ name: 'Delta', profit: -50_000, driver: { label: 'Service' } });
		expect(fromProfitabilityResponse({ data: { errors: [] } })).toBeNull();
	});

	test('tells the whale curve in words, in amounts and percentages', () => {
		const view = fromProfitabilityResponse(ANSWER)!;
		expect(peakSentence(view)).toBe('The 2 customers who make money (50 % of all) earn 2,300.00 EUR, 153.33 % of the total profit.');
		expect(endSentence(view)).toBe('The 2 customers who lose money give back 800.00 EUR; all 4 customers together: 1,500.00 EUR.');
		expect(describeRank(view.whale.points[1])).toBe('Top 1 customer (25 %)');
	});

	test('the table shows amounts in the currency it names once, and the margin in %, never minor units', () => {
		const row = fromProfitabilityResponse(ANSWER)!.bottom[0]!;
		expect(PNL_COLUMNS.map((c) => [c.label, c.text(row, 'EUR'), c.tone?.(row) ?? null])).toEqual([
			['Revenue', '1,000.00', null],
			['Gross margin', '1,000.00', null],
			['Cost to serve', '1,234.56', null],
			['Marketing', '0.00', null],
			['Payment delay', '5.59', null],
			['Profit', '-500.00', 'loss'],
			['Margin', '-50 %', 'loss'],
		]);
	});

	test('draws the curve from 0 to 100 % of the customers in major units, the peak and the end marked', () => {
		const options = buildWhaleChartOptions(fromProfitabilityResponse(ANSWER)!, readTheme(() => ''), 280) as any;
		expect(options.series[0].data).toEqual([[0, 0], [25, 2_000], [50, 2_300], [75, 1_800], [100, 1_500]]);
		expect(options.annotations.points.map((p: any) => [p.x, p.y, p.label.text, p.label.textAnchor])).toEqual([[50, 2_300, 'Peak', 'middle'], [100, 1_500, 'All customers', 'end']]);
		expect(options.tooltip.y.formatter(0, { dataPointIndex: 3 })).toBe('1,800.00 EUR');
	});

	test('periods and rows', () => {
		expect(periodRange('lastYear', '2026-06-30')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
		expect(periodRange('last90', '2026-06-30')).toEqual({ from: '2026-04-02', to: '2026-06-30' });
		expect(periodRange('nonsense', '2026-06-30')).toEqual({ from: '2025-07-01', to: '2026-06-30' });
		expect([normalizeRows('25'), normalizeRows(0), normalizeRows(null), normalizeRows(51)]).toEqual([25, 10, 10, 10]);
	});
});

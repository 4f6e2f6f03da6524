import { describe, expect, test } from 'vitest';
import { lossDrivers, mainLossDriver, pnlTotals, summarizeLossDrivers, whaleCurve } from '../../../packages/crm-core/src/index.ts';

describe('whaleCurve', () => {
	test('ranks by profit, cumulates, peaks after the last profitable customer and ends at the total', () => {
		const curve = whaleCurve([-300, 500, 0, 1_000, -200]);
		expect(curve.points.map((p) => [p.rank, p.customersBp, p.cumulativeProfit])).toEqual([
			[0, 0, 0],
			[1, 2_000, 1_000],
			[2, 4_000, 1_500],
			[3, 6_000, 1_500],
			[4, 8_000, 1_300],
			[5, 10_000, 1_000],
		]);
		// The peak is 150 % of what all customers make together.
		expect(curve.peak).toEqual({ rank: 2, customersBp: 4_000, cumulativeProfit: 1_500, ofTotalBp: 15_000 });
		expect([curve.customers, curve.totalProfit, curve.profitable, curve.unprofitable, curve.loss]).toEqual([5, 1_000, 2, 2, 500]);
	});

	test('a portfolio that loses money overall has no share of the total at its peak; one without profit peaks at 0', () => {
		expect(whaleCurve([100, -300]).peak).toEqual({ rank: 1, customersBp: 5_000, cumulativeProfit: 100, ofTotalBp: null });
		expect(whaleCurve([-1, -2]).peak).toEqual({ rank: 0, customersBp: 0, cumulativeProfit: 0, ofTotalBp: null });
		expect(whaleCurve([])).toMatchObject({ customers: 0, points: [{ rank: 0, customersBp: 0, cumulativeProfit: 0 }], totalProfit: 0, loss: 0 });
	});

	test('a large portfolio is drawn with at most maxPoints points, evenly spaced, the peak and both ends among them', () => {
		const profits = Array.from({ length: 1_000 }, (_, i) => 700 - i); // 700 … -299: 700 profitable
		const curve = whaleCurve(profits, 11);
		expect(curve.points.length).toBeLessThanOrEqual(11);
		expect(curve.points.map((p) => p.rank)).toEqual([0, 111, 222, 333, 444, 556, 667, 700, 778, 889, 1_000]);
		expect(curve.points.at(-1)!.cumulativeProfit).toBe(curve.totalProfit);
		expect(curve.peak.rank).toBe(700);
		expect(curve.points.find((p) => p.rank === 700)!.cumulativeProfit).toBe((700 * 701) / 2);
		expect(Math.max(...curve.points.map((p) => p.cumulativeProfit))).toBe(curve.peak.cumulativeProfit);
	});
});

/** Totals of revenue at list and costs in P&L order. */
const totals = (list: number, discounts: number, credit: number, goods: number, service: number, logistics: number, marketing: number, delay: number) =>
	pnlTotals(list, { discounts, credit_notes: credit, cost_of_goods: goods, service, logistics, marketing, payment_delay: delay });

describe('loss drivers: each cost line against its share across all customers', () => {
	// Portfolio: 100,000.00 at list; goods 50 %, service 5 %, discounts 10 %.
	const portfolio = totals(10_000_000, 1_000_000, 0, 5_000_000, 500_000, 100_000, 0, 0);

	test('a customer whose service eats the margin: service is the main driver, with how far it lies above its share', () => {
		const customer = totals(100_000, 10_000, 0, 50_000, 45_000, 1_000, 0, 0);
		expect(customer.profit).toBe(-6_000);
		const main = mainLossDriver(customer, portfolio, 'EUR')!;
		// Expected service at 5 % of 1,000.00 = 50.00; it is 450.00.
		expect(main).toEqual({ key: 'service', label: 'Service', amount: 45_000, shareBp: 4_500, normBp: 500, excess: 40_000, explanation: 'Service: 45 % of revenue at list prices against 5 % across all customers: 400.00 EUR above that share.' });
		expect(lossDrivers(customer, portfolio, 'EUR').map((d) => [d.key, d.excess])).toEqual([
			['service', 40_000],
			['discounts', 0],
			['credit_notes', 0],
			['cost_of_goods', 0],
			['logistics', 0],
			['marketing', 0],
			['payment_delay', 0],
		]);
	});

	test('a customer sold below cost through discounts: discounts drive the loss', () => {
		const customer = totals(100_000, 40_000, 0, 50_000, 15_000, 1_000, 0, 0);
		expect(customer.profit).toBe(-6_000);
		expect(mainLossDriver(customer, portfolio, 'EUR')).toMatchObject({ key: 'discounts', excess: 30_000, shareBp: 4_000, normBp: 1_000 });
	});

	test('costs without any sales are all excess; a profitable customer has no driver', () => {
		const noSales = totals(0, 0, 0, 0, 12_000, 3_000, 0, 0);
		expect(mainLossDriver(noSales, portfolio, 'EUR')).toMatchObject({ key: 'service', excess: 12_000, shareBp: null, explanation: 'Service: 120.00 EUR without any sales in the period.' });
		expect(mainLossDriver(totals(100_000, 0, 0, 50_000, 0, 0, 0, 0), portfolio, 'EUR')).toBeNull();
	});

	test('the summary counts each unprofitable customer once, under its main driver, and sums every line\'s excess', () => {
		const customers = [totals(100_000, 10_000, 0, 50_000, 45_000, 1_000, 0, 0), totals(100_000, 40_000, 0, 50_000, 15_000, 1_000, 0, 0), totals(0, 0, 0, 0, 12_000, 3_000, 0, 0), totals(100_000, 0, 0, 50_000, 0, 0, 0, 0)];
		const summary = summarizeLossDrivers(customers, portfolio, 'EUR');
		expect([summary.unprofitable, summary.loss]).toEqual([3, 6_000 + 6_000 + 15_000]);
		expect(summary.byLine.map((l) => [l.key, l.customers, l.loss, l.excess])).toEqual([
			['service', 2, 21_000, 40_000 + 10_000 + 12_000],
			['discounts', 1, 6_000, 30_000],
			['logistics', 0, 0, 3_000],
			['credit_notes', 0, 0, 0],
			['cost_of_goods', 0, 0, 0],
			['marketing', 0, 0, 0],
			['payment_delay', 0, 0, 0],
		]);
	});
});

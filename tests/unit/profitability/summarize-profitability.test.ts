import { describe, expect, test } from 'vitest';
import { parseProfitabilityPeriod, parseProfitabilityQuery, profitabilityCsv, summarizeProfitability, tableEnds } from '../../../packages/crm-core/src/index.ts';
import { context, facts, fullFacts } from './profit-fixtures.ts';

/** Three customers: Alpha (profit 104.78), Beta (sales only: 500.00 at list, goods 200.00 → 300.00), Gamma (service only: −80.00). */
function portfolio() {
	return [
		fullFacts('c1', 'Alpha GmbH'),
		facts('c2', 'Beta AG', (f) => {
			f.sales = { orders: 1, netRevenue: 50_000, discounts: 0, costOfGoods: 20_000, linesWithoutCost: 0 };
		}),
		facts('c3', 'Gamma KG', (f) => {
			f.service = [{ currency: 'EUR', entries: 1, minutes: 80, timeCost: 8_000, expenses: 0, expenseAmount: 0 }];
		}),
	];
}

describe('summarizeProfitability', () => {
	test('ranks the customers by profit, totals every line over them and draws the whale curve', () => {
		const summary = summarizeProfitability(portfolio(), context());
		expect(summary.ranked.map((r) => [r.rank, r.customer.name, r.totals.profit, r.mainDriver?.key ?? null])).toEqual([
			[1, 'Beta AG', 30_000, null],
			[2, 'Alpha GmbH', 10_478, null],
			[3, 'Gamma KG', -8_000, 'service'],
		]);
		expect(summary.totals).toMatchObject({ revenueAtList: 170_000, discounts: 12_000, revenue: 153_000, costOfGoods: 80_000, service: 32_500, logistics: 4_500, marketing: 3_000, paymentDelay: 522, profit: 32_478 });
		expect(summary.marginBp).toBe(2_123); // 324.78 ÷ 1,530.00 = 21.227 %
		expect(summary.whale.points.map((p) => p.cumulativeProfit)).toEqual([0, 30_000, 40_478, 32_478]);
		expect(summary.whale.peak).toMatchObject({ rank: 2, cumulativeProfit: 40_478, ofTotalBp: 12_463 });
		expect(summary.drivers).toMatchObject({ unprofitable: 1, loss: 8_000 });
		expect(summary.drivers.byLine[0]).toMatchObject({ key: 'service', customers: 1, loss: 8_000, excess: 8_000 });
	});

	test('equal profits are ranked by name, then id, whatever order the facts come in', () => {
		const same = ['Zed', 'Amy', 'Amy'].map((name, i) => facts(`id${3 - i}`, name, () => undefined));
		expect(summarizeProfitability(same, context()).ranked.map((r) => r.customer.id)).toEqual(['id1', 'id2', 'id3']);
	});

	test('the ends of the table: the most profitable, and the least profitable of the rest, each customer once', () => {
		expect(tableEnds([1, 2, 3, 4, 5], 2)).toEqual({ top: [1, 2], bottom: [5, 4] });
		expect(tableEnds([1, 2, 3], 2)).toEqual({ top: [1, 2], bottom: [3] });
		expect(tableEnds([1], 10)).toEqual({ top: [1], bottom: [] });
	});

	test('the CSV lists every customer with every line, in the base currency\'s decimals', () => {
		const csv = profitabilityCsv(summarizeProfitability(portfolio(), context()).ranked, 'EUR');
		expect(csv.split('\r\n')).toEqual([
			'rank,customer_id,customer,revenue_at_list,discounts,net_revenue,credit_notes,revenue,cost_of_goods,gross_margin,service,logistics,cost_to_serve,marketing,payment_delay,profit,margin_percent,main_loss_driver,currency',
			'1,c2,Beta AG,500.00,0.00,500.00,0.00,500.00,200.00,300.00,0.00,0.00,0.00,0.00,0.00,300.00,60.00,,EUR',
			'2,c1,Alpha GmbH,1200.00,120.00,1080.00,50.00,1030.00,600.00,430.00,245.00,45.00,290.00,30.00,5.22,104.78,10.17,,EUR',
			'3,c3,Gamma KG,0.00,0.00,0.00,0.00,0.00,0.00,0.00,80.00,0.00,80.00,0.00,0.00,-80.00,,Service,EUR',
			'',
		]);
	});
});

describe('the period and query', () => {
	const TODAY = '2026-06-30';

	test.each<[string, Record<string, unknown>, object]>([
		['a year up to today by default', {}, { from: '2025-07-01', to: TODAY, format: 'json', limit: 10 }],
		['a year up to `to`', { to: '2026-03-31' }, { from: '2025-04-01', to: '2026-03-31' }],
		['both given', { from: '2026-01-01', to: '2026-03-31', limit: '25', format: 'csv' }, { from: '2026-01-01', to: '2026-03-31', format: 'csv', limit: 25 }],
		['one day', { from: '2026-02-28', to: '2026-02-28' }, { from: '2026-02-28', to: '2026-02-28' }],
		['five years', { from: '2021-06-30', to: '2026-06-30' }, { from: '2021-06-30' }],
	])('%s', (_, query, expected) => {
		expect(parseProfitabilityQuery(query, TODAY)).toMatchObject(expected);
	});

	test.each<[string, Record<string, unknown>, string]>([
		['not a day', { from: '2026-13-01' }, 'from'],
		['not a real day', { to: '2026-02-30' }, 'to'],
		['from after to', { from: '2026-04-01', to: '2026-03-31' }, 'from'],
		['more than five years', { from: '2021-06-29', to: '2026-06-30' }, 'from'],
		['given twice', { to: ['2026-01-01', '2026-02-01'] }, 'to'],
		['an unknown format', { format: 'pdf' }, 'format'],
		['a limit of 0', { limit: '0' }, 'limit'],
		['a limit over 500', { limit: '501' }, 'limit'],
		['a limit that is no number', { limit: '1e2' }, 'limit'],
	])('refuses %s', (_, query, parameter) => {
		expect(() => parseProfitabilityQuery(query, TODAY)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_QUERY', details: expect.objectContaining({ parameter }) }));
	});

	test('the customer P&L takes the period only', () => {
		expect(parseProfitabilityPeriod({ from: '2026-01-01', format: 'whatever' }, TODAY)).toEqual({ from: '2026-01-01', to: TODAY });
	});
});

import { describe, expect, test } from 'vitest';
import { customerPnl, customerTotals, emptyProfitFacts, marginBpOf, PNL_LINE_KEYS } from '../../../packages/crm-core/src/index.ts';
import { context, fullFacts } from './profit-fixtures.ts';

describe('customerPnl', () => {
	test('every line to the minor unit, in the order of the P&L, adding up to the profit', () => {
		const pnl = customerPnl(fullFacts(), context());
		expect(pnl.lines.map((l) => [l.key, l.amount])).toEqual([
			['revenue_at_list', 120_000],
			['discounts', -12_000],
			['credit_notes', -5_000],
			['cost_of_goods', -60_000],
			['service', -24_500],
			['logistics', -4_500],
			['marketing', -3_000],
			['payment_delay', -522],
		]);
		expect(pnl.lines.reduce((s, l) => s + l.amount, 0)).toBe(pnl.totals.profit);
		expect(pnl.totals).toEqual({
			revenueAtList: 120_000,
			discounts: 12_000,
			netRevenue: 108_000,
			creditNotes: 5_000,
			revenue: 103_000,
			costOfGoods: 60_000,
			grossMargin: 43_000,
			service: 24_500,
			logistics: 4_500,
			costToServe: 29_000,
			marketing: 3_000,
			paymentDelay: 522,
			profit: 10_478,
		});
		// 104.78 ÷ 1,030.00 = 10.17 %
		expect(pnl.marginBp).toBe(1_017);
		expect(pnl.customer).toEqual({ id: 'c1', name: 'Alpha GmbH' });
	});

	test('every line explains itself in words and amounts, never in ids', () => {
		const text = Object.fromEntries(customerPnl(fullFacts(), context()).lines.map((l) => [l.key, l.explanation]));
		expect(text['revenue_at_list']).toBe('2 orders dated in the period (neither drafts nor cancelled): 1,080.00 EUR net of VAT as booked, plus the 120.00 EUR of discounts they gave; each order at its own rate to EUR.');
		expect(text['discounts']).toContain('Rule, offer, promo-code and manual discounts');
		expect(text['credit_notes']).toContain('1 credit note issued in the period, net of VAT (50.00 EUR)');
		expect(text['cost_of_goods']).toContain('1 line without a known product cost count 0.');
		expect(text['service']).toBe('3 h 20 min of service time in 3 entries at the specialists\' cost rates (200.00 EUR), rounded half up per entry, and 2 expenses (45.00 EUR), as GET /crm/service/costs counts them.');
		expect(text['logistics']).toBe('Shipments of the period at the most specific logistics cost that matches each: 3 shipments × 12.00 EUR (waybill from WH-N to Bavaria); 1 shipment × 9.00 EUR (any shipment from WH-N to any region).');
		expect(text['marketing']).toContain('SPRING-2026 · Spring tools: 1,000.01 EUR among 50 customers → 20.00 EUR; FAIR-2026 · Trade fair: 100.00 EUR among 10 customers → 10.00 EUR.');
		expect(text['payment_delay']).toBe('1 invoice owed past the due day: 264.44 EUR overdue on average over the period\'s 90 days (23,800.00 EUR × days in all), at 8 % a year ÷ 365, rounded half up. INV-2026-000007 (due 2026-02-01).');
		for (const line of Object.values(text)) expect(line).not.toMatch(/\bw-north\b|\bk1\b|\bi1\b/);
	});

	test('without the right to read time sheets or campaign spend, the lines keep their amounts and drop the detail behind them', () => {
		const pnl = customerPnl(fullFacts(), context({ detail: { service: false, marketing: false } }));
		const line = (key: string) => pnl.lines.find((l) => l.key === key)!;
		expect([line('service').amount, line('marketing').amount]).toEqual([-24_500, -3_000]);
		expect(line('service').explanation).not.toMatch(/min|200\.00|45\.00/);
		expect(line('marketing').explanation).toBe('Share of the spend of 2 campaigns that addressed the customer: each campaign\'s spend booked in the period is shared equally among the customers it addressed.');
	});

	test('a customer with nothing in the period has a P&L of zeros that says so', () => {
		const pnl = customerPnl(emptyProfitFacts({ id: 'c0', name: 'Quiet' }), context());
		expect(pnl.lines.map((l) => l.key)).toEqual([...PNL_LINE_KEYS]);
		expect(pnl.lines.every((l) => Object.is(l.amount, 0))).toBe(true);
		expect(pnl.totals.profit).toBe(0);
		expect(pnl.marginBp).toBeNull();
		expect(pnl.lines[0]!.explanation).toBe('No order dated in the period (drafts and cancelled orders do not count).');
	});

	test.each<[string, number, number, number | null]>([
		['half up: 1 of 3 is 33.33 %', 1, 3, 3_333],
		['half up: 2 of 3 is 66.67 %', 2, 3, 6_667],
		['a loss is a negative margin', -50, 200, -2_500],
		['half way rounds away from zero', -1, 20_000, -1],
		['no revenue: no margin', 100, 0, null],
		['credit notes above sales: no margin', -100, -20, null],
	])('margin: %s', (_, profit, revenue, expected) => {
		expect(marginBpOf({ profit, revenue })).toBe(expected);
	});

	test.each<[string, () => ReturnType<typeof fullFacts>]>([
		['every line', () => fullFacts()],
		['nothing in the period', () => emptyProfitFacts({ id: 'c0', name: 'Quiet' })],
		['a credit note without orders', () => ({ ...emptyProfitFacts({ id: 'c2', name: 'Credit only' }), creditNotes: { count: 1, net: 4_000 } })],
		['service in a currency without a rate', () => ({ ...fullFacts(), service: [...fullFacts().service, { currency: 'CHF', entries: 1, minutes: 60, timeCost: 10_000, expenses: 0, expenseAmount: 0 }] })],
		['shipments no logistics row prices', () => ({ ...fullFacts(), shipments: [{ kind: 'waybill' as const, warehouse: 'w-south', region: 'r-elsewhere', shipments: 2 }] })],
	])('the portfolio figures (customerTotals) equal the P&L lines\' own: %s', (_, facts) => {
		const ctx = context({ logisticsCosts: [{ id: 'wh', kind: null, warehouse: 'w-north', region: null, costBase: 900 }] });
		expect(customerTotals(facts(), ctx)).toEqual(customerPnl(facts(), ctx).totals);
		expect(customerTotals(facts(), context())).toEqual(customerPnl(facts(), context()).totals);
	});
});

import { describe, expect, test } from 'vitest';
import { allocateProportionally, campaignShare, ledgerEntryOverdueDays, logisticsLine, matchLogisticsCost, paymentDelayCost, paymentDelayLine, serviceCost, serviceLine, serviceTimeCost } from '../../../packages/crm-core/src/index.ts';
import { context, LOGISTICS, PERIOD, REGION, WAREHOUSE } from './profit-fixtures.ts';

describe('service: time at cost per entry, half up, as A5.11', () => {
	test.each<[number, number, number]>([
		[40, 6_000, 4_000],
		[1, 6_000, 100],
		[7, 5_000, 583], // 583.33
		[1, 3_000, 50], // exactly 50
		[1, 3_030, 51], // 50.5 → 51
		[10, 9_999, 1_667], // 1,666.5 → 1,667
		[0, 9_999, 0],
	])('%i min at %i per hour = %i', (minutes, rate, cost) => {
		expect(serviceTimeCost(minutes, rate)).toBe(cost);
		// The loaders' SQL: (minutes × rate + 30) div 60.
		expect(Math.floor((minutes * rate + 30) / 60)).toBe(cost);
	});

	test('another currency converts at the period\'s last day, half-even, once per currency; one without a rate is left out and named', () => {
		const facts = [
			{ currency: 'EUR', entries: 1, minutes: 60, timeCost: 5_000, expenses: 0, expenseAmount: 0 },
			{ currency: 'USD', entries: 1, minutes: 30, timeCost: 2_505, expenses: 1, expenseAmount: 0 },
			{ currency: 'CHF', entries: 1, minutes: 15, timeCost: 1_000, expenses: 0, expenseAmount: 0 },
		];
		// 25.05 USD × 0.9 = 22.545 → 22.54 (half-even); CHF has no rate.
		expect(serviceCost(facts, 'EUR', context().rateToBase)).toEqual({ amount: 7_254, minutes: 105, entries: 3, expenses: 1, unconverted: ['CHF'] });
		const line = serviceLine(facts, 'EUR', context().rateToBase, true);
		expect(line.amount).toBe(-7_254);
		expect(line.explanation).toContain('Costs in CHF are left out: there is no rate to EUR on the period\'s last day.');
		expect(line.explanation).toContain('1 h 45 min of service time in 3 entries');
	});
});

describe('logistics: the most specific cost row per shipment', () => {
	const REGION_ONLY = { id: 'region', kind: null, warehouse: null, region: REGION, costBase: 700 };
	const ACTS = { id: 'acts', kind: 'service_act' as const, warehouse: null, region: null, costBase: 300 };
	const table = [...LOGISTICS, REGION_ONLY, ACTS];

	test.each<[string, 'waybill' | 'service_act', string | null, string | null, string | null]>([
		['warehouse and region beat everything', 'waybill', WAREHOUSE, REGION, 'wh-region'],
		['a row of another kind does not apply: the warehouse row', 'service_act', WAREHOUSE, REGION, 'wh'],
		['warehouse beats region', 'service_act', WAREHOUSE, 'elsewhere', 'wh'],
		['region beats any', 'waybill', 'other-wh', REGION, 'region'],
		['at the same place a named kind beats any kind', 'service_act', null, null, 'acts'],
		['nothing specific: the row for any', 'waybill', null, 'elsewhere', 'any'],
	])('%s', (_, kind, warehouse, region, expected) => {
		expect(matchLogisticsCost({ kind, warehouse, region }, table)?.id ?? null).toBe(expected);
	});

	test('two rows equally specific: the dearer one, then the lower id; no row: nothing', () => {
		const twins = [{ id: 'b', kind: null, warehouse: null, region: null, costBase: 100 }, { id: 'a', kind: null, warehouse: null, region: null, costBase: 100 }, { id: 'c', kind: null, warehouse: null, region: null, costBase: 90 }];
		expect(matchLogisticsCost({ kind: 'waybill', warehouse: null, region: null }, twins)?.id).toBe('a');
		expect(matchLogisticsCost({ kind: 'waybill', warehouse: null, region: null }, [])).toBeNull();
	});

	test('shipments no row matches cost 0 and are counted in the explanation', () => {
		const line = logisticsLine([{ kind: 'waybill', warehouse: WAREHOUSE, region: REGION, shipments: 2 }, { kind: 'waybill', warehouse: 'far', region: null, shipments: 4 }], [LOGISTICS[2]!], 'EUR', context().names);
		expect(line.amount).toBe(-2_400);
		expect(line.explanation).toBe('Shipments of the period at the most specific logistics cost that matches each: 2 shipments × 12.00 EUR (waybill from WH-N to Bavaria); 4 shipments no logistics cost row matches, at 0.');
	});
});

describe('marketing: a campaign\'s spend shared equally among the customers it addressed', () => {
	test.each<[number, number, number[]]>([
		[100_001, 4, [25_001, 25_000, 25_000, 25_000]],
		[10, 3, [4, 3, 3]],
		[11, 3, [4, 4, 3]],
		[2, 5, [1, 1, 0, 0, 0]],
		[-10, 3, [-4, -3, -3]],
		[0, 2, [0, 0]],
		[9_000, 1, [9_000]],
	])('%i among %i customers', (spend, customers, shares) => {
		const byRank = Array.from({ length: customers }, (_, i) => campaignShare(spend, customers, i + 1));
		expect(byRank).toEqual(shares);
		expect(byRank.reduce((a, b) => a + b, 0)).toBe(spend);
		// The same as the largest-remainder split with equal weights, ties to the earlier customer.
		expect(byRank).toEqual(allocateProportionally(spend, Array.from({ length: customers }, () => 1)));
		// The loaders' SQL: spend div n + (rank ≤ |spend mod n| ? sign : 0), with truncating division.
		expect(byRank).toEqual(byRank.map((_, i) => Math.trunc(spend / customers) + (i + 1 <= Math.abs(spend % customers) ? Math.sign(spend) : 0)));
	});

	test('refuses a rank outside the customers', () => {
		expect(() => campaignShare(10, 3, 4)).toThrow(RangeError);
		expect(() => campaignShare(10, 0, 1)).toThrow(RangeError);
	});
});

describe('payment delay: what is owed past due, day by day in the period, at the annual rate', () => {
	const period = { from: '2026-03-01', to: '2026-03-31', today: '2026-06-30' };
	/** Σ amount × overdue days of an invoice's ledger entries. */
	const amountDays = (due: string, entries: [string, number][], p = period) => entries.reduce((s, [day, amount]) => s + amount * ledgerEntryOverdueDays(day, due, p), 0);

	test.each<[string, string, [string, number][], number]>([
		['paid 10 days late, inside the period: 100.00 × 10 days', '2026-03-05', [['2026-02-20', 10_000], ['2026-03-15', -10_000]], 100_000],
		['paid on the due day: nothing', '2026-03-05', [['2026-02-20', 10_000], ['2026-03-05', -10_000]], 0],
		['paid the day after: one day', '2026-03-05', [['2026-02-20', 10_000], ['2026-03-06', -10_000]], 10_000],
		['paid early: nothing', '2026-03-05', [['2026-02-20', 10_000], ['2026-02-25', -10_000]], 0],
		['still open at the end: every day after due up to the 31st (26 days)', '2026-03-05', [['2026-02-20', 10_000]], 260_000],
		['half paid late: the rest stays owed', '2026-03-05', [['2026-02-20', 10_000], ['2026-03-15', -5_000]], 10_000 * 10 + 5_000 * 16],
		['due before the period: only the period\'s days count, the day it is paid included (1st–11th)', '2026-01-31', [['2026-01-01', 10_000], ['2026-03-11', -10_000]], 110_000],
		['paid after the period: counted up to its end', '2026-03-21', [['2026-03-01', 10_000], ['2026-04-20', -10_000]], 100_000],
		['a credit note settles like a payment', '2026-03-05', [['2026-02-20', 10_000], ['2026-03-10', -2_000], ['2026-03-15', -8_000]], 10_000 * 5 + 8_000 * 5],
		['a reversed payment makes it owed again from the reversal', '2026-03-05', [['2026-02-20', 10_000], ['2026-03-04', -10_000], ['2026-03-21', 10_000]], 100_000],
		['due after the period: nothing', '2026-04-15', [['2026-03-16', 10_000]], 0],
	])('%s', (_, due, entries, expected) => {
		expect(amountDays(due, entries)).toBe(expected);
	});

	test('a period that runs past today counts up to today only', () => {
		expect(amountDays('2026-03-05', [['2026-02-20', 10_000]], { ...period, today: '2026-03-09' })).toBe(40_000);
		expect(amountDays('2026-03-05', [['2026-02-20', 10_000]], { ...period, today: '2026-02-28' })).toBe(0);
	});

	test.each<[number, number, number]>([
		[2_380_000, 800, 522], // 521.64
		[100_000, 800, 22], // 21.92
		[456_250, 800, 100], // exactly 1.00
		[1_825, 1_000, 1], // 0.5 → 1, half up
		[1_824, 1_000, 0], // 0.4997
		[0, 800, 0],
		[-5_000, 800, 0],
		[1_000_000, 0, 0],
	])('%i minor-unit-days at %i bp a year cost %i', (days, rate, cost) => {
		expect(paymentDelayCost(days, rate)).toBe(cost);
	});

	test('the line says how much was overdue on average, at what rate, and which invoices', () => {
		const line = paymentDelayLine({ amountDays: 310_000, invoices: 2, detail: [{ invoice: 'a', number: 'INV-1', dueDate: '2026-03-05', amountDays: 10_000 }, { invoice: 'b', number: 'INV-2', dueDate: '2026-03-01', amountDays: 300_000 }] }, period, 1_200, 'EUR');
		// 310,000 × 1,200 ÷ 3,650,000 = 101.9 → 102
		expect(line.amount).toBe(-102);
		expect(line.explanation).toBe('2 invoices owed past the due day: 100.00 EUR overdue on average over the period\'s 31 days (3,100.00 EUR × days in all), at 12 % a year ÷ 365, rounded half up. INV-2 (due 2026-03-01), INV-1 (due 2026-03-05).');
		expect(paymentDelayLine({ amountDays: 0, invoices: 0, detail: null }, PERIOD, 800, 'EUR')).toMatchObject({ amount: 0, explanation: 'Nothing was owed past its due day in the period (up to 2026-03-31).' });
	});
});

import { describe, expect, test } from 'vitest';
import { type CostContract, type CostTimeEntry, summarizeSupportCosts } from '../../../packages/crm-core/src/service-desk/index.ts';

const premium: CostContract = { id: 'c1', code: 'SC-1', currency: 'EUR', period: 'month', includedMinutesPerPeriod: 20, hourlyRate: 12_000, fee: 30_000, validFrom: '2026-01-01', validTo: null, timeZone: 'UTC' };
const entry = (overrides: Partial<CostTimeEntry>): CostTimeEntry => ({ id: 'e1', requestId: 'r1', contractId: 'c1', startedAt: '2026-11-10T09:00:00.000Z', minutes: 30, billable: true, costRatePerHour: 6_000, currency: 'EUR', ...overrides });

describe('summarizeSupportCosts', () => {
	test('bills time beyond the included minutes, counts internal work as cost only, and earns the fee for the window\'s days', () => {
		const summary = summarizeSupportCosts({
			contracts: [premium],
			entries: [entry({}), entry({ id: 'e2', startedAt: '2026-11-10T09:30:00.000Z', minutes: 10, billable: false })],
			expenses: [{ requestId: 'r1', contractId: 'c1', amount: 2_500, currency: 'EUR', day: '2026-11-10' }],
			from: '2026-11-10',
			to: '2026-11-10',
			baseCurrency: 'EUR',
		});
		// 40 min at 60.00/h = 40.00; 30 billable, 20 of them included → 10 at 120.00/h = 20.00; fee 300.00 / 30 days = 10.00.
		expect(summary.totals).toEqual([{ currency: 'EUR', supportCost: 6_500, timeCost: 4_000, expenseCost: 2_500, billableAmount: 2_000, contractRevenue: 1_000, margin: 1_000 + 2_000 - 6_500 }]);
		expect(summary).toMatchObject({ minutes: 40, includedMinutes: 20, billableMinutes: 10, nonBillableMinutes: 10 });
		expect(summary.contracts).toEqual([{ id: 'c1', code: 'SC-1', currency: 'EUR', contractRevenue: 1_000, billableMinutes: 10, billableAmount: 2_000 }]);
		expect(summary.requests).toEqual([{ requestId: 'r1', minutes: 40, cost: { EUR: 6_500 } }]);
	});

	test('uses up the included time from the start of the period, before the window', () => {
		const summary = summarizeSupportCosts({
			contracts: [premium],
			entries: [entry({ id: 'early', startedAt: '2026-11-02T09:00:00.000Z', minutes: 20 }), entry({})],
			expenses: [],
			from: '2026-11-10',
			to: '2026-11-10',
			baseCurrency: 'EUR',
		});
		expect(summary).toMatchObject({ minutes: 30, includedMinutes: 0, billableMinutes: 30 });
		expect(summary.totals[0]).toMatchObject({ billableAmount: 6_000, timeCost: 3_000 });
	});

	test('keeps a specialist\'s cost in their currency and billing in the contract\'s, never converting', () => {
		const summary = summarizeSupportCosts({
			contracts: [{ ...premium, includedMinutesPerPeriod: 0, fee: null }],
			entries: [entry({ costRatePerHour: 9_000, currency: 'USD' })],
			expenses: [{ requestId: 'r1', contractId: 'c1', amount: 700, currency: 'USD', day: '2026-11-10' }],
			from: '2026-11-10',
			to: '2026-11-10',
			baseCurrency: 'EUR',
		});
		expect(summary.totals).toEqual([
			{ currency: 'EUR', supportCost: 0, timeCost: 0, expenseCost: 0, billableAmount: 6_000, contractRevenue: 0, margin: 6_000 },
			{ currency: 'USD', supportCost: 5_200, timeCost: 4_500, expenseCost: 700, billableAmount: 0, contractRevenue: 0, margin: -5_200 },
		]);
		expect(summary.minutes).toBe(30);
		expect(summary.requests).toEqual([{ requestId: 'r1', minutes: 30, cost: { EUR: 0, USD: 5_200 } }]);
	});

	test('requests without a contract cost in the base currency and bill nothing', () => {
		const summary = summarizeSupportCosts({ contracts: [], entries: [entry({ contractId: null })], expenses: [], from: '2026-11-01', to: '2026-11-30', baseCurrency: 'EUR' });
		expect(summary.totals).toEqual([{ currency: 'EUR', supportCost: 3_000, timeCost: 3_000, expenseCost: 0, billableAmount: 0, contractRevenue: 0, margin: -3_000 }]);
		expect(summary.contracts).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import { orderAmountInBase, summarizeCampaignBudget } from '../../../packages/crm-core/src/index.ts';

const window = { status: 'running', start: '2026-03-01', end: '2026-03-31', today: '2026-03-16', warnAtBp: 9_000, hardStop: false } as const;

describe('summarizeCampaignBudget', () => {
	test('books costs by item and adds the discounts the campaign\'s own rules gave, in the base currency', () => {
		const budget = summarizeCampaignBudget({
			...window,
			lines: [
				{ costItem: 'agency', planned: 500_000 },
				{ costItem: 'discounts', planned: 200_000 },
				{ costItem: 'print', planned: 100_000 },
			],
			spend: [
				{ costItem: 'agency', amount: 300_000 },
				{ costItem: 'agency', amount: -20_000 },
				{ costItem: 'media', amount: 50_000 },
			],
			ruleCodes: ['SPRING-10', 'SPRING-PT5'],
			orders: [
				// In the base currency: the campaign's two rules count, another rule does not.
				{ applied: [{ code: 'SPRING-10', amount: 12_000 }, { code: 'SPRING-PT5', amount: 3_000 }, { code: 'DEALER', amount: 9_999 }], grossTotal: 119_000, grossTotalBase: 119_000 },
				// In USD at gross 10,000.00 USD = 9,221.00 EUR: 1,000.00 USD of discount is 922.10 EUR.
				{ applied: [{ code: 'SPRING-10', amount: 100_000 }], grossTotal: 1_000_000, grossTotalBase: 922_100 },
			],
		});
		expect(budget.byItem).toEqual([
			{ costItem: 'agency', planned: 500_000, actual: 280_000 },
			{ costItem: 'discounts', planned: 200_000, actual: 107_210 },
			{ costItem: 'media', planned: 0, actual: 50_000 },
			{ costItem: 'print', planned: 100_000, actual: 0 },
		]);
		expect(budget.position).toMatchObject({ planned: 800_000, actual: 437_210, remaining: 362_790, usedBp: 5_465 });
		// 16 of 31 days gone: 437,210 × 31 ÷ 16 = 847,094 (half up), above the plan.
		expect(budget.position).toMatchObject({ forecast: 847_094, overrunForecast: true, warning: false });
	});

	test('a campaign without plan or spend is at zero, without warnings', () => {
		expect(summarizeCampaignBudget({ ...window, lines: [], spend: [], ruleCodes: [], orders: [] })).toEqual({
			byItem: [],
			position: { planned: 0, actual: 0, remaining: 0, usedBp: null, forecast: 0, overrunForecast: false, warning: false, stopSends: false },
		});
	});
});

describe('orderAmountInBase', () => {
	test.each([
		[15_000, 119_000, 119_000, 15_000],
		[100_000, 1_000_000, 922_100, 92_210],
		[1, 3, 2, 0],
		[5, 0, 0, 0],
		[5, 100, null, 0],
	])('%i of an order at %i (%s in base) is %i in the base currency', (amount, gross, base, expected) => {
		expect(orderAmountInBase(amount, gross, base)).toBe(expected);
	});
});

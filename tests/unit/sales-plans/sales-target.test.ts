import { describe, expect, test } from 'vitest';
import { assertSalesTargetValid, spreadTargetByMonth } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';
import { quarter } from './sales-plan-fixtures.ts';

describe('assertSalesTargetValid: a plan must be measurable', () => {
	test.each([
		['a period that ends before it starts', { periodEnd: '2026-12-31' }, 'period_end'],
		['a period longer than a year', { periodEnd: '2028-01-02' }, 'period_end'],
		['a rep and a team at once', { teamId: 'north' }, 'team'],
		['a revenue plan without an amount', { targetAmount: null }, 'target_amount'],
		['a margin plan of zero', { measure: 'margin' as const, targetAmount: 0 }, 'target_amount'],
		['a quantity plan without a product group', { measure: 'quantity' as const, targetQuantity: 1000 }, 'product_group'],
		['a quantity plan without a quantity', { measure: 'quantity' as const, productGroupId: 'coffee' }, 'target_quantity_milli'],
	])('refuses %s', (_, change, field) => {
		expect(domainFailure(() => assertSalesTargetValid({ ...quarter, ...change }))).toEqual(['CRM_SALES_TARGET_INVALID', field]);
	});

	test.each([
		['a rep\'s quarter', {}],
		['a company year of 366 days', { repId: null, periodStart: '2028-01-01', periodEnd: '2028-12-31' }],
		['a team\'s quantity plan for a product group', { repId: null, teamId: 'north', measure: 'quantity' as const, productGroupId: 'coffee', targetAmount: null, targetQuantity: 2500 }],
	])('accepts %s', (_, change) => {
		expect(domainFailure(() => assertSalesTargetValid({ ...quarter, ...change }))).toBeNull();
	});
});

describe('spreadTargetByMonth: the drill-down\'s plan per month', () => {
	test('spreads the target by days and keeps the sum exact', () => {
		// 17 + 28 + 14 = 59 days: 100 × 17/59 = 28.81, × 28/59 = 47.46, × 14/59 = 23.73; the two largest remainders get the two left over.
		expect(spreadTargetByMonth({ ...quarter, periodStart: '2027-01-15', periodEnd: '2027-03-14', targetAmount: 100 })).toEqual([
			{ month: '2027-01', target: 29, days: 17 },
			{ month: '2027-02', target: 47, days: 28 },
			{ month: '2027-03', target: 24, days: 14 },
		]);
	});

	test('a quarter of 90 days gives each month its share', () => {
		expect(spreadTargetByMonth(quarter).map((m) => m.target)).toEqual([3_100_000, 2_800_000, 3_100_000]);
	});
});

import { describe, expect, test } from 'vitest';
import { assessTarget } from '../../../packages/crm-core/src/index.ts';
import { eur, quarter } from './sales-plan-fixtures.ts';

describe('assessTarget: plan against actual, run rate and projection', () => {
	test.each([
		// 30 of 90 days: the plan to date is a third of 9,000,000 = 3,000,000.
		['ahead when the actual reaches the plan to date', '2027-01-30', 3_000_000, { daysElapsed: 30, expectedToDate: 3_000_000, attainmentBp: 3333, runRatePerDay: 100_000, projected: 9_000_000, projectedAttainmentBp: 10_000, behind: false, status: 'ahead' }],
		// 200,000 short is 6.67 % of the plan to date: inside the 10 % margin.
		['on track when short by less than the margin', '2027-01-30', 2_800_000, { daysElapsed: 30, expectedToDate: 3_000_000, attainmentBp: 3111, runRatePerDay: 93_333, projected: 8_400_000, projectedAttainmentBp: 9333, behind: false, status: 'on_track' }],
		// 400,000 short is 13.3 % of the plan to date: behind.
		['behind when short by more than the margin', '2027-01-30', 2_600_000, { daysElapsed: 30, expectedToDate: 3_000_000, attainmentBp: 2889, runRatePerDay: 86_667, projected: 7_800_000, projectedAttainmentBp: 8667, behind: true, status: 'behind' }],
		// Exactly 10 % short (300,000 of 3,000,000) is still within the margin.
		['exactly at the margin is not behind', '2027-01-30', 2_700_000, { daysElapsed: 30, expectedToDate: 3_000_000, attainmentBp: 3000, runRatePerDay: 90_000, projected: 8_100_000, projectedAttainmentBp: 9000, behind: false, status: 'on_track' }],
		['upcoming before the period starts', '2026-12-20', 0, { daysElapsed: 0, expectedToDate: 0, attainmentBp: 0, runRatePerDay: 0, projected: 0, projectedAttainmentBp: 0, behind: false, status: 'upcoming' }],
		['met as soon as the target is reached', '2027-02-01', 9_500_000, { daysElapsed: 32, expectedToDate: 3_200_000, attainmentBp: 10_556, runRatePerDay: 296_875, projected: 26_718_750, projectedAttainmentBp: 29_688, behind: false, status: 'met' }],
		['missed once the period ended short', '2027-04-05', 8_000_000, { daysElapsed: 90, expectedToDate: 9_000_000, attainmentBp: 8889, runRatePerDay: 88_889, projected: 8_000_000, projectedAttainmentBp: 8889, behind: false, status: 'missed' }],
		// One day in: the plan to date is 100,000; nothing sold is 100 % short.
		['behind on the first day with nothing sold', '2027-01-01', 0, { daysElapsed: 1, expectedToDate: 100_000, attainmentBp: 0, runRatePerDay: 0, projected: 0, projectedAttainmentBp: 0, behind: true, status: 'behind' }],
	])('%s', (_, today, actual, expected) => {
		expect(assessTarget(quarter, actual, today, eur)).toMatchObject({ target: 9_000_000, actual, daysTotal: 90, ...expected });
	});

	test('explains the figures in words a rep can check', () => {
		expect(assessTarget(quarter, 2_600_000, '2027-01-30', eur).explanation).toBe(
			'Revenue 26,000.00 EUR of 90,000.00 EUR (28.89 %) after 30 of 90 days: 4,000.00 EUR behind the plan to date (30,000.00 EUR); at this rate 78,000.00 EUR (86.67 %) by 2027-03-31.',
		);
		expect(assessTarget(quarter, 3_100_000, '2027-01-30', eur).explanation).toBe(
			'Revenue 31,000.00 EUR of 90,000.00 EUR (34.44 %) after 30 of 90 days: 1,000.00 EUR ahead of the plan to date (30,000.00 EUR); at this rate 93,000.00 EUR (103.33 %) by 2027-03-31.',
		);
		expect(assessTarget(quarter, 8_000_000, '2027-04-05', eur).explanation).toBe('Revenue 80,000.00 EUR of 90,000.00 EUR (88.89 %): the period ended on 2027-03-31, the plan was missed.');
	});

	test('a quantity plan is measured in milli-units', () => {
		const units = { ...quarter, measure: 'quantity' as const, productGroupId: 'coffee', targetAmount: null, targetQuantity: 900_000 };
		expect(assessTarget(units, 450_000, '2027-02-14', (q) => `${q / 1000} kg`)).toMatchObject({ daysElapsed: 45, expectedToDate: 450_000, attainmentBp: 5000, status: 'ahead' });
	});
});

import { describe, expect, test } from 'vitest';
import { purchaseCycle } from '../../../packages/crm-core/src/index.ts';

describe('purchaseCycle: how often a customer buys a product group', () => {
	test.each([
		[
			'a customer who buys every 30 days has a 30-day cycle, next due 30 days after the last purchase',
			['2026-01-01', '2026-01-31', '2026-03-02'],
			{ days: ['2026-01-01', '2026-01-31', '2026-03-02'], cycleDays: 30, lastDay: '2026-03-02', nextDueDay: '2026-04-01' },
		],
		[
			'days come in any order, and two orders on one day are one purchase',
			['2026-03-02', '2026-01-31', '2026-01-01', '2026-01-31'],
			{ days: ['2026-01-01', '2026-01-31', '2026-03-02'], cycleDays: 30, lastDay: '2026-03-02', nextDueDay: '2026-04-01' },
		],
		[
			'two gaps of 30 and 31 days average to 30.5, rounded half up to 31',
			['2026-01-01', '2026-01-31', '2026-03-03'],
			{ days: ['2026-01-01', '2026-01-31', '2026-03-03'], cycleDays: 31, lastDay: '2026-03-03', nextDueDay: '2026-04-03' },
		],
		[
			'one stock-up does not move the cycle: gaps 30, 5, 30, 31 have the median 30',
			['2026-01-01', '2026-01-31', '2026-02-05', '2026-03-07', '2026-04-07'],
			{ days: ['2026-01-01', '2026-01-31', '2026-02-05', '2026-03-07', '2026-04-07'], cycleDays: 30, lastDay: '2026-04-07', nextDueDay: '2026-05-07' },
		],
		[
			'nor does one long silence: gaps 30, 90, 28 have the median 30',
			['2026-01-01', '2026-01-31', '2026-05-01', '2026-05-29'],
			{ days: ['2026-01-01', '2026-01-31', '2026-05-01', '2026-05-29'], cycleDays: 30, lastDay: '2026-05-29', nextDueDay: '2026-06-28' },
		],
		['the cycle counts calendar days across a leap day and a year end', ['2023-12-31', '2024-12-30', '2025-12-30'], { days: ['2023-12-31', '2024-12-30', '2025-12-30'], cycleDays: 365, lastDay: '2025-12-30', nextDueDay: '2026-12-30' }],
		['two purchases are not a cycle yet', ['2026-01-01', '2026-01-31'], { days: ['2026-01-01', '2026-01-31'], cycleDays: null, lastDay: '2026-01-31', nextDueDay: null }],
		['three orders on two days are two purchases', ['2026-01-01', '2026-01-31', '2026-01-31'], { days: ['2026-01-01', '2026-01-31'], cycleDays: null, lastDay: '2026-01-31', nextDueDay: null }],
		['no purchase, no cycle', [], { days: [], cycleDays: null, lastDay: null, nextDueDay: null }],
	])('%s', (_, days, cycle) => {
		expect(purchaseCycle(days)).toEqual(cycle);
	});

	test.each([['2026-02-30'], ['2026-1-5'], ['yesterday']])('refuses %s as a purchase day', (day) => {
		expect(() => purchaseCycle(['2026-01-01', day])).toThrowError(expect.objectContaining({ code: 'CRM_INVALID_FORMAT', details: { field: 'days' } }));
	});
});

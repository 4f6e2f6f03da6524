import { describe, expect, test } from 'vitest';
import { assessReorder, purchaseCycle } from '../../../packages/crm-core/src/index.ts';

// Every 30 days: 2026-08-02, 2026-09-01, 2026-10-01 → last 2026-10-01, due 2026-10-31; twice the cycle is reached on 2026-11-30.
const monthly = purchaseCycle(['2026-08-02', '2026-09-01', '2026-10-01']);

describe('assessReorder: due, overdue or at risk of churning', () => {
	test.each([
		['is not due the day before the cycle ends', '2026-10-30', 20_000, 'not_due', 29, 0, 'Buys Coffee every 30 days; last on 2026-10-01, next due 2026-10-31 (in 1 day)'],
		['is not due right after a purchase', '2026-10-01', 20_000, 'not_due', 0, 0, 'Buys Coffee every 30 days; last on 2026-10-01, next due 2026-10-31 (in 30 days)'],
		['a customer who buys every 30 days is due on day 30', '2026-10-31', 20_000, 'due', 30, 0, 'Buys Coffee every 30 days; last on 2026-10-01, due today (2026-10-31)'],
		['counts the days overdue', '2026-11-05', 20_000, 'due', 35, 5, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 5 days overdue'],
		['is still only due one day short of twice the cycle', '2026-11-29', 20_000, 'due', 59, 29, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 29 days overdue'],
		['flags churn risk once the silence reaches twice the cycle', '2026-11-30', 20_000, 'churn_risk', 60, 30, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 30 days overdue — churn risk (2× the cycle)'],
		['flags churn risk when overdue by more than twice the cycle', '2026-12-07', 20_000, 'churn_risk', 67, 37, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 37 days overdue — churn risk (over 2× the cycle)'],
		['a factor of 1.5 flags churn risk after 45 days', '2026-11-15', 15_000, 'churn_risk', 45, 15, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 15 days overdue — churn risk (1.5× the cycle)'],
		// 30 × 1.25 = 37.5 days: day 37 is short of it, day 38 is over.
		['a fractional threshold is compared exactly (37 < 37.5 days)', '2026-11-07', 12_500, 'due', 37, 7, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 7 days overdue'],
		['a fractional threshold is compared exactly (38 > 37.5 days)', '2026-11-08', 12_500, 'churn_risk', 38, 8, 'Buys Coffee every 30 days; last on 2026-10-01, due 2026-10-31, 8 days overdue — churn risk (over 1.25× the cycle)'],
	])('%s', (_, today, churnFactorBp, status, daysSinceLast, daysOverdue, explanation) => {
		expect(assessReorder({ cycle: monthly, today, churnFactorBp, productGroupName: 'Coffee' })).toEqual({
			status,
			cycleDays: 30,
			lastDay: '2026-10-01',
			nextDueDay: '2026-10-31',
			daysSinceLast,
			daysOverdue,
			explanation,
		});
	});

	test.each([
		['has nothing to follow without purchases', [], null, 'No purchase of Coffee yet: a cycle needs 3 purchases'],
		['has no cycle after one purchase', ['2026-10-01'], 30, 'Bought Coffee once, on 2026-10-01: a cycle needs 3 purchases'],
		['has no cycle after two purchases, however long ago', ['2025-01-01', '2025-02-01'], 637, 'Bought Coffee on 2 days only, last on 2025-02-01: a cycle needs 3 purchases'],
	])('%s', (_, days, daysSinceLast, explanation) => {
		const cycle = purchaseCycle(days);
		expect(assessReorder({ cycle, today: '2026-10-31', churnFactorBp: 20_000, productGroupName: 'Coffee' })).toEqual({
			status: 'not_enough_history',
			cycleDays: null,
			lastDay: cycle.lastDay,
			nextDueDay: null,
			daysSinceLast,
			daysOverdue: 0,
			explanation,
		});
	});

	test.each([
		['names no group when given none', monthly, 'Buys every 30 days; last on 2026-10-01, due today (2026-10-31)'],
		['says "every day" for a daily buyer', purchaseCycle(['2026-10-29', '2026-10-30', '2026-10-31']), 'Buys every day; last on 2026-10-31, next due 2026-11-01 (in 1 day)'],
		['says "no purchase yet" without a group', purchaseCycle([]), 'No purchase yet: a cycle needs 3 purchases'],
	])('%s', (_, cycle, explanation) => {
		expect(assessReorder({ cycle, today: '2026-10-31', churnFactorBp: 20_000 }).explanation).toBe(explanation);
	});

	test.each([
		['one cycle is no churn factor', { today: '2026-10-31', churnFactorBp: 10_000 }, 'CRM_OUT_OF_RANGE', 'churnFactorBp'],
		['less than one cycle neither', { today: '2026-10-31', churnFactorBp: 5_000 }, 'CRM_OUT_OF_RANGE', 'churnFactorBp'],
		['a factor in whole basis points', { today: '2026-10-31', churnFactorBp: 15_000.5 }, 'CRM_OUT_OF_RANGE', 'churnFactorBp'],
		['today as a calendar day', { today: '31.10.2026', churnFactorBp: 20_000 }, 'CRM_INVALID_FORMAT', 'today'],
	])('refuses %s', (_, input, code, field) => {
		expect(() => assessReorder({ cycle: monthly, ...input })).toThrowError(expect.objectContaining({ code, details: { field } }));
	});
});

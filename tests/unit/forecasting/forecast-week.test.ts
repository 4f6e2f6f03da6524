import { describe, expect, test } from 'vitest';
import { assertMonth, forecastWeek, monthBounds, monthsAhead, monthsBetween } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';

describe('forecastWeek: the ISO-8601 week a snapshot is taken in', () => {
	test.each([
		// 2026 starts on a Thursday and is no leap year, so it ends on a Thursday too: 53 weeks.
		['the last day of a year with 53 weeks', '2026-12-31', '2026-W53'],
		['a Friday of the new year in the old year’s last week', '2027-01-01', '2026-W53'],
		['its Sunday, the last day of that week', '2027-01-03', '2026-W53'],
		['the Monday after starts week 1', '2027-01-04', '2027-W01'],
		// 2026-01-01 is a Thursday, so its week (Monday 2025-12-29 … Sunday 2026-01-04) is 2026's first.
		['a December Monday in the next year’s first week', '2025-12-29', '2026-W01'],
		['the Thursday that makes week 1', '2026-01-01', '2026-W01'],
		// 2025-01-01 is a Wednesday: Monday 2024-12-30 opens 2025-W01.
		['2024-12-30 belongs to 2025', '2024-12-30', '2025-W01'],
		// 2021-01-01 is a Friday, 2020 started on a Wednesday and is a leap year: 53 weeks.
		['2021-01-03 belongs to 2020', '2021-01-03', '2020-W53'],
		// 2026-W02 starts Monday 2026-01-05; 2026-03-09 is 63 days = 9 weeks later: Monday of W11.
		['a Monday', '2026-03-09', '2026-W11'],
		['the Sunday of the same week', '2026-03-15', '2026-W11'],
		['the next Monday', '2026-03-16', '2026-W12'],
		// 2028-01-01 is a Saturday: W01 starts Monday 2028-01-03; 2028-02-29 is 57 days later → week ⌊57 ÷ 7⌋ + 1 = 9.
		['a leap day', '2028-02-29', '2028-W09'],
		['a Saturday that opens a year in the old year’s week 52', '2028-01-01', '2027-W52'],
	])('%s: %s is %s', (_, day, week) => {
		expect(forecastWeek(day)).toBe(week);
	});

	test('a day that does not exist is refused', () => {
		expect(domainFailure(() => forecastWeek('2026-02-30'))).toEqual(['CRM_INVALID_FORMAT', 'day']);
	});
});

describe('monthsAhead, monthBounds, monthsBetween: the months a forecast looks at', () => {
	test.each([
		['2026-11-20', 3, ['2026-11', '2026-12', '2027-01']],
		['2026-03-31', 1, ['2026-03']],
		['2026-03-31', 0, []],
	])('from %s, %i months: %j', (day, count, months) => {
		expect(monthsAhead(day, count)).toEqual(months);
	});

	test('a negative number of months ahead is a programming error', () => {
		expect(() => monthsAhead('2026-03-01', -1)).toThrow(RangeError);
	});

	test.each([
		['2028-02', { start: '2028-02-01', end: '2028-02-29' }],
		['2026-02', { start: '2026-02-01', end: '2026-02-28' }],
		['2026-04', { start: '2026-04-01', end: '2026-04-30' }],
		['2026-12', { start: '2026-12-01', end: '2026-12-31' }],
	])('%s runs %j', (month, bounds) => {
		expect(monthBounds(month)).toEqual(bounds);
	});

	test.each([
		['2026-03', '2026-03', 0],
		['2026-11', '2027-01', 2],
		['2026-03', '2025-12', -3],
	])('from %s to %s: %i months', (from, to, months) => {
		expect(monthsBetween(from, to)).toBe(months);
	});

	test.each([
		['month 13', () => monthBounds('2026-13'), ['CRM_INVALID_FORMAT', 'month']],
		['a month without its leading zero', () => monthBounds('2026-3'), ['CRM_INVALID_FORMAT', 'month']],
		['a day where a month belongs', () => monthsBetween('2026-03-01', '2026-04', { from: 'today' }), ['CRM_INVALID_FORMAT', 'today']],
		['month 00', () => assertMonth('2026-00', 'target_month'), ['CRM_INVALID_FORMAT', 'target_month']],
		['months ahead of a day that does not exist', () => monthsAhead('2026-04-31', 2), ['CRM_INVALID_FORMAT', 'day']],
	])('%s is refused', (_, fn, failure) => {
		expect(domainFailure(fn)).toEqual(failure);
	});
});

import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../../../packages/crm-core/src/index.ts';

describe('daysBetween', () => {
	test.each([
		['2026-01-01', '2026-01-01', 0],
		['2026-01-01', '2026-01-31', 30],
		['2026-01-31', '2026-03-02', 30],
		['2024-02-28', '2024-03-01', 2],
		['2026-03-28', '2026-03-30', 2],
		['2026-12-31', '2027-01-01', 1],
		['2026-02-10', '2026-02-01', -9],
	])('counts %s → %s as %i days', (from, to, days) => {
		expect(daysBetween(from, to)).toBe(days);
	});

	test.each([['2026-02-30'], ['2026-1-05'], ['05.01.2026'], ['2026-01-05T00:00:00Z'], ['']])('refuses %j as a day', (day) => {
		expect(() => daysBetween(day, '2026-01-01')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_FORMAT' }));
	});
});

describe('addDays', () => {
	test.each([
		['2026-01-31', 1, '2026-02-01'],
		['2026-01-10', 30, '2026-02-09'],
		['2024-02-28', 1, '2024-02-29'],
		['2026-03-01', -1, '2026-02-28'],
		['2026-12-31', 0, '2026-12-31'],
		['0050-01-01', 1, '0050-01-02'],
	])('%s + %i days is %s', (day, days, expected) => {
		expect(addDays(day, days)).toBe(expected);
	});
});

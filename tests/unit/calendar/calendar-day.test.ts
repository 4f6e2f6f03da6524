import { describe, expect, test } from 'vitest';
import { daysBetween, toEpochDay } from '../../../packages/crm-core/src/index.ts';

describe('calendar days', () => {
	test.each([
		['1970-01-01', 0],
		['1969-12-31', -1],
		['2000-03-01', 11_017],
		['2024-02-29', 19_782],
		['2026-03-31', 20_543],
		['1600-03-01', -135_080],
		['9999-12-31', 2_932_896],
	])('counts %s as day %i since 1970-01-01', (day, epochDay) => {
		expect(toEpochDay(day)).toBe(epochDay);
	});

	test.each([
		['2026-03-01', '2026-03-31', 30],
		['2026-03-31', '2026-03-01', -30],
		['2025-12-31', '2026-01-01', 1],
		['2024-02-28', '2024-03-01', 2],
		['2026-02-28', '2026-03-01', 1],
		['2026-03-29', '2026-03-30', 1],
	])('counts the days from %s to %s as %i, whatever the time zone', (from, to, days) => {
		expect(daysBetween(from, to)).toBe(days);
	});

	test.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-1', '2026-03-01T00:00:00Z', ''])('refuses %j', (day) => {
		expect(() => toEpochDay(day, 'dueDate')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_FORMAT', details: { field: 'dueDate' } }));
	});
});

import { describe, expect, it } from 'vitest';
import { classificationWindow, monthOfWindow } from '../../../packages/crm-core/src/classification/classification-window.ts';

describe('the classification window', () => {
	it.each([
		['2026-12-07', 12, '2026-01-01'],
		['2026-01-31', 12, '2025-02-01'],
		['2026-03-15', 1, '2026-03-01'],
		['2026-03-15', 3, '2026-01-01'],
		['2026-02-28', 24, '2024-03-01'],
	])('on %s, %i months start on %s and end today', (today, months, from) => {
		expect(classificationWindow(today, months)).toEqual({ from, to: today, months });
	});

	it.each([
		['2026-01-01', 0],
		['2026-01-31', 0],
		['2026-02-01', 1],
		['2026-12-07', 11],
		['2026-12-08', null],
		['2025-12-31', null],
	])('places %s in month %s of a year ending on 2026-12-07', (day, index) => {
		expect(monthOfWindow(classificationWindow('2026-12-07', 12), day)).toBe(index);
	});
});

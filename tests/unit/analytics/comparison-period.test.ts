import { describe, expect, test } from 'vitest';
import { comparisonPeriod, monthsOf, sameDaysLastYear } from '../../../packages/crm-core/src/index.ts';

describe('comparison periods', () => {
	test.each([
		// Previous: as many days, ending the day before.
		['2026-03-01', '2026-03-31', 'previous', { from: '2026-01-29', to: '2026-02-28' }],
		['2026-06-15', '2026-06-15', 'previous', { from: '2026-06-14', to: '2026-06-14' }],
		['2024-03-01', '2024-03-10', 'previous', { from: '2024-02-20', to: '2024-02-29' }],
		// Last year: whole months with whole months, leap February both ways.
		['2025-02-01', '2025-02-28', 'last_year', { from: '2024-02-01', to: '2024-02-29' }],
		['2024-02-01', '2024-02-29', 'last_year', { from: '2023-02-01', to: '2023-02-28' }],
		['2026-01-01', '2026-12-31', 'last_year', { from: '2025-01-01', to: '2025-12-31' }],
		['2025-01-01', '2025-03-31', 'last_year', { from: '2024-01-01', to: '2024-03-31' }],
		// Other periods: the same calendar days; 29 February stands for the 28th.
		['2024-02-29', '2024-03-15', 'last_year', { from: '2023-02-28', to: '2023-03-15' }],
		['2024-02-10', '2024-02-29', 'last_year', { from: '2023-02-10', to: '2023-02-28' }],
		['2025-02-28', '2025-02-28', 'last_year', { from: '2024-02-28', to: '2024-02-28' }],
		['2026-06-10', '2026-07-09', 'last_year', { from: '2025-06-10', to: '2025-07-09' }],
		['2026-06-10', '2026-07-09', 'none', null],
	] as const)('%s – %s compared %s', (from, to, compare, expected) => {
		expect(comparisonPeriod(from, to, compare)).toEqual(expected);
	});

	test('last year must end before the period begins: a period longer than a year is refused, naming "compare"', () => {
		expect(() => comparisonPeriod('2025-03-01', '2026-03-01', 'last_year')).toThrowError(expect.objectContaining({ code: 'CRM_INVALID_QUERY', details: { parameter: 'compare' } }));
		expect(comparisonPeriod('2025-03-02', '2026-03-01', 'last_year')).toEqual({ from: '2024-03-02', to: '2025-03-01' });
		expect(comparisonPeriod('2024-03-01', '2025-02-28', 'last_year')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
	});

	test('sameDaysLastYear keeps a one-day period one day, also on 29 February', () => {
		expect(sameDaysLastYear('2024-02-29', '2024-02-29')).toEqual({ from: '2023-02-28', to: '2023-02-28' });
	});

	test('monthsOf lists every month a period touches', () => {
		expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthsOf('2026-01-31', '2026-01-31')).toEqual(['2026-01']);
		expect(monthsOf('2024-01-31', '2024-03-01')).toEqual(['2024-01', '2024-02', '2024-03']);
	});
});

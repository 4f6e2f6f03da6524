/** The periods and comparisons the sales panels offer, and the days each covers. */
import { addDays } from '@crm/core';

export type Period = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear' | 'lastYear' | 'last90' | 'last365';
export type Compare = 'previous' | 'last_year' | 'none';

export const PERIODS: readonly { value: Period; text: string }[] = [
	{ value: 'thisMonth', text: 'This month' },
	{ value: 'lastMonth', text: 'Last month' },
	{ value: 'thisQuarter', text: 'This quarter' },
	{ value: 'thisYear', text: 'This year' },
	{ value: 'lastYear', text: 'Last year' },
	{ value: 'last90', text: 'Last 90 days' },
	{ value: 'last365', text: 'Last 365 days' },
];

export const COMPARES: readonly { value: Compare; text: string }[] = [
	{ value: 'last_year', text: 'The same days last year' },
	{ value: 'previous', text: 'The period just before' },
	{ value: 'none', text: 'Nothing' },
];

export const DEFAULT_PERIOD: Period = 'thisYear';
export const DEFAULT_COMPARE: Compare = 'last_year';

export function normalizePeriod(period: unknown): Period {
	return PERIODS.some((p) => p.value === period) ? (period as Period) : DEFAULT_PERIOD;
}

export function normalizeCompare(compare: unknown): Compare {
	return COMPARES.some((c) => c.value === compare) ? (compare as Compare) : DEFAULT_COMPARE;
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** The days of `period` as of `today`, both inclusive ("this month" is the 1st up to today). */
export function periodRange(period: unknown, today: string): { from: string; to: string } {
	const year = today.slice(0, 4);
	switch (normalizePeriod(period)) {
		case 'thisMonth': return { from: monthStart(today), to: today };
		case 'lastMonth': {
			const to = addDays(monthStart(today), -1);
			return { from: monthStart(to), to };
		}
		case 'thisQuarter': return { from: `${year}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`, to: today };
		case 'lastYear': return { from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-31` };
		case 'last90': return { from: addDays(today, -89), to: today };
		case 'last365': return { from: addDays(today, -364), to: today };
		default: return { from: `${year}-01-01`, to: today };
	}
}

/** The words for what the figures are compared with. */
export function compareText(compare: Compare, comparison: { from: string; to: string } | null): string {
	if (compare === 'none' || !comparison) return 'Not compared';
	const what = compare === 'last_year' ? 'the same days last year' : 'the period just before';
	return `Against ${what} (${comparison.from} – ${comparison.to})`;
}

/**
 * The panel options "Period" and "Compared with" of the sales panels, as Directus' panel options take them;
 * `periodNote` says what the period selects, `compareNote` (if any) what the comparison does.
 */
export function salesPeriodOptions(periodNote: string, compareNote?: string) {
	return [
		{
			field: 'period',
			name: 'Period',
			type: 'string' as const,
			meta: { width: 'half' as const, interface: 'select-dropdown', options: { choices: PERIODS.map((p) => ({ value: p.value, text: p.text })) }, note: periodNote },
			schema: { default_value: DEFAULT_PERIOD },
		},
		{
			field: 'compare',
			name: 'Compared with',
			type: 'string' as const,
			meta: { width: 'half' as const, interface: 'select-dropdown', options: { choices: COMPARES.map((c) => ({ value: c.value, text: c.text })) }, ...(compareNote ? { note: compareNote } : {}) },
			schema: { default_value: DEFAULT_COMPARE },
		},
	];
}

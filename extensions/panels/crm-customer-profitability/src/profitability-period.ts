/** The periods the profitability panel offers, and the days each covers. */
import { addDays } from '@crm/core';

export type Period = 'last90' | 'last365' | 'thisYear' | 'lastYear';

export const PERIODS: readonly { value: Period; text: string }[] = [
	{ value: 'last90', text: 'Last 90 days' },
	{ value: 'last365', text: 'Last 365 days' },
	{ value: 'thisYear', text: 'This year' },
	{ value: 'lastYear', text: 'Last year' },
];

export const DEFAULT_PERIOD: Period = 'last365';

/** Customers listed at each end of the table, by default. */
export const DEFAULT_ROWS = 10;

/** The `period` option, the default when it is none of PERIODS. */
export function normalizePeriod(period: unknown): Period {
	return PERIODS.some((p) => p.value === period) ? (period as Period) : DEFAULT_PERIOD;
}

/** The `rows` option as a whole number from 1 to 50 (the default when it is none). */
export function normalizeRows(rows: unknown): number {
	const n = typeof rows === 'string' ? Number(rows) : rows;
	return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 50 ? n : DEFAULT_ROWS;
}

/** The days of `period` as of `today`, both inclusive: "last 90 days" is today and the 89 before it; "last year" the calendar year before. */
export function periodRange(period: unknown, today: string): { from: string; to: string } {
	const chosen = normalizePeriod(period);
	const year = Number(today.slice(0, 4));
	if (chosen === 'thisYear') return { from: `${year}-01-01`, to: today };
	if (chosen === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
	return { from: addDays(today, chosen === 'last90' ? -89 : -364), to: today };
}

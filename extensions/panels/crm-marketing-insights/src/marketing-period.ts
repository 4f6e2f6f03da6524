/** The periods the marketing panel offers, and the days each covers. */
import { addDays } from '@crm/core';

export type Period = 'last90' | 'last365' | 'thisYear';

export const PERIODS: readonly { value: Period; text: string }[] = [
	{ value: 'last90', text: 'Last 90 days' },
	{ value: 'last365', text: 'Last 365 days' },
	{ value: 'thisYear', text: 'This year' },
];

export const DEFAULT_PERIOD: Period = 'last365';

/** The `period` option, the default when it is none of PERIODS. */
export function normalizePeriod(period: unknown): Period {
	return PERIODS.some((p) => p.value === period) ? (period as Period) : DEFAULT_PERIOD;
}

/** The days of `period` ending `today`, both inclusive: "last 90 days" is today and the 89 before it. */
export function periodRange(period: unknown, today: string): { from: string; to: string } {
	const chosen = normalizePeriod(period);
	if (chosen === 'thisYear') return { from: `${today.slice(0, 4)}-01-01`, to: today };
	return { from: addDays(today, chosen === 'last90' ? -89 : -364), to: today };
}

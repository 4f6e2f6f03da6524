import { addDays } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { previousPeriod } from '../marketing/compare-channel-periods.ts';

export interface Period {
	from: string;
	to: string;
}

/** What a period is compared with: as many days just before, the same days a year earlier, or nothing. */
export const COMPARISONS = ['previous', 'last_year', 'none'] as const;
export type Comparison = (typeof COMPARISONS)[number];

function isLeap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function lastDayOfMonth(year: number, month: number): number {
	if (month === 2) return isLeap(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const partsOf = (day: string) => day.split('-').map(Number) as [number, number, number];

/** The same day a year earlier; 29 February becomes the 28th (the year before has none). */
function dayAYearEarlier(day: string): string {
	const [y, m, d] = partsOf(day);
	return `${pad(y - 1, 4)}-${pad(m)}-${pad(Math.min(d, lastDayOfMonth(y - 1, m)))}`;
}

function isWholeMonths(from: string, to: string): boolean {
	const [ty, tm, td] = partsOf(to);
	return from.endsWith('-01') && td === lastDayOfMonth(ty, tm);
}

/**
 * The same period a year earlier. Whole months compare with the same whole months (February 2025 with
 * 1–29 February 2024, February 2024 with 1–28 February 2023); any other period with the same calendar
 * days, 29 February standing for the 28th.
 */
export function sameDaysLastYear(from: string, to: string): Period {
	if (!isWholeMonths(from, to)) return { from: dayAYearEarlier(from), to: dayAYearEarlier(to) };
	const [ty, tm] = partsOf(to);
	return { from: dayAYearEarlier(from), to: `${pad(ty - 1, 4)}-${pad(tm)}-${pad(lastDayOfMonth(ty - 1, tm))}` };
}

/**
 * The period `from`–`to` is compared with. A comparison must end before the period begins (each order
 * counts in one of the two), so `last_year` takes a period of at most a year.
 */
export function comparisonPeriod(from: string, to: string, compare: Comparison): Period | null {
	if (compare === 'none') return null;
	if (compare === 'previous') return previousPeriod(from, to);
	const earlier = sameDaysLastYear(from, to);
	if (earlier.to >= from) throw new CrmError('CRM_INVALID_QUERY', `compare=last_year needs a period of at most a year; ${from} to ${to} would overlap ${earlier.from} to ${earlier.to}.`, { parameter: 'compare' });
	return earlier;
}

/** The months ('YYYY-MM') a period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
	const months: string[] = [];
	for (let day = `${from.slice(0, 7)}-01`; day <= to; day = addDays(`${day.slice(0, 7)}-01`, 32).slice(0, 7) + '-01') months.push(day.slice(0, 7));
	return months;
}

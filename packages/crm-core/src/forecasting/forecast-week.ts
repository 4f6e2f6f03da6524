import { fromEpochDay, toEpochDay } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';

/**
 * The calendar of forecasting (S6.4): snapshots are taken once a week, forecasts are made for calendar months.
 * Pure integer arithmetic on calendar-day.ts, so neither the server's time zone nor daylight saving can move a
 * snapshot into another week or month.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and last day of a month, both included. */
export interface MonthBounds {
	start: string;
	end: string;
}

/**
 * S6.4 — the ISO-8601 week ('YYYY-Www') a day belongs to: weeks start on Monday and belong to the year of their
 * Thursday, so 2026-12-31 is in 2026-W53 and 2027-01-04 starts 2027-W01. The weekly snapshot job keys its rows by
 * this label, so a week has one label whichever day of it the job runs.
 */
export function forecastWeek(day: string): string {
	const epochDay = toEpochDay(day, 'day');
	// 1970-01-01 was a Thursday: ISO weekday 1 (Monday) … 7 (Sunday).
	const weekday = ((((epochDay + 3) % 7) + 7) % 7) + 1;
	const thursday = epochDay - weekday + 4;
	const year = fromEpochDay(thursday).slice(0, 4);
	const week = Math.floor((thursday - toEpochDay(`${year}-01-01`)) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * S6.4 — the `count` months ('YYYY-MM') the forecast looks at from `day`, the day's own month first: on 2026-11-20,
 * three months are 2026-11, 2026-12 and 2027-01. The weekly job snapshots each of them.
 */
export function monthsAhead(day: string, count: number): string[] {
	if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be a whole number of months, zero or more');
	const first = monthIndex(monthOfDay(day));
	return Array.from({ length: count }, (_, i) => monthOf(first + i));
}

/** S6.4 — the first and last day of a month 'YYYY-MM' (2028-02 → 2028-02-01 … 2028-02-29): the days whose sales the month counts. */
export function monthBounds(month: string, field = 'month'): MonthBounds {
	const index = monthIndex(month, field);
	const start = `${month}-01`;
	return { start, end: fromEpochDay(toEpochDay(`${monthOf(index + 1)}-01`) - 1) };
}

/**
 * S6.4 — whole months from month `from` to month `to` (negative when `to` is earlier): 2026-11 → 2027-01 is 2.
 * It is a forecast's horizon: 0 for the current month, 1 for the next.
 */
export function monthsBetween(from: string, to: string, fields: { from?: string; to?: string } = {}): number {
	return monthIndex(to, fields.to ?? 'to') - monthIndex(from, fields.from ?? 'from');
}

/** Throws CRM_INVALID_FORMAT naming `field` unless `month` is a calendar month written 'YYYY-MM'. */
export function assertMonth(month: string, field = 'month'): void {
	monthIndex(month, field);
}

function monthOfDay(day: string): string {
	toEpochDay(day, 'day');
	return day.slice(0, 7);
}

function monthIndex(month: string, field = 'month'): number {
	const m = typeof month === 'string' ? MONTH.exec(month) : null;
	if (!m) throw new CrmError('CRM_INVALID_FORMAT', `"${field}" must be a calendar month 'YYYY-MM', got ${JSON.stringify(month)}.`, { field });
	return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthOf(index: number): string {
	return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

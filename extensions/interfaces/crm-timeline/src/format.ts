/** Date and time formatting for the timeline, with Intl only. */

import { UNKNOWN_DAY } from './group-entries-by-day.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDateOnly(key: string): Date | null {
	const m = DATE_ONLY.exec(key);
	if (!m) return null;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar day before `key` (`YYYY-MM-DD`). */
export function previousDayKey(key: string): string {
	const date = parseDateOnly(key);
	if (!date) return key;
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/** Heading of a day group: "Today", "Yesterday" or e.g. "Monday, 5 February 2024" (locale dependent). */
export function formatDayHeading(dayKey: string, todayKey: string, locale?: string): string {
	if (dayKey === UNKNOWN_DAY) return 'Unknown date';
	if (dayKey === todayKey) return 'Today';
	if (dayKey === previousDayKey(todayKey)) return 'Yesterday';
	const date = parseDateOnly(dayKey);
	if (!date) return dayKey;
	return new Intl.DateTimeFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Time of day of an ISO timestamp, e.g. "09:05" (locale dependent). */
export function formatTime(iso: string, locale?: string, timeZone?: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

/** A date-only value (`YYYY-MM-DD`), e.g. "5 Feb 2024" (locale dependent); unparsable values are returned as they are. */
export function formatDateOnly(value: string, locale?: string): string {
	const date = parseDateOnly(value.slice(0, 10));
	if (!date) return value;
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Value for `<input type="datetime-local">` (local time, minute precision): `YYYY-MM-DDTHH:mm`. */
export function toDateTimeLocalValue(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Converts a `datetime-local` value (local time) to an ISO timestamp in UTC; null when empty or invalid. */
export function dateTimeLocalToIso(value: string | null | undefined): string | null {
	if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A locale Intl accepts, or undefined (= the browser's) for null, "auto" or unsupported tags. */
export function safeLocale(language: unknown): string | undefined {
	if (typeof language !== 'string' || language === '' || language === 'auto') return undefined;
	try {
		return Intl.DateTimeFormat.supportedLocalesOf([language])[0];
	} catch {
		return undefined;
	}
}

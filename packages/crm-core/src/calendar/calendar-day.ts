import { CrmError } from '../errors/crm-error.ts';

/**
 * Calendar days ('YYYY-MM-DD') as the business counts them: due dates, validity, aging. Pure integer
 * arithmetic (H. Hinnant's days-from-civil and its inverse) rather than `new Date(text)`, so that the
 * server's or the browser's time zone and daylight saving can never shift a day.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(value: unknown): [number, number, number] | null {
	const m = typeof value === 'string' ? DAY.exec(value) : null;
	if (!m) return null;
	const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month) ? [year, month, date] : null;
}

/** True for a real calendar day written 'YYYY-MM-DD' (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
	return parts(value) !== null;
}

/** Days since 1970-01-01; throws CRM_INVALID_FORMAT naming `field` for anything but a real day. */
export function toEpochDay(day: string, field = 'date'): number {
	const p = parts(day);
	if (!p) throw new CrmError('CRM_INVALID_FORMAT', `"${field}" must be a calendar day 'YYYY-MM-DD', got ${JSON.stringify(day)}.`, { field });
	const [year, month, date] = p;
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar day of an epoch day number (inverse of toEpochDay). */
export function fromEpochDay(epochDay: number): string {
	const z = epochDay + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const date = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Throws CRM_INVALID_FORMAT unless `day` is a real calendar day written 'YYYY-MM-DD'. */
export function assertIsoDay(day: string, field = 'date'): void {
	toEpochDay(day, field);
}

/** Whole days from `from` to `to` (negative when `to` is earlier): 2026-01-31 → 2026-03-02 is 30. */
export function daysBetween(from: string, to: string, fields: { from?: string; to?: string } = {}): number {
	return toEpochDay(to, fields.to ?? 'to') - toEpochDay(from, fields.from ?? 'from');
}

/** The day `days` days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
	if (!Number.isSafeInteger(days)) throw new RangeError('days must be a whole number');
	return fromEpochDay(toEpochDay(day) + days);
}

import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';

/** A moment in time: ISO 8601 text with Z or an offset ('2026-11-27T09:30:00Z'), or epoch milliseconds. */
export type Instant = string | number;

// An offset is required: a time without one would be read in the server's (or the browser's) zone,
// and the same request would get different deadlines, or route differently, on two machines.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

// Date's own range: ±100,000,000 days around 1970.
const MAX_EPOCH_MS = 8.64e15;

/** Date.parse rolls 2026-02-30 over to March 2 and 24:30 to the next day: every part must be in range. */
function isRealMoment(m: RegExpExecArray): boolean {
	const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
	const back = new Date(Date.UTC(year, month - 1, day));
	return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number written by `length` digits of `text` from `from`; -1 when one is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
	let value = 0;
	for (let i = from; i < from + length; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/**
 * Most instants are what Date#toISOString wrote ('2026-11-27T09:30:00.000Z'); routing reads hundreds per
 * request. That one shape is read digit by digit, with the same range checks; anything else (offsets, no
 * milliseconds, years before 100, which the general path refuses) takes the general path.
 */
function canonicalMs(value: string): number | null {
	if (value.length !== 24 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[19] !== '.' || value[23] !== 'Z') return null;
	const [year, month, day, hour, minute, second, ms] = [digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2), digitsAt(value, 11, 2), digitsAt(value, 14, 2), digitsAt(value, 17, 2), digitsAt(value, 20, 3)] as const;
	if (year < 100 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return null;
	if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
	return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** Epoch milliseconds of an Instant; CrmError naming `field` for anything else. The one instant parser of the domain. */
export function parseInstant(value: unknown, field: string): number {
	if (value === undefined || value === null || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_EPOCH_MS) {
			throw new CrmError('CRM_OUT_OF_RANGE', `"${field}" must be whole epoch milliseconds, got ${describeValue(value)}.`, { field });
		}
		return value;
	}
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be an ISO date and time or epoch milliseconds, got ${describeValue(value)}.`, { field });
	const canonical = canonicalMs(value);
	if (canonical !== null) return canonical;
	const m = ISO_INSTANT.exec(value);
	const ms = m && isRealMoment(m) ? Date.parse(value) : Number.NaN;
	if (Number.isNaN(ms)) {
		throw new CrmError('CRM_INVALID_FORMAT', `"${field}" must be an ISO 8601 date and time with Z or an offset (e.g. 2026-11-27T09:30:00Z), got ${describeValue(value)}.`, { field });
	}
	return ms;
}

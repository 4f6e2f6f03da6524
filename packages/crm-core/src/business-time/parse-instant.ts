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

/**
 * Most instants are what Date#toISOString wrote ('2026-11-27T09:30:00.000Z'); routing parses hundreds per
 * request. Such text is a real moment exactly when writing its value back gives the same text, which is
 * cheaper than the pattern and the range checks below. Years past 9999 are longer and take the slow path.
 */
function canonicalMs(value: string): number | null {
	if (value.length !== 24 || value.charCodeAt(23) !== 90 /* Z */) return null;
	const ms = Date.parse(value);
	return Number.isNaN(ms) || new Date(ms).toISOString() !== value ? null : ms;
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

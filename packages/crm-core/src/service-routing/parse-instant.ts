import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from './assert-field.ts';

// An offset is required: a time without one would be read in the server's (or browser's) zone, and
// the same data would route differently on two machines.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** An ISO 8601 date and time with Z or an offset → epoch milliseconds; CRM_INVALID_FORMAT otherwise. */
export function parseInstant(value: unknown, field: string): number {
	if (value === undefined || value === null || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a date and time as text, got ${describeValue(value)}.`, { field });
	const m = INSTANT.exec(value);
	const ms = m && isRealDay(m) && Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6] ?? 0) <= 59 ? Date.parse(value) : Number.NaN;
	if (Number.isNaN(ms)) {
		throw new CrmError('CRM_INVALID_FORMAT', `"${field}" must be a date and time in ISO 8601 with a zone (e.g. 2026-05-01T14:30:00Z), got ${describeValue(value)}.`, { field });
	}
	return ms;
}

/** Date.parse rolls 2026-02-30 over to March 2; the day must survive a round trip. */
function isRealDay(m: RegExpExecArray): boolean {
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const back = new Date(Date.UTC(year, month - 1, day));
	return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
}

import { CrmError, isCrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { MINUTE_MS } from '../business-time/time-span.ts';
import { MAX_TIME_ENTRY_MINUTES, type NormalizedTimeEntry } from './normalized-time-entry.ts';

export interface TimeEntryInput {
	startedAt: unknown;
	endedAt?: unknown;
	durationMinutes?: unknown;
}

const invalid = (field: string, message: string) => new CrmError('CRM_TIME_ENTRY_INVALID', message, { field });

/** Client instants: every problem is CRM_TIME_ENTRY_INVALID, keeping parseInstant's message. */
function instantOf(value: unknown, field: string): number {
	try {
		return parseInstant(value, field);
	} catch (error) {
		if (isCrmError(error)) throw invalid(field, error.message);
		throw error;
	}
}

function durationOf(value: unknown): number {
	if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid('durationMinutes', `"durationMinutes" must be a whole number of minutes, got ${describeValue(value)}.`);
	return value;
}

/**
 * A time entry from a client, checked and made canonical: `startedAt` with either `endedAt` or
 * `durationMinutes` (both only when they agree). The length is whole minutes from 1 to 1440; from
 * start and end it is rounded half-up to the minute (a timer stopped at 10:17:42 after starting at
 * 10:00:00 books 18 minutes), and the end must come after the start. Work cannot be booked ahead:
 * the end (and so the start) may lie at most `maxSkewMs` after `now`, allowing for a client clock a
 * little ahead of the server. Errors: CRM_TIME_ENTRY_INVALID or CRM_TIME_ENTRY_IN_FUTURE, details.field
 * naming startedAt, endedAt or durationMinutes.
 */
export function normalizeTimeEntry(input: TimeEntryInput, now: string, maxSkewMs = 60_000): NormalizedTimeEntry {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid('timeEntry', `The time entry must be an object { startedAt, endedAt | durationMinutes }, got ${describeValue(input)}.`);
	const nowMs = parseInstant(now, 'now');
	if (typeof maxSkewMs !== 'number' || !Number.isSafeInteger(maxSkewMs) || maxSkewMs < 0) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"maxSkewMs" must be whole milliseconds, zero or more, got ${describeValue(maxSkewMs)}.`, { field: 'maxSkewMs' });
	}
	const start = instantOf(input.startedAt, 'startedAt');
	const hasEnd = input.endedAt !== undefined && input.endedAt !== null && input.endedAt !== '';
	const hasDuration = input.durationMinutes !== undefined && input.durationMinutes !== null && input.durationMinutes !== '';
	if (!hasEnd && !hasDuration) throw invalid('endedAt', 'Send "endedAt" or "durationMinutes" with "startedAt".');

	let minutes: number;
	let end: number;
	let lengthField: string;
	if (hasEnd) {
		end = instantOf(input.endedAt, 'endedAt');
		if (end <= start) throw invalid('endedAt', '"endedAt" must come after "startedAt".');
		minutes = Math.floor((end - start + MINUTE_MS / 2) / MINUTE_MS);
		lengthField = 'endedAt';
		if (hasDuration && durationOf(input.durationMinutes) !== minutes) {
			throw invalid('durationMinutes', `"durationMinutes" (${String(input.durationMinutes)}) does not match "startedAt" to "endedAt" (${minutes} minutes); send one of them.`);
		}
	} else {
		minutes = durationOf(input.durationMinutes);
		end = start + minutes * MINUTE_MS;
		lengthField = 'durationMinutes';
	}
	if (minutes < 1) throw invalid(lengthField, `A time entry must last at least one minute, got ${hasEnd ? 'less' : minutes}.`);
	if (minutes > MAX_TIME_ENTRY_MINUTES) throw invalid(lengthField, `A time entry may last at most ${MAX_TIME_ENTRY_MINUTES} minutes (24 hours), got ${minutes}; book longer work per day.`);

	const latest = nowMs + maxSkewMs;
	if (start > latest) throw new CrmError('CRM_TIME_ENTRY_IN_FUTURE', `"startedAt" lies in the future (${new Date(start).toISOString()}); book time once the work is done.`, { field: 'startedAt' });
	if (end > latest) throw new CrmError('CRM_TIME_ENTRY_IN_FUTURE', `The entry would end in the future (${new Date(end).toISOString()}); book time once the work is done.`, { field: lengthField });
	return { startedAt: new Date(start).toISOString(), endedAt: new Date(end).toISOString(), minutes };
}

import { parseInstant } from '../business-time/parse-instant.ts';
import { CrmError, isCrmError } from '../errors/crm-error.ts';
import { findOverlappingEntry, type TimeEntrySpan } from './find-overlapping-entry.ts';
import { normalizeTimeEntry, type TimeEntryInput } from './normalize-time-entry.ts';

type Row = Record<string, unknown>;

/** The end of a running timer: it lasts until it is stopped. */
export const OPEN_END = '9999-12-31T00:00:00.000Z';

const TIME_FIELDS = ['started_at', 'ended_at', 'duration_minutes', 'specialist'];
const FIELD: Record<string, string> = { startedAt: 'started_at', endedAt: 'ended_at', durationMinutes: 'duration_minutes' };

/** A time entry write as loaded: the payload as sent, and the entry's times after it (instants as ISO text where they parse, else as sent). */
export interface TimeEntryWrite {
	payload: Row;
	/** The stored entry's id on an update; null on create. */
	storedId: string | null;
	isCreate: boolean;
	times: { startedAt: unknown; endedAt: unknown; durationMinutes: unknown };
	/** The entry's specialist, or else the caller's own specialist record. */
	specialistId: string | null;
	requestId: unknown;
	now: string;
}

/** Who worked, and when: a running timer has no end and no length yet. */
export interface TimedEntry {
	specialistId: string;
	startedAt: string;
	endedAt: string | null;
	minutes: number | null;
}

/**
 * An update that leaves times and person alone (a note, the billable flag) needs no check, and must not
 * copy one entry's times onto the others of a batch: times change one entry at a time.
 */
export function timeEntryNeedsCheck(payload: Row, updatedKeys: number | null): boolean {
	const timeFields = TIME_FIELDS.filter((f) => f in payload);
	if (updatedKeys !== null && timeFields.length === 0) return false;
	if (updatedKeys !== null && updatedKeys > 1) throw new CrmError('CRM_TIME_ENTRY_INVALID', 'Change the times of one time entry at a time.', { field: timeFields[0] });
	return true;
}

/** On an update that changes only the end, the stored length no longer applies (and vice versa). */
function timesToCheck({ payload, times, isCreate }: TimeEntryWrite): TimeEntryInput {
	const endGiven = 'ended_at' in payload;
	const durationGiven = 'duration_minutes' in payload;
	const input: TimeEntryInput = {
		startedAt: times.startedAt,
		...(endGiven || !durationGiven ? { endedAt: times.endedAt ?? undefined } : {}),
		...(durationGiven || !endGiven ? { durationMinutes: times.durationMinutes ?? undefined } : {}),
	};
	if (input.endedAt !== undefined && input.durationMinutes !== undefined && !isCreate && !(endGiven && durationGiven)) {
		if (endGiven) delete input.durationMinutes;
		else delete input.endedAt;
	}
	return input;
}

/** A timer started now or a moment ago (a client clock may run a minute ahead). */
function startedTimer(value: unknown, now: string): { startedAt: string; endedAt: null; minutes: null } {
	const invalid = () => new CrmError('CRM_TIME_ENTRY_INVALID', `"started_at" must be a date and time like 2026-11-27T09:30:00Z, got ${JSON.stringify(value ?? null)}.`, { field: 'started_at' });
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) throw invalid();
	let startedMs: number;
	try {
		startedMs = parseInstant(value, 'started_at');
	} catch {
		throw invalid();
	}
	if (startedMs > parseInstant(now, 'now') + 60_000) throw new CrmError('CRM_TIME_ENTRY_IN_FUTURE', 'A timer cannot start in the future.', { field: 'started_at' });
	return { startedAt: new Date(startedMs).toISOString(), endedAt: null, minutes: null };
}

/** normalizeTimeEntry with its errors naming the stored fields. */
function normalized(input: TimeEntryInput, now: string): { startedAt: string; endedAt: string | null; minutes: number | null } {
	try {
		return normalizeTimeEntry(input, now);
	} catch (error) {
		if (isCrmError(error)) throw new CrmError(error.code, error.message.replace(/"(startedAt|endedAt|durationMinutes)"/g, (_, f: string) => `"${FIELD[f]}"`), { ...error.details, field: FIELD[String(error.details['field'])] ?? error.details['field'] });
		throw error;
	}
}

/**
 * A time entry's person and times after the write (A5.10): a specialist and, on create, a request; a start
 * with an end or a length, whole minutes, not in the future — or a start only: a running timer, stopped
 * later by giving its end.
 */
export function composeTimeEntry(write: TimeEntryWrite): TimedEntry {
	if (!write.specialistId) throw new CrmError('CRM_REQUIRED_FIELD', 'Say whose time this is: "specialist" (it defaults to your own specialist record, and you have none).', { field: 'specialist' });
	if (write.isCreate && !write.requestId) throw new CrmError('CRM_REQUIRED_FIELD', 'A time entry needs the "request" it was spent on.', { field: 'request' });
	const input = timesToCheck(write);
	const running = (input.endedAt === undefined || input.endedAt === null) && (input.durationMinutes === undefined || input.durationMinutes === null);
	return { specialistId: write.specialistId, ...(running ? startedTimer(input.startedAt, write.now) : normalized(input, write.now)) };
}

/**
 * The row to store: nobody works on two things at once, so the entry may not overlap another of the same
 * specialist (a running timer lasts until it is stopped: nothing may start after it, and only one runs).
 * A running timer leaves end and length out (the length's range rule would refuse null).
 */
export function planTimeEntry(write: TimeEntryWrite, entry: TimedEntry, others: readonly TimeEntrySpan[]): Row {
	const clash = findOverlappingEntry({ id: write.storedId, startedAt: entry.startedAt, endedAt: entry.endedAt ?? OPEN_END }, others);
	if (clash) {
		const what = clash.endedAt === OPEN_END ? `a timer running since ${clash.startedAt}` : `another entry (${clash.startedAt} – ${clash.endedAt})`;
		throw new CrmError('CRM_TIME_ENTRY_OVERLAP', `This time overlaps ${what} of the same specialist; nobody works on two things at once. Change the times, or stop or edit that entry.`, { field: 'started_at', overlaps: clash.id });
	}
	const { specialistId: specialist, startedAt: started_at } = entry;
	if (entry.minutes !== null) return { ...write.payload, specialist, started_at, ended_at: entry.endedAt, duration_minutes: entry.minutes };
	const { ended_at: _end, duration_minutes: _minutes, ...rest } = write.payload;
	return write.isCreate ? { ...rest, specialist, started_at } : { ...write.payload, specialist, started_at };
}

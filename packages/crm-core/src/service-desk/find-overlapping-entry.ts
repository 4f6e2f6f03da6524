import { parseInstant } from '../business-time/parse-instant.ts';
import { assertArray, assertObject } from '../service-routing/assert-field.ts';

/** The span of a booked time entry (the other fields are handed back untouched). */
export interface TimeEntrySpan {
	id: string;
	startedAt: string;
	endedAt: string;
}

/**
 * The first of `others` (earliest start, then id) whose time overlaps `entry`'s, or null. Spans are
 * half-open: an entry ending at 10:00 and one starting at 10:00 do not overlap. An entry with the
 * same id as `entry` is skipped, so an edited entry does not clash with its stored self. The caller
 * passes one specialist's entries and decides what an overlap means (refuse with
 * CRM_TIME_ENTRY_OVERLAP, or warn).
 */
export function findOverlappingEntry<T extends TimeEntrySpan>(entry: { id?: string | null; startedAt: string; endedAt: string }, others: readonly T[]): T | null {
	assertObject(entry, 'entry');
	const start = parseInstant(entry.startedAt, 'entry.startedAt');
	const end = parseInstant(entry.endedAt, 'entry.endedAt');
	assertArray(others, 'others');
	const clashes = others
		.map((other, index) => {
			assertObject(other, `others[${index}]`);
			return { other, start: parseInstant(other.startedAt, `others[${index}].startedAt`), end: parseInstant(other.endedAt, `others[${index}].endedAt`) };
		})
		.filter((candidate) => candidate.other.id !== entry.id && candidate.start < end && start < candidate.end)
		.sort((a, b) => a.start - b.start || (a.other.id < b.other.id ? -1 : Number(a.other.id > b.other.id)));
	return clashes[0]?.other ?? null;
}

/** Groups timeline entries into calendar days, newest day first, newest entry first within a day. */

export interface DayGroup<T> {
	/** Calendar day `YYYY-MM-DD` in the display time zone, or `UNKNOWN_DAY` for unparsable timestamps. */
	day: string;
	entries: T[];
}

export const UNKNOWN_DAY = 'unknown';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
	const cacheKey = timeZone ?? '';
	let formatter = dayFormatters.get(cacheKey);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			numberingSystem: 'latn',
			calendar: 'gregory',
		});
		dayFormatters.set(cacheKey, formatter);
	}
	return formatter;
}

/**
 * Calendar day (`YYYY-MM-DD`) of an instant in `timeZone` (an IANA name; omitted = the browser's zone).
 * Returns `UNKNOWN_DAY` when the timestamp cannot be parsed.
 */
export function dayKeyOf(timestamp: string | Date, timeZone?: string): string {
	const date = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
	if (Number.isNaN(date.getTime())) return UNKNOWN_DAY;

	let year = '';
	let month = '';
	let day = '';
	for (const part of dayFormatter(timeZone).formatToParts(date)) {
		if (part.type === 'year') year = part.value;
		else if (part.type === 'month') month = part.value;
		else if (part.type === 'day') day = part.value;
	}
	return `${year.padStart(4, '0')}-${month}-${day}`;
}

function timeOf(entry: { occurred_at: string }): number {
	const t = new Date(entry.occurred_at).getTime();
	return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * Sorts entries newest first (stable: equal timestamps keep their order) and groups them by calendar
 * day. Entries with an unparsable `occurred_at` end up in a last group with day `UNKNOWN_DAY`.
 */
export function groupEntriesByDay<T extends { occurred_at: string }>(entries: readonly T[], timeZone?: string): DayGroup<T>[] {
	const sorted = entries
		.map((entry, index) => ({ entry, index, time: timeOf(entry) }))
		.sort((a, b) => (b.time === a.time ? a.index - b.index : Math.sign(b.time - a.time)));

	const groups: DayGroup<T>[] = [];
	let current: DayGroup<T> | undefined;

	for (const { entry, time } of sorted) {
		const day = time === Number.NEGATIVE_INFINITY ? UNKNOWN_DAY : dayKeyOf(entry.occurred_at, timeZone);
		if (!current || current.day !== day) {
			current = { day, entries: [] };
			groups.push(current);
		}
		current.entries.push(entry);
	}

	return groups;
}

/**
 * Appends a further page to the entries already shown, dropping entries already present (an entry
 * logged between two page loads shifts the pages by one).
 */
export function mergeEntries<T extends { id: string }>(existing: readonly T[], incoming: readonly T[]): T[] {
	const seen = new Set(existing.map((e) => e.id));
	const merged = [...existing];
	for (const entry of incoming) {
		if (seen.has(entry.id)) continue;
		seen.add(entry.id);
		merged.push(entry);
	}
	return merged;
}

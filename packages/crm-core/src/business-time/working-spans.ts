import { BUSINESS_HORIZON_DAYS } from './business-horizon.ts';
import type { CompiledCalendar } from './compile-business-calendar.ts';
import { DAY_MS, MINUTE_MS, type TimeSpan } from './time-span.ts';
import { localEpochDay, offsetMs, wallToInstant } from './wall-clock.ts';

/** ISO weekday of a day since 1970-01-01, which was a Thursday (4). */
function isoWeekday(epochDay: number): number {
	return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * The calendar's working time within [from, until), in order, one working interval at a time (a day
 * costs a few offset look-ups whatever the target, never a loop per minute). Each interval's ends are
 * turned into instants on its own day, so a 09:00–17:00 day is 8 real hours even when the clocks
 * change that night, and a 00:00–24:00 day is 23 or 25. Walks at most `maxDays` days.
 */
export function* workingSpans(calendar: CompiledCalendar, from: number, until: number, maxDays = BUSINESS_HORIZON_DAYS): Generator<TimeSpan> {
	// Start a day early: near an offset change an interval of the previous local day may still reach past `from`.
	const firstDay = localEpochDay(calendar.zone, from) - 1;
	const lastDay = Math.min(firstDay + maxDays, Number.isFinite(until) ? localEpochDay(calendar.zone, until) + 1 : Number.POSITIVE_INFINITY);
	const offsets = new Map<number, number>();
	const offsetAround = (day: number): number => {
		let offset = offsets.get(day);
		if (offset === undefined) offsets.set(day, (offset = offsetMs(calendar.zone, day * DAY_MS)));
		return offset;
	};
	for (let day = firstDay; day <= lastDay; day++) {
		if (calendar.holidays.has(day)) continue;
		const intervals = calendar.week[isoWeekday(day)]!;
		if (intervals.length === 0) continue;
		// Offset look-ups are the expensive part. Clocks change a few times a year at most, so when the
		// offset is the same a day before and a day after, it holds all day: only the days around a change
		// need the careful conversion.
		const steady = offsetAround(day - 1) === offsetAround(day + 2) ? offsetAround(day - 1) : null;
		const toInstant = (minute: number): number => (steady === null ? wallToInstant(calendar.zone, day * DAY_MS + minute * MINUTE_MS) : day * DAY_MS + minute * MINUTE_MS - steady);
		for (const [fromMinute, toMinute] of intervals) {
			const start = Math.max(from, toInstant(fromMinute));
			const end = Math.min(until, toInstant(toMinute));
			if (start < end) yield [start, end];
		}
	}
}

import type { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './time-span.ts';

// Wall-clock times are handled as "wall milliseconds": the local date and time written as if it were
// UTC (2026-03-29 09:00 in Berlin → Date.UTC(2026, 2, 29, 9, 0)). Luxon supplies the zone's offsets.

/** The zone's UTC offset at `instant`, in milliseconds. */
export function offsetMs(zone: IANAZone, instant: number): number {
	return zone.offset(instant) * MINUTE_MS;
}

/** The local day (days since 1970-01-01) the instant falls on in `zone`. */
export function localEpochDay(zone: IANAZone, instant: number): number {
	return Math.floor((instant + offsetMs(zone, instant)) / DAY_MS);
}

/**
 * The first moment the clock in `zone` shows `wall`. Luxon itself resolves a time repeated by the
 * autumn change to its later occurrence and moves a time skipped in spring forward by the whole gap
 * (02:30 → 03:30). For interval boundaries both are wrong: 01:00–02:30 would overlap 02:30–24:00 in
 * autumn, and 02:30–03:15 would end before it starts in spring. "First moment the clock shows it"
 * (the jump itself for a skipped time) keeps adjacent intervals seamless and never backwards.
 */
export function wallToInstant(zone: IANAZone, wall: number): number {
	// Real zones change their offset at most once within two days, so these are the only candidates.
	const before = offsetMs(zone, wall - 2 * DAY_MS);
	const after = offsetMs(zone, wall + 2 * DAY_MS);
	const readings = [wall - before, wall - after, wall - offsetMs(zone, wall)].filter((instant) => instant + offsetMs(zone, instant) === wall);
	if (readings.length > 0) return Math.min(...readings);

	// The clock jumped over `wall`: find the jump, the first instant whose wall time is at or after it.
	let low = wall - Math.max(before, after);
	let high = wall - Math.min(before, after);
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (middle + offsetMs(zone, middle) >= wall) high = middle;
		else low = middle;
	}
	return high;
}

import { IANAZone } from 'luxon';

// Luxon answers by constructing an Intl.DateTimeFormat each time (tens of microseconds); routing and SLA
// clocks ask for the same few zones on every request. The set of zones the runtime knows does not change
// while it runs, so a known zone is remembered; unknown text is not, so bad input cannot grow the set.
const known = new Set<string>();

/** Whether `zone` is an IANA time zone this runtime knows ('Europe/Berlin'). */
export function isKnownTimeZone(zone: string): boolean {
	if (known.has(zone)) return true;
	if (!IANAZone.isValidZone(zone)) return false;
	known.add(zone);
	return true;
}

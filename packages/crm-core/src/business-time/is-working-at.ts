import type { BusinessCalendar } from './business-calendar.ts';
import { businessMinutesBetween } from './business-minutes-between.ts';

/** A5.9 — whether `now` falls in the calendar's working time: some of the next minute counts as business time. */
export function isWorkingAt(calendar: BusinessCalendar, now: string): boolean {
	return businessMinutesBetween(now, new Date(Date.parse(now) + 60_000).toISOString(), calendar) > 0;
}

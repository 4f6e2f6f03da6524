import { toEpochDay } from '../calendar/calendar-day.ts';
import type { IsoWeekday } from './discount-rule.ts';

export const WEEKDAY_NAMES: Readonly<Record<IsoWeekday, string>> = { 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday' };

/** ISO weekday (1 = Monday … 7 = Sunday) of a 'YYYY-MM-DD' day, from the epoch day so no time zone can shift it. */
export function isoWeekday(day: string, field = 'date'): IsoWeekday {
	// 1970-01-01 was a Thursday (4).
	const fromThursday = (((toEpochDay(day, field) + 3) % 7) + 7) % 7;
	return (fromThursday + 1) as IsoWeekday;
}

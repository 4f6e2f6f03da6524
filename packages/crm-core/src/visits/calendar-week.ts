import { fromEpochDay, toEpochDay } from '../calendar/calendar-day.ts';

/** An ISO 8601 week: Monday to Sunday, numbered in the year its Thursday falls in. */
export interface CalendarWeek {
	/** E.g. "2026-W50". */
	label: string;
	monday: string;
	sunday: string;
}

/** The ISO week holding `day` (YYYY-MM-DD; throws CRM_INVALID_FORMAT naming `field` for anything else). */
export function calendarWeekOf(day: string, field = 'week'): CalendarWeek {
	const epoch = toEpochDay(day, field);
	// 1970-01-01 was a Thursday: (epoch + 3) mod 7 counts days since Monday.
	const monday = epoch - (((epoch + 3) % 7) + 7) % 7;
	const thursday = fromEpochDay(monday + 3);
	const year = thursday.slice(0, 4);
	const week = Math.floor((monday + 3 - toEpochDay(`${year}-01-01`)) / 7) + 1;
	return { label: `${year}-W${String(week).padStart(2, '0')}`, monday: fromEpochDay(monday), sunday: fromEpochDay(monday + 6) };
}

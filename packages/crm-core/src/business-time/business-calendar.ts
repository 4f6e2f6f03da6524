import type { IsoWeekday } from '../discounts/discount-rule.ts';

/** One stretch of working time on a day, in the calendar's wall-clock time: 'HH:MM' to 'HH:MM' ('24:00' = midnight at the end of the day). */
export interface WorkingInterval {
	from: string;
	to: string;
}

/**
 * When a service desk works (A5.8): the hours of each ISO weekday (1 = Monday … 7 = Sunday; a missing
 * weekday is a day off) in an IANA time zone, and the days off beside weekends. SLA clocks only run
 * inside these hours.
 */
export interface BusinessCalendar {
	/** IANA time zone the hours and holidays are read in, e.g. 'Europe/Berlin'. */
	timeZone: string;
	weeklyHours: Partial<Record<IsoWeekday, readonly WorkingInterval[]>>;
	/** Whole days off, 'YYYY-MM-DD' in the calendar's time zone. */
	holidays: readonly string[];
}

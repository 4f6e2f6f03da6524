import { IANAZone } from 'luxon';
import { toEpochDay } from '../calendar/calendar-day.ts';
import type { IsoWeekday } from '../discounts/discount-rule.ts';
import { assertValidBusinessCalendar } from './assert-valid-business-calendar.ts';
import { minuteOfDay } from './minute-of-day.ts';

/** Working minutes of the day [from, to), e.g. [540, 1020] for 09:00–17:00. */
export type MinuteSpan = readonly [from: number, to: number];

/** A validated calendar in the shape the clock walks: numbers instead of text, looked up per day. */
export interface CompiledCalendar {
	zone: IANAZone;
	/** Index 1–7 by ISO weekday, sorted by start; index 0 is unused. */
	week: readonly (readonly MinuteSpan[])[];
	/** Holidays as days since 1970-01-01. */
	holidays: ReadonlySet<number>;
}

/** Validates `calendar` (errors name `${field}.…`) and prepares it for the clock. */
export function compileBusinessCalendar(calendar: unknown, field = 'calendar'): CompiledCalendar {
	assertValidBusinessCalendar(calendar, field);
	const week: MinuteSpan[][] = [[]];
	for (let weekday = 1; weekday <= 7; weekday++) {
		const intervals = calendar.weeklyHours[weekday as IsoWeekday] ?? [];
		week.push(intervals.map((interval): MinuteSpan => [minuteOfDay(interval.from, false)!, minuteOfDay(interval.to, true)!]).sort((a, b) => a[0] - b[0]));
	}
	return {
		zone: IANAZone.create(calendar.timeZone),
		week,
		holidays: new Set(calendar.holidays.map((day) => toEpochDay(day))),
	};
}

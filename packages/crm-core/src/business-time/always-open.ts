import type { BusinessCalendar, WorkingInterval } from './business-calendar.ts';

const WHOLE_DAY: readonly WorkingInterval[] = Object.freeze([Object.freeze({ from: '00:00', to: '24:00' })]);

/**
 * Round the clock, every day, no holidays (24×7 support). In UTC; spread it with another `timeZone`
 * only to name holidays in that zone: without holidays every zone gives the same deadlines.
 */
export const ALWAYS_OPEN: BusinessCalendar = Object.freeze({
	timeZone: 'UTC',
	weeklyHours: Object.freeze({ 1: WHOLE_DAY, 2: WHOLE_DAY, 3: WHOLE_DAY, 4: WHOLE_DAY, 5: WHOLE_DAY, 6: WHOLE_DAY, 7: WHOLE_DAY }),
	holidays: Object.freeze([]),
});

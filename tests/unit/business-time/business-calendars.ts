import type { BusinessCalendar, WorkingInterval } from '../../../packages/crm-core/src/index.ts';
import { ALWAYS_OPEN } from '../../../packages/crm-core/src/index.ts';

// Calendars the service tests share. November 2026: Mon 23 … Fri 27, Sat 28, Sun 29, Mon 30; Berlin is
// on CET (UTC+1), so 09:00–17:00 there is 08:00Z–16:00Z.

const NINE_TO_FIVE: WorkingInterval[] = [{ from: '09:00', to: '17:00' }];

/** Monday to Friday 09:00–17:00 in `timeZone`, no holidays. */
export function officeIn(timeZone: string, holidays: string[] = []): BusinessCalendar {
	return { timeZone, weeklyHours: { 1: NINE_TO_FIVE, 2: NINE_TO_FIVE, 3: NINE_TO_FIVE, 4: NINE_TO_FIVE, 5: NINE_TO_FIVE }, holidays };
}

/** Berlin office with Christmas Eve, Christmas Day and New Year's Eve off (Thu 24, Fri 25, Thu 31 Dec 2026). */
export const BERLIN_OFFICE = officeIn('Europe/Berlin', ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01']);

/** Berlin, Monday to Friday 09:00–12:00 and 13:00–17:00; the intervals are listed afternoon first on purpose. */
export const SPLIT_SHIFT: BusinessCalendar = {
	timeZone: 'Europe/Berlin',
	weeklyHours: Object.fromEntries([1, 2, 3, 4, 5].map((day) => [day, [{ from: '13:00', to: '17:00' }, { from: '09:00', to: '12:00' }]])),
	holidays: [],
};

/** Berlin, every day 09:00–17:00: works on the Sundays the clocks change (29 Mar and 25 Oct 2026). */
export const BERLIN_SEVEN_DAYS: BusinessCalendar = {
	timeZone: 'Europe/Berlin',
	weeklyHours: { 1: NINE_TO_FIVE, 2: NINE_TO_FIVE, 3: NINE_TO_FIVE, 4: NINE_TO_FIVE, 5: NINE_TO_FIVE, 6: NINE_TO_FIVE, 7: NINE_TO_FIVE },
	holidays: [],
};

/** Round the clock on Berlin's days. */
export const BERLIN_24X7: BusinessCalendar = { ...ALWAYS_OPEN, timeZone: 'Europe/Berlin' };

import { addDays, toEpochDay } from '../calendar/calendar-day.ts';

/** The days a P&L covers, both inclusive, and the day it is computed on (money owed can be late only until then). */
export interface ProfitabilityPeriod {
	from: string;
	to: string;
	today: string;
}

/** The last day that counts for what is owed: the period's end, or today when the period has not ended. */
export function periodEnd(period: ProfitabilityPeriod): string {
	return period.to < period.today ? period.to : period.today;
}

/** Days from `from` to periodEnd, both inclusive (0 for a period that has not begun). */
export function elapsedDays(period: ProfitabilityPeriod): number {
	return Math.max(0, toEpochDay(periodEnd(period)) - toEpochDay(period.from) + 1);
}

/** The year up to `to`: 365 days ending on it. */
export function defaultFrom(to: string): string {
	return addDays(to, -364);
}

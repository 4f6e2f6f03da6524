import { fromEpochDay, toEpochDay } from '../calendar/calendar-day.ts';
import { divideAndRound } from '../money/divide-and-round.ts';

/** Purchases needed before a cycle is told: three days make two gaps, so one odd gap cannot set the rhythm alone. */
export const MIN_PURCHASES_FOR_CYCLE = 3;

/** How often one customer buys one product group. */
export interface PurchaseCycle {
	/** The distinct purchase days ('YYYY-MM-DD'), oldest first: two orders on one day are one purchase. */
	days: string[];
	/** The median gap between consecutive purchase days, in whole days; null with fewer than MIN_PURCHASES_FOR_CYCLE purchases. */
	cycleDays: number | null;
	/** The latest purchase day; null without any purchase. */
	lastDay: string | null;
	/** lastDay + cycleDays: when the next purchase is expected; null without a cycle. */
	nextDueDay: string | null;
}

/**
 * S6.9 — the purchase cycle of one customer for one product group, from the days of their orders (any order,
 * duplicates allowed). The cycle is the median gap between consecutive purchase days, not the mean: one
 * stock-up before a holiday or one late order does not move it. With an even number of gaps the two middle
 * gaps are averaged and rounded half up to a whole day, rather than taking the lower one: with the minimum
 * of three purchases there are exactly two gaps, and the lower one would make every uneven customer look due
 * early. Throws CRM_INVALID_FORMAT (field "days") for anything but a calendar day.
 */
export function purchaseCycle(days: Iterable<string>): PurchaseCycle {
	const epochDays = [...new Set(Array.from(days, (day) => toEpochDay(day, 'days')))].sort((a, b) => a - b);
	const last = epochDays.at(-1);
	const lastDay = last === undefined ? null : fromEpochDay(last);
	const cycleDays = epochDays.length < MIN_PURCHASES_FOR_CYCLE ? null : median(epochDays.slice(1).map((day, i) => day - epochDays[i]!));
	return {
		days: epochDays.map(fromEpochDay),
		cycleDays,
		lastDay,
		nextDueDay: cycleDays === null || last === undefined ? null : fromEpochDay(last + cycleDays),
	};
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length % 2 === 1) return sorted[middle]!;
	return Number(divideAndRound(BigInt(sorted[middle - 1]! + sorted[middle]!), 2n, 'half-up'));
}

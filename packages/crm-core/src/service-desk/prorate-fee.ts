import { fromEpochDay, toEpochDay } from '../calendar/calendar-day.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import type { BillingPeriod } from './allocate-included-time.ts';

const MONTHS_IN: Record<BillingPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** First and last epoch day of the calendar period (month, quarter, year) holding `epochDay`. */
function periodAround(epochDay: number, period: BillingPeriod): [first: number, last: number] {
	const [year, month] = fromEpochDay(epochDay).split('-').map(Number) as [number, number];
	const months = MONTHS_IN[period];
	const firstMonth = month - ((month - 1) % months);
	const nextMonth = firstMonth + months;
	const first = toEpochDay(`${String(year).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}-01`);
	const next = nextMonth > 12 ? toEpochDay(`${String(year + 1).padStart(4, '0')}-01-01`) : toEpochDay(`${String(year).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-01`);
	return [first, next - 1];
}

/**
 * The part of a fee of `amount` per calendar `period` earned on the days `from`…`to` (epoch days,
 * inclusive): each period's fee is spread evenly over its own days (31 in January, 28 or 29 in
 * February…), and each period's slice is rounded half-up once, so a whole period earns exactly the fee.
 */
export function prorateFee(amount: number, period: BillingPeriod, from: number, to: number): number {
	let total = 0n;
	for (let day = from; day <= to; ) {
		const [first, last] = periodAround(day, period);
		const sliceEnd = Math.min(last, to);
		total += divideAndRound(BigInt(amount) * BigInt(sliceEnd - day + 1), BigInt(last - first + 1), 'half-up');
		day = sliceEnd + 1;
	}
	return Number(total);
}

import { monthsOf } from '../analytics/comparison-period.ts';
import { daysBetween } from '../calendar/calendar-day.ts';
import { allocateProportionally } from '../money/allocate-proportionally.ts';
import { type SalesTarget, targetValueOf } from './sales-target.ts';

export interface TargetMonth {
	month: string;
	/** The plan's share of the month: its days in the period, so the months add up to the target exactly. */
	target: number;
	/** The month's days that lie in the period. */
	days: number;
}

/** S6.5 — a plan month by month, for the drill-down: each month gets the target in proportion to its days in the period (largest remainder). */
export function spreadTargetByMonth(target: SalesTarget): TargetMonth[] {
	const months = monthsOf(target.periodStart, target.periodEnd);
	const days = months.map((month) => {
		const first = `${month}-01` < target.periodStart ? target.periodStart : `${month}-01`;
		const next = month === target.periodEnd.slice(0, 7) ? target.periodEnd : lastDayOf(month);
		return daysBetween(first, next) + 1;
	});
	const shares = allocateProportionally(targetValueOf(target), days);
	return months.map((month, i) => ({ month, target: shares[i]!, days: days[i]! }));
}

function lastDayOf(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

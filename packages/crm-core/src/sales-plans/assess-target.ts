import { daysBetween } from '../calendar/calendar-day.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { formatBp } from '../profitability/describe-amounts.ts';
import { type SalesTarget, targetValueOf } from './sales-target.ts';

export type AttainmentStatus = 'upcoming' | 'ahead' | 'on_track' | 'behind' | 'met' | 'missed';

/** Where a plan stands on a day, in its measure's units (minor units or milli-units). */
export interface TargetAttainment {
	target: number;
	actual: number;
	daysTotal: number;
	/** Days of the period up to and including the day (0 before it starts, all once it ended). */
	daysElapsed: number;
	/** The plan to date: the target spread evenly over the period's days. */
	expectedToDate: number;
	attainmentBp: number;
	/** Sold per day so far. */
	runRatePerDay: number;
	/** Where the period ends at the run rate so far. */
	projected: number;
	projectedAttainmentBp: number;
	/** Below the plan to date by more than the plan's margin, while the period runs. */
	behind: boolean;
	status: AttainmentStatus;
	explanation: string;
}

const ratio = (a: number, b: number, scale: number) => (b === 0 ? 0 : Number(divideAndRound(BigInt(a) * BigInt(scale), BigInt(b), 'half-up')));

/**
 * S6.5 — plan against actual on `today`: the plan to date spreads the target evenly over the calendar days
 * (sales do not stop at weekends for every business, and an even spread is what a rep can check by hand);
 * the run rate projects the actual so far to the period's end. Behind means below the plan to date by more
 * than `behindMarginBp` of it. Every ratio is exact and rounded once, half up.
 */
export function assessTarget(target: SalesTarget, actual: number, today: string, format: (value: number) => string): TargetAttainment {
	const value = targetValueOf(target);
	const daysTotal = daysBetween(target.periodStart, target.periodEnd) + 1;
	const daysElapsed = Math.min(daysTotal, Math.max(0, daysBetween(target.periodStart, today) + 1));
	const expectedToDate = ratio(value, daysTotal, daysElapsed);
	const projected = daysElapsed === 0 ? 0 : ratio(actual, daysElapsed, daysTotal);
	const shortfall = expectedToDate - actual;
	const running = daysElapsed > 0 && daysElapsed < daysTotal;
	const behind = running && actual < value && BigInt(shortfall) * 10_000n > BigInt(expectedToDate) * BigInt(target.behindMarginBp);
	const status = statusOf({ daysElapsed, daysTotal, actual, value, expectedToDate, behind });
	const attainment = {
		target: value,
		actual,
		daysTotal,
		daysElapsed,
		expectedToDate,
		attainmentBp: ratio(actual, value, 10_000),
		runRatePerDay: daysElapsed === 0 ? 0 : ratio(actual, daysElapsed, 1),
		projected,
		projectedAttainmentBp: ratio(projected, value, 10_000),
		behind,
		status,
	};
	return { ...attainment, explanation: explainAttainment(target, attainment, format) };
}

function statusOf(a: { daysElapsed: number; daysTotal: number; actual: number; value: number; expectedToDate: number; behind: boolean }): AttainmentStatus {
	if (a.daysElapsed === 0) return 'upcoming';
	if (a.actual >= a.value) return 'met';
	if (a.daysElapsed === a.daysTotal) return 'missed';
	if (a.behind) return 'behind';
	return a.actual >= a.expectedToDate ? 'ahead' : 'on_track';
}

const MEASURE_NAMES = { revenue: 'Revenue', margin: 'Margin', quantity: 'Quantity' } as const;

function explainAttainment(target: SalesTarget, a: Omit<TargetAttainment, 'explanation'>, format: (value: number) => string): string {
	const head = `${MEASURE_NAMES[target.measure]} ${format(a.actual)} of ${format(a.target)} (${formatBp(a.attainmentBp)})`;
	if (a.status === 'upcoming') return `${head}: the period starts on ${target.periodStart}.`;
	if (a.daysElapsed === a.daysTotal) return `${head}: the period ended on ${target.periodEnd}, the plan was ${a.status === 'met' ? 'met' : 'missed'}.`;
	const gap = a.actual - a.expectedToDate;
	const against = gap >= 0 ? `${format(gap)} ahead of` : `${format(-gap)} behind`;
	const elapsed = `after ${a.daysElapsed} of ${a.daysTotal} days`;
	return `${head} ${elapsed}: ${against} the plan to date (${format(a.expectedToDate)}); at this rate ${format(a.projected)} (${formatBp(a.projectedAttainmentBp)}) by ${target.periodEnd}.`;
}

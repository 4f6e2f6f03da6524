import { daysBetween } from '../calendar/calendar-day.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import type { CampaignStatus } from './campaign-status.ts';

export interface BudgetFacts {
	/** Planned spend, all cost items, minor units of the base currency. */
	planned: number;
	/** Actual spend booked so far (the spend ledger). */
	actual: number;
	status: CampaignStatus;
	/** The campaign's first and last day, and today (ISO days). */
	start: string;
	end: string;
	today: string;
	/** Warn when actual spend reaches this share of the plan (basis points, e.g. 9000 = 90 %). */
	warnAtBp: number;
	/** Stop sending once the plan is spent. */
	hardStop: boolean;
}

export interface BudgetPosition {
	planned: number;
	actual: number;
	remaining: number;
	/** Actual ÷ planned in basis points (half-even); null for a campaign without a plan. */
	usedBp: number | null;
	/** Spend expected when the campaign ends: the actual spend, carried on at its daily rate while it runs. */
	forecast: number;
	overrunForecast: boolean;
	warning: boolean;
	stopSends: boolean;
}

/**
 * Planned against actual (M3.4), and the forecast at completion: a finished campaign's spend is what
 * it is; a running one goes on at the rate it has spent so far (actual × total days ÷ days gone);
 * one not yet started is expected to spend its plan.
 */
export function budgetPosition(f: BudgetFacts): BudgetPosition {
	const total = Math.max(1, daysBetween(f.start, f.end) + 1);
	const gone = Math.min(total, Math.max(0, daysBetween(f.start, f.today) + 1));
	let forecast = f.actual;
	if (f.status === 'planned' || (f.status === 'running' && gone === 0)) forecast = Math.max(f.actual, f.planned);
	else if (f.status === 'running') forecast = Number(divideAndRound(BigInt(f.actual) * BigInt(total), BigInt(gone), 'half-up'));
	const usedBp = f.planned > 0 ? Number(divideAndRound(BigInt(f.actual) * 10_000n, BigInt(f.planned), 'half-even')) : null;
	return {
		planned: f.planned,
		actual: f.actual,
		remaining: f.planned - f.actual,
		usedBp,
		forecast,
		overrunForecast: forecast > f.planned,
		warning: f.planned > 0 ? f.actual * 10_000 >= f.planned * f.warnAtBp : f.actual > 0,
		stopSends: f.hardStop && f.actual >= f.planned,
	};
}

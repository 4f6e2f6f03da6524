import { toMinorUnits } from '../money/minor-units.ts';
import { formatBp } from '../profitability/describe-amounts.ts';
import { type ForecastScore, scoreForecast } from './score-forecast.ts';

/** A snapshot whose month closed: its forecast, a manager's adjustment and what the month actually sold, in minor units. */
export interface SnapshotOutcome {
	forecast: number;
	adjustment: number;
	actual: number;
}

export interface SnapshotScore {
	/** The forecast as the manager left it: forecast + adjustment. */
	final: number;
	/** |final − actual| ÷ actual in basis points, half up; null when nothing was sold (no percentage of zero). */
	errorBp: number | null;
	/** (final − actual) ÷ actual in basis points: positive when the forecast ran high; null when nothing was sold. */
	biasBp: number | null;
}

/** A scored snapshot as the accuracy summary reads it. */
export interface ScoredSnapshot {
	month: string;
	horizonMonths: number;
	final: number;
	actual: number;
}

/** How good the forecasts were, over snapshots (`periods`) taken in `months` distinct months. */
export interface AccuracyScore extends ForecastScore {
	months: number;
}

export interface HorizonAccuracy extends AccuracyScore {
	/** 0: made in the month itself; 1: a month ahead… */
	horizonMonths: number;
}

export interface ForecastAccuracy {
	/** Every horizon present, nearest first. */
	byHorizon: HorizonAccuracy[];
	overall: AccuracyScore;
	/** "Forecasts made in the month were off by 6.2 % on average (12 months), a month ahead 11.4 % (12 months)." */
	explanation: string;
}

/**
 * S6.4 — a snapshot scored once its month closed, against the month's actual revenue (every counted order of
 * the scope). The manager's adjustment is part of the forecast that is scored: the judgement is what the
 * score is for. Same arithmetic as scoreForecast, so one snapshot and a summary of many always agree.
 */
export function scoreForecastSnapshot(outcome: SnapshotOutcome): SnapshotScore {
	const final = toMinorUnits(outcome.forecast, 'forecast') + toMinorUnits(outcome.adjustment, 'adjustment');
	const score = scoreForecast([{ forecast: final, actual: toMinorUnits(outcome.actual, 'actual') }]);
	return { final, errorBp: score.mapeBp, biasBp: score.biasBp };
}

/**
 * S6.4 — the accuracy of scored snapshots per horizon and overall (scoreForecast over each group), with the
 * number of months behind each figure: a forecast made the week before the month closes knows more than one
 * made two months ahead, so mixing the horizons alone would hide how early the forecast can be trusted.
 */
export function summarizeAccuracy(snapshots: readonly ScoredSnapshot[]): ForecastAccuracy {
	const horizons = [...new Set(snapshots.map((s) => s.horizonMonths))].sort((a, b) => a - b);
	const byHorizon = horizons.map((horizonMonths) => ({ horizonMonths, ...accuracyOf(snapshots.filter((s) => s.horizonMonths === horizonMonths)) }));
	return { byHorizon, overall: accuracyOf(snapshots), explanation: describeAccuracy(byHorizon) };
}

function accuracyOf(snapshots: readonly ScoredSnapshot[]): AccuracyScore {
	return { ...scoreForecast(snapshots.map((s) => ({ forecast: s.final, actual: s.actual }))), months: new Set(snapshots.map((s) => s.month)).size };
}

function describeAccuracy(byHorizon: readonly HorizonAccuracy[]): string {
	if (byHorizon.length === 0) return 'No forecast has been scored yet.';
	const parts = byHorizon.map((h, i) => {
		const months = `${h.months} ${h.months === 1 ? 'month' : 'months'}`;
		const label = horizonLabel(h.horizonMonths);
		if (h.mapeBp === null) return i === 0 ? `Forecasts made ${label} had no sales to compare with (${months})` : `${label} no sales to compare with (${months})`;
		return i === 0 ? `Forecasts made ${label} were off by ${formatBp(h.mapeBp)} on average (${months})` : `${label} ${formatBp(h.mapeBp)} (${months})`;
	});
	return `${parts.join(', ')}.`;
}

function horizonLabel(horizonMonths: number): string {
	if (horizonMonths === 0) return 'in the month';
	return horizonMonths === 1 ? 'a month ahead' : `${horizonMonths} months ahead`;
}

import { type ForecastAccuracy, summarizeAccuracy } from './score-forecast-snapshots.ts';

/** A stored snapshot as the dashboard reads it (amounts in minor units of the base currency). */
export interface StoredSnapshot {
	id: string;
	month: string;
	week: string;
	horizonMonths: number;
	takenAt: string;
	closed: number;
	commit: number;
	bestCase: number;
	openPipeline: number;
	weighted: number;
	baseline: number;
	baselineMethod: string;
	forecast: number;
	adjustment: number;
	adjustmentReason: string | null;
	final: number;
	actual: number | null;
	errorBp: number | null;
	biasBp: number | null;
	explanation: string;
}

/** A closed month: what was forecast in it and a month before, and what it sold. */
export interface ForecastMonth {
	month: string;
	/** The first forecast taken in the month itself (final, adjustment included); null without one. */
	inMonth: number | null;
	/** The first forecast taken a month ahead. */
	monthAhead: number | null;
	actual: number | null;
	/** The in-month forecast's error and bias. */
	errorBp: number | null;
	biasBp: number | null;
}

export interface ForecastOverview {
	/** The latest snapshot of this month and of each month ahead. */
	current: StoredSnapshot[];
	/** The closed months, oldest first. */
	history: ForecastMonth[];
	accuracy: ForecastAccuracy;
}

const earliest = (list: readonly StoredSnapshot[]) => [...list].sort((a, b) => a.takenAt.localeCompare(b.takenAt))[0];

/**
 * S6.4 — one scope's forecasts as a manager reads them: where this month and the next stand (the latest
 * snapshot), and for each closed month the forecast made in it and a month before beside the actual, with
 * the accuracy over the scored snapshots. The first forecast of a month is the one shown: later ones have
 * seen more of the month, and showing them would flatter the forecast.
 */
export function summarizeForecasts(snapshots: readonly StoredSnapshot[], thisMonth: string): ForecastOverview {
	const byMonth = new Map<string, StoredSnapshot[]>();
	for (const s of snapshots) byMonth.set(s.month, [...(byMonth.get(s.month) ?? []), s]);
	const months = [...byMonth.keys()].sort();
	const current = months.filter((m) => m >= thisMonth).map((m) => [...byMonth.get(m)!].sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0]!);
	const history = months.filter((m) => m < thisMonth).map((month): ForecastMonth => {
		const list = byMonth.get(month)!;
		const inMonth = earliest(list.filter((s) => s.horizonMonths === 0));
		const ahead = earliest(list.filter((s) => s.horizonMonths === 1));
		const actual = list.find((s) => s.actual !== null)?.actual ?? null;
		return { month, inMonth: inMonth?.final ?? null, monthAhead: ahead?.final ?? null, actual, errorBp: inMonth?.errorBp ?? null, biasBp: inMonth?.biasBp ?? null };
	});
	const scored = snapshots.filter((s) => s.actual !== null).map((s) => ({ month: s.month, horizonMonths: s.horizonMonths, final: s.final, actual: s.actual! }));
	return { current, history, accuracy: summarizeAccuracy(scored) };
}

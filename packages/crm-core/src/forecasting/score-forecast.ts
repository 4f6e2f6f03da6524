import { divideAndRound } from '../money/divide-and-round.ts';

/** What was forecast for a closed period and what happened, in minor units. */
export interface ForecastOutcome {
	forecast: number;
	actual: number;
}

export interface ForecastScore {
	/** Periods scored. */
	periods: number;
	/** Mean absolute percentage error, in basis points, over the periods with sales (a zero actual has no percentage); null without any. */
	mapeBp: number | null;
	/** Periods left out of the MAPE because nothing was sold. */
	zeroActuals: number;
	/** Σ(forecast − actual) ÷ Σ actual, in basis points: positive when the forecast runs high; null when nothing was sold. */
	biasBp: number | null;
}

/**
 * S6.4 — how good past forecasts were, once their periods closed: MAPE (how far off, on average, whichever
 * way) and bias (which way, weighted by size). Each period's error is rounded half up to a basis point, then
 * their mean once more; the bias is exact until its one rounding.
 */
export function scoreForecast(outcomes: readonly ForecastOutcome[]): ForecastScore {
	const withSales = outcomes.filter((o) => o.actual > 0);
	const errorsBp = withSales.map((o) => divideAndRound(BigInt(Math.abs(o.forecast - o.actual)) * 10_000n, BigInt(o.actual), 'half-up'));
	const sumActual = outcomes.reduce((s, o) => s + BigInt(o.actual), 0n);
	const sumError = outcomes.reduce((s, o) => s + BigInt(o.forecast - o.actual), 0n);
	return {
		periods: outcomes.length,
		mapeBp: withSales.length ? Number(divideAndRound(errorsBp.reduce((a, b) => a + b, 0n), BigInt(withSales.length), 'half-up')) : null,
		zeroActuals: outcomes.length - withSales.length,
		biasBp: sumActual > 0n ? Number(divideAndRound(sumError * 10_000n, sumActual, 'half-up')) : null,
	};
}

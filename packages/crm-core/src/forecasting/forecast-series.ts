/** How a baseline was projected: the method follows the length of the history. */
export type SmoothingMethod = 'holt-winters' | 'exponential' | 'mean' | 'none';

export interface SeriesForecast {
	method: SmoothingMethod;
	/** One value per month ahead, in minor units, never below zero. */
	values: number[];
}

/** Smoothing constants, fixed so a forecast can be recomputed and explained: level, trend, season. */
export const SMOOTHING = { alpha: 0.3, beta: 0.1, gamma: 0.2 } as const;
const SEASON = 12;

/**
 * S6.4 — the baseline of repeat business from monthly sales (oldest first):
 * - two full years or more: additive Holt-Winters with a 12-month season (level, trend and season smoothed
 *   with SMOOTHING; started from the first two years: trend = the mean monthly change between the years,
 *   season = the first year's deviations from the line through its mean with that trend);
 * - 3 to 23 months: simple exponential smoothing (a flat forecast at the smoothed level: too short to tell a
 *   season from noise);
 * - 1 or 2 months: their mean; none: nothing.
 * Arithmetic is in floating point (a forecast is an estimate); each value is rounded half away from zero to
 * minor units at the end and never forecast below zero.
 */
export function forecastSeries(history: readonly number[], horizon: number): SeriesForecast {
	const flat = (value: number, method: SmoothingMethod): SeriesForecast => ({ method, values: Array.from({ length: horizon }, () => toMinor(value)) });
	if (history.length === 0) return { method: 'none', values: Array.from({ length: horizon }, () => 0) };
	if (history.length < 3) return flat(mean(history), 'mean');
	if (history.length < 2 * SEASON) return flat(exponentialLevel(history), 'exponential');
	return { method: 'holt-winters', values: holtWinters(history, horizon).map(toMinor) };
}

function exponentialLevel(history: readonly number[]): number {
	return history.slice(1).reduce((level, x) => SMOOTHING.alpha * x + (1 - SMOOTHING.alpha) * level, history[0]!);
}

function holtWinters(history: readonly number[], horizon: number): number[] {
	const { alpha, beta, gamma } = SMOOTHING;
	const first = history.slice(0, SEASON);
	const second = history.slice(SEASON, 2 * SEASON);
	// The first year's mean is the level at its middle month (5.5); the season is what is left once that line is taken away.
	let trend = (mean(second) - mean(first)) / SEASON;
	const middle = (SEASON - 1) / 2;
	const season = first.map((x, i) => x - (mean(first) + (i - middle) * trend));
	let level = mean(first) + middle * trend;
	for (let t = SEASON; t < history.length; t++) {
		const x = history[t]!;
		const s = season[t % SEASON]!;
		const previous = level;
		level = alpha * (x - s) + (1 - alpha) * (level + trend);
		trend = beta * (level - previous) + (1 - beta) * trend;
		season[t % SEASON] = gamma * (x - level) + (1 - gamma) * s;
	}
	return Array.from({ length: horizon }, (_, h) => level + (h + 1) * trend + season[(history.length + h) % SEASON]!);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const toMinor = (x: number) => Math.max(0, Math.sign(x) * Math.round(Math.abs(x)));

import { describe, expect, test } from 'vitest';
import { forecastSeries } from '../../../packages/crm-core/src/index.ts';

const SEASON = [100, 80, 120, 150, 90, 60, 70, 110, 130, 140, 100, 90].map((x) => x * 1000);

describe('forecastSeries: the baseline of repeat business, by the length of the history', () => {
	test('no history forecasts nothing', () => {
		expect(forecastSeries([], 3)).toEqual({ method: 'none', values: [0, 0, 0] });
	});

	test('one or two months: their mean', () => {
		expect(forecastSeries([1000, 2001], 2)).toEqual({ method: 'mean', values: [1501, 1501] });
	});

	test('3 to 23 months: simple exponential smoothing at α = 0.3, flat ahead', () => {
		// 100 → 0.3·200 + 0.7·100 = 130 → 0.3·300 + 0.7·130 = 181
		expect(forecastSeries([10_000, 20_000, 30_000], 2)).toEqual({ method: 'exponential', values: [18_100, 18_100] });
	});

	test('two years of a repeating season: Holt-Winters gives the season back exactly', () => {
		const forecast = forecastSeries([...SEASON, ...SEASON], 12);
		expect(forecast.method).toBe('holt-winters');
		expect(forecast.values).toEqual(SEASON);
	});

	test('a season on a steady rise: the rise goes on, the season stays', () => {
		const rising = (months: number) => Array.from({ length: months }, (_, t) => SEASON[t % 12]! + 500 * t);
		expect(forecastSeries(rising(36), 6).values).toEqual(rising(42).slice(36));
	});

	test('never below zero', () => {
		const falling = Array.from({ length: 24 }, (_, t) => Math.max(0, 24_000 - 2_000 * t));
		expect(forecastSeries(falling, 6).values.every((v) => v >= 0)).toBe(true);
	});
});

import { describe, expect, test } from 'vitest';
import { type ScoredSnapshot, scoreForecastSnapshot, summarizeAccuracy } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';

describe("scoreForecastSnapshot: scores a snapshot against the month's actual", () => {
	test.each([
		['spot on', { forecast: 100_000, adjustment: 0, actual: 100_000 }, { final: 100_000, errorBp: 0, biasBp: 0 }],
		// 106,000 − 100,000 = 6,000 = 6 % of the actual, high.
		['the adjustment is part of what is scored', { forecast: 100_000, adjustment: 6_000, actual: 100_000 }, { final: 106_000, errorBp: 600, biasBp: 600 }],
		// 90,000 against 120,000: 30,000 ÷ 120,000 = 25 %, low.
		['lowered too far: off by a quarter, low', { forecast: 100_000, adjustment: -10_000, actual: 120_000 }, { final: 90_000, errorBp: 2500, biasBp: -2500 }],
		// 1 ÷ 3 = 3333.33… bp.
		['a third off, rounded to a basis point', { forecast: 2, adjustment: 0, actual: 3 }, { final: 2, errorBp: 3333, biasBp: -3333 }],
		// 1 ÷ 20,000 = 0.5 bp: half up, away from zero both ways.
		['half a basis point high rounds up', { forecast: 20_001, adjustment: 0, actual: 20_000 }, { final: 20_001, errorBp: 1, biasBp: 1 }],
		['half a basis point low rounds away from zero', { forecast: 19_999, adjustment: 0, actual: 20_000 }, { final: 19_999, errorBp: 1, biasBp: -1 }],
		['a month without sales has no percentage', { forecast: 5_000, adjustment: 0, actual: 0 }, { final: 5_000, errorBp: null, biasBp: null }],
	])('%s', (_, outcome, score) => {
		expect(scoreForecastSnapshot(outcome)).toEqual(score);
	});

	test('amounts that are not whole minor units are refused', () => {
		expect(domainFailure(() => scoreForecastSnapshot({ forecast: 10.5, adjustment: 0, actual: 10 }))).toEqual(['CRM_INVALID_AMOUNT', 'forecast']);
		expect(domainFailure(() => scoreForecastSnapshot({ forecast: 10, adjustment: 0.5, actual: 10 }))).toEqual(['CRM_INVALID_AMOUNT', 'adjustment']);
	});
});

const snap = (month: string, horizonMonths: number, final: number, actual: number): ScoredSnapshot => ({ month, horizonMonths, final, actual });

// Given out of order on purpose: the summary sorts the horizons.
const SNAPSHOTS = [
	// A month ahead: 11,400 ÷ 100,000 and 5,700 ÷ 50,000 are both 11.4 %; bias (−11,400 + 5,700) ÷ 150,000 = −380 bp.
	snap('2026-01', 1, 88_600, 100_000),
	snap('2026-02', 1, 55_700, 50_000),
	// In the month, two weekly snapshots of January and one of February, each 6.2 % off:
	// 6,200 ÷ 100,000 twice and 3,100 ÷ 50,000; bias (6,200 − 6,200 + 3,100) ÷ 250,000 = 124 bp.
	snap('2026-01', 0, 106_200, 100_000),
	snap('2026-01', 0, 93_800, 100_000),
	snap('2026-02', 0, 53_100, 50_000),
	// Two months ahead, a month that sold nothing: no percentage, no bias.
	snap('2026-03', 2, 10_000, 0),
];

describe('summarizeAccuracy: how far off the forecasts were, by how early they were made', () => {
	test("accuracy per horizon: this month's forecasts were off by 6.2 %", () => {
		expect(summarizeAccuracy(SNAPSHOTS)).toEqual({
			byHorizon: [
				{ horizonMonths: 0, periods: 3, mapeBp: 620, zeroActuals: 0, biasBp: 124, months: 2 },
				{ horizonMonths: 1, periods: 2, mapeBp: 1140, zeroActuals: 0, biasBp: -380, months: 2 },
				{ horizonMonths: 2, periods: 1, mapeBp: null, zeroActuals: 1, biasBp: null, months: 1 },
			],
			// MAPE over the five with sales: (3 × 620 + 2 × 1140) ÷ 5 = 4140 ÷ 5 = 828;
			// bias (3,100 − 5,700 + 10,000) ÷ 400,000 = 7,400 ÷ 400,000 = 185 bp.
			overall: { periods: 6, mapeBp: 828, zeroActuals: 1, biasBp: 185, months: 3 },
			explanation: 'Forecasts made in the month were off by 6.2 % on average (2 months), a month ahead 11.4 % (2 months), 2 months ahead no sales to compare with (1 month).',
		});
	});

	test('a year of forecasts made in the month, each 6.2 % high', () => {
		const year = Array.from({ length: 12 }, (_, i) => snap(`2025-${String(i + 1).padStart(2, '0')}`, 0, 106_200, 100_000));
		expect(summarizeAccuracy(year).explanation).toBe('Forecasts made in the month were off by 6.2 % on average (12 months).');
	});

	test.each([
		['nothing scored yet', [], 'No forecast has been scored yet.'],
		['only forecasts made a month ahead', SNAPSHOTS.filter((s) => s.horizonMonths === 1), 'Forecasts made a month ahead were off by 11.4 % on average (2 months).'],
		['only a month without sales', SNAPSHOTS.filter((s) => s.horizonMonths === 2), 'Forecasts made 2 months ahead had no sales to compare with (1 month).'],
	])('%s', (_, snapshots, explanation) => {
		expect(summarizeAccuracy(snapshots).explanation).toBe(explanation);
	});

	test('no snapshots: empty horizons, nothing overall', () => {
		expect(summarizeAccuracy([])).toMatchObject({ byHorizon: [], overall: { periods: 0, mapeBp: null, zeroActuals: 0, biasBp: null, months: 0 } });
	});
});

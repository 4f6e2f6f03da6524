import { describe, expect, test } from 'vitest';
import { scoreForecast } from '../../../packages/crm-core/src/index.ts';

describe('scoreForecast: MAPE and bias of forecasts whose periods closed', () => {
	test.each([
		['spot on', [{ forecast: 1000, actual: 1000 }], { periods: 1, mapeBp: 0, zeroActuals: 0, biasBp: 0 }],
		['10 % high, then 10 % low: off by 10 % on average, no bias', [{ forecast: 1100, actual: 1000 }, { forecast: 900, actual: 1000 }], { periods: 2, mapeBp: 1000, zeroActuals: 0, biasBp: 0 }],
		['high twice: MAPE 15 %, bias weighted by size', [{ forecast: 1100, actual: 1000 }, { forecast: 6000, actual: 5000 }], { periods: 2, mapeBp: 1500, zeroActuals: 0, biasBp: 1833 }],
		['a month without sales counts in the bias, not in the MAPE', [{ forecast: 500, actual: 0 }, { forecast: 1000, actual: 2000 }], { periods: 2, mapeBp: 5000, zeroActuals: 1, biasBp: -2500 }],
		['nothing sold at all', [{ forecast: 500, actual: 0 }], { periods: 1, mapeBp: null, zeroActuals: 1, biasBp: null }],
		['a third off, rounded half up to a basis point', [{ forecast: 2, actual: 3 }], { periods: 1, mapeBp: 3333, zeroActuals: 0, biasBp: -3333 }],
	])('%s', (_, outcomes, score) => {
		expect(scoreForecast(outcomes)).toEqual(score);
	});
});

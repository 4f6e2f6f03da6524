import { describe, expect, test } from 'vitest';
import { coefficientOfVariationBp } from '../../../packages/crm-core/src/index.ts';

describe('coefficientOfVariationBp', () => {
	test.each<[string, number[], number | null]>([
		['a constant series does not vary', [100, 100, 100], 0],
		['a single month does not vary', [7], 0],
		['±10 % around the mean is 10 %', [90, 110], 1000],
		['100, 200, 300: σ = 81.65 around 200', [100, 200, 300], 4082],
		['1000, 1200, 800, 1000: σ = 141.42 around 1000', [1000, 1200, 800, 1000], 1414],
		['one month of two with everything: σ equals the mean', [0, 200], 10_000],
		['one month of four with everything: √3', [0, 0, 0, 300], 17_321],
		['25.005 % rounds half up to 25.01 %', [14_999, 25_001], 2501],
		['exactly 25 %', [15_000, 25_000], 2500],
		['a credit-note month below zero widens the spread', [-100, 300], 20_000],
		['amounts near 2^53 stay exact', [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], 0],
		['no months: nothing to measure', [], null],
		['no sales: no mean to vary around', [0, 0], null],
		['credit notes outweigh sales: no mean to vary around', [-100, 50], null],
	])('%s', (_, series, cvBp) => {
		expect(coefficientOfVariationBp(series)).toBe(cvBp);
	});
});

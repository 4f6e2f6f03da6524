import { describe, expect, test } from 'vitest';
import {
	allocateProportionally,
	applyBasisPoints,
	convertCurrency,
	currencyExponent,
	divideAndRound,
	formatDecimalAmount,
	multiplyByQuantity,
	parseDecimalAmount,
	type RoundingMode,
	toMinorUnits,
} from '../../../packages/crm-core/src/index.ts';

describe('divideAndRound', () => {
	test.each([
		[5n, 2n, 'half-up', 3n],
		[5n, 2n, 'half-even', 2n],
		[7n, 2n, 'half-even', 4n],
		[-5n, 2n, 'half-up', -3n],
		[-5n, 2n, 'half-even', -2n],
		[5n, 2n, 'down', 2n],
		[5n, 2n, 'up', 3n],
		[-5n, 2n, 'down', -2n],
		[14n, 10n, 'half-up', 1n],
		[15n, 10n, 'half-up', 2n],
		[16n, 10n, 'half-even', 2n],
		[10n, 5n, 'up', 2n],
		[5n, -2n, 'half-up', -3n],
	] as [bigint, bigint, RoundingMode, bigint][])('%i / %i rounded %s → %i', (n, d, mode, expected) => {
		expect(divideAndRound(n, d, mode)).toBe(expected);
	});
});

describe('currencies and amounts', () => {
	test.each([
		['EUR', 2],
		['JPY', 0],
		['KWD', 3],
		['CLF', 4],
	])('%s has %i decimals', (code, exponent) => {
		expect(currencyExponent(code)).toBe(exponent);
	});

	test('rejects what is not a currency code', () => {
		expect(() => currencyExponent('eur')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_CURRENCY' }));
	});

	test.each([
		['19.99', 'EUR', 1999],
		['19.9', 'EUR', 1990],
		['-5', 'EUR', -500],
		['1000', 'JPY', 1000],
		['1.005', 'KWD', 1005],
	])('parses %s %s exactly as %i minor units', (text, currency, minor) => {
		expect(parseDecimalAmount(text, currency)).toBe(minor);
	});

	test.each([['19.999', 'EUR'], ['1.5', 'JPY'], ['1e3', 'EUR'], ['', 'EUR']])('refuses %j %s', (text, currency) => {
		expect(() => parseDecimalAmount(text, currency)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_AMOUNT' }));
	});

	test.each([
		[123456, 'EUR', '1234.56'],
		[5, 'EUR', '0.05'],
		[-5, 'EUR', '-0.05'],
		[1000, 'JPY', '1000'],
		[1, 'KWD', '0.001'],
	])('formats %i %s as %s', (amount, currency, text) => {
		expect(formatDecimalAmount(amount, currency)).toBe(text);
	});

	test('reads bigint text from PostgreSQL and refuses floats', () => {
		expect(toMinorUnits('9007199254740991')).toBe(9007199254740991);
		expect(() => toMinorUnits(1.5)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_AMOUNT' }));
		expect(() => toMinorUnits('9007199254740993')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_AMOUNT' }));
	});
});

describe('rates and quantities', () => {
	test.each([
		[1999, 2000, 400],
		[1999, 700, 140],
		[1, 5000, 1],
		[3, 1900, 1],
		[-1999, 2000, -400],
	])('VAT of %i at %i bp is %i (half-up)', (amount, bp, vat) => {
		expect(applyBasisPoints(amount, bp)).toBe(vat);
	});

	test('multiplies a unit price by a fractional quantity once, at the end', () => {
		expect(multiplyByQuantity(333, 2500)).toBe(833);
		expect(multiplyByQuantity(1999, 3000)).toBe(5997);
		expect(multiplyByQuantity(1, 500)).toBe(1);
		expect(multiplyByQuantity(1, 500, 'half-even')).toBe(0);
	});
});

describe('allocateProportionally', () => {
	test('spreads an order discount so the lines add up exactly', () => {
		const parts = allocateProportionally(1000, [3333, 3333, 3334]);
		expect(parts).toEqual([333, 333, 334]);
		expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
	});

	test('gives the remainders to the largest fractions, earlier lines first on ties', () => {
		expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
		expect(allocateProportionally(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
		expect(allocateProportionally(7, [0, 0])).toEqual([7, 0]);
		expect(allocateProportionally(5, [])).toEqual([]);
	});
});

describe('convertCurrency', () => {
	test.each([
		[{ amount: 10000, currency: 'USD' }, 'EUR', '0.9221', 9221],
		[{ amount: 1, currency: 'USD' }, 'EUR', '0.925', 1],
		[{ amount: 3, currency: 'USD' }, 'EUR', '0.5', 2],
		[{ amount: 5, currency: 'USD' }, 'EUR', '0.5', 2],
		[{ amount: 10000, currency: 'EUR' }, 'JPY', '162.35', 16235],
		[{ amount: 100000, currency: 'JPY' }, 'EUR', '0.00616', 61600],
		[{ amount: 1000, currency: 'EUR' }, 'KWD', '0.3321', 3321],
		[{ amount: 777, currency: 'EUR' }, 'EUR', '2', 777],
	])('%j → %s at %s = %i (half-even)', (money, to, rate, amount) => {
		expect(convertCurrency(money, to, rate)).toEqual({ amount, currency: to });
	});

	test('refuses a zero or malformed rate', () => {
		expect(() => convertCurrency({ amount: 1, currency: 'USD' }, 'EUR', '0')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_RATE' }));
		expect(() => convertCurrency({ amount: 1, currency: 'USD' }, 'EUR', '-1')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_RATE' }));
	});
});

describe('allocateProportionally in plain numbers and in BigInt', () => {
	test('gives the same parts on either path, for many totals and weights, signs included', () => {
		let seed = 2026;
		const next = (n: number) => {
			seed = (seed * 48_271) % 2_147_483_647;
			return seed % n;
		};
		for (let run = 0; run < 2_000; run++) {
			const weights = Array.from({ length: 1 + next(8) }, () => next(5));
			const total = next(2_000_001) - 1_000_000;
			// A huge extra weight of 0 parts forces the BigInt path without changing the split.
			const big = [...weights.map((w) => w * 2 ** 40), 0];
			const small = allocateProportionally(total, weights);
			expect(small.reduce((a, b) => a + b, 0)).toBe(total);
			expect(allocateProportionally(total, big).slice(0, weights.length)).toEqual(small);
		}
	});
});

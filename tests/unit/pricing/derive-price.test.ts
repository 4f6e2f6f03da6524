import { describe, expect, test } from 'vitest';
import type { RoundingMode } from '../../../packages/crm-core/src/money/rounding-mode.ts';
import { derivePrice, findQuantityBreak, formatBasisPointsAsPercent, formatQuantity, type PriceDerivation, roundToStep } from '../../../packages/crm-core/src/pricing/index.ts';

const derivation = (derivationBp: number | null, roundingStep: number | null, roundingMode: RoundingMode = 'half-up'): PriceDerivation => ({ id: 'd', derivationBp, roundingStep, roundingMode });

describe('roundToStep', () => {
	test.each([
		[1234, 100, 'half-up', 1200],
		[1250, 100, 'half-up', 1300],
		[1234, 5, 'half-up', 1235],
		[1232, 5, 'half-up', 1230],
		[1225, 10, 'half-even', 1220],
		[1235, 10, 'half-even', 1240],
		[1239, 10, 'down', 1230],
		[1231, 10, 'up', 1240],
		[1230, 10, 'up', 1230],
		[1234, 1, 'half-up', 1234],
	] as [number, number, RoundingMode, number][])('rounds %i to step %i (%s) → %i', (amount, step, mode, expected) => {
		expect(roundToStep(amount, step, mode)).toBe(expected);
	});

	test('refuses a step below one minor unit', () => {
		expect(() => roundToStep(1234, 0, 'half-up')).toThrow(RangeError);
	});
});

describe('derivePrice', () => {
	test.each([
		[1075, derivation(1500, 10), 1240],
		[1075, derivation(1500, null), 1236],
		[1240, derivation(-1000, 5, 'down'), 1115],
		[1000, derivation(-9999, null), 0],
		[10_000, derivation(-9999, null), 1],
		[1999, derivation(100_000, null), 21_989],
		[1234, derivation(null, 100), 1200],
		[1234, derivation(null, 5), 1235],
		[1234, derivation(0, null), 1234],
		// 1000 × 1.2345 = 1234.5 → 1235 (half-up to the cent) → 1240: the step rounds the cent price, not the exact one.
		[1000, derivation(2345, 10), 1240],
	])('derives %i with %j → %i', (parent, d, expected) => {
		expect(derivePrice(parent, d)).toBe(expected);
	});

	test.each([
		[derivation(-10_000, null), 'derivationBp'],
		[derivation(100_001, null), 'derivationBp'],
		[derivation(12.5, null), 'derivationBp'],
		[derivation(0, 0), 'roundingStep'],
	])('refuses stored nonsense %j', (d, field) => {
		expect(() => derivePrice(1000, d)).toThrow(expect.objectContaining({ code: 'CRM_PRICE_LIST_INVALID', details: { priceListId: 'd', field } }));
	});
});

describe('findQuantityBreak', () => {
	const items = [
		{ productId: 'p', minQuantityMilli: 10_000, unitPrice: 900 },
		{ productId: 'p', minQuantityMilli: 1000, unitPrice: 1000 },
		{ productId: 'q', minQuantityMilli: 500, unitPrice: 1 },
	];

	test.each([
		[500, null],
		[1000, 1000],
		[9999, 1000],
		[10_000, 900],
		[12_000, 900],
	])('for %i milli-units of p finds the price %s', (quantityMilli, unitPrice) => {
		expect(findQuantityBreak(items, 'p', quantityMilli)?.unitPrice ?? null).toBe(unitPrice);
	});

	test('ignores other products', () => {
		expect(findQuantityBreak(items, 'r', 100_000)).toBeNull();
	});
});

describe('texts', () => {
	test.each([
		[1000, '1'],
		[12_000, '12'],
		[2500, '2.5'],
		[1, '0.001'],
		[1050, '1.05'],
	])('writes %i milli-units as %s', (milli, text) => {
		expect(formatQuantity(milli)).toBe(text);
	});

	test.each([
		[1500, '+15 %'],
		[-1000, '-10 %'],
		[1250, '+12.5 %'],
		[5, '+0.05 %'],
		[0, '+0 %'],
		[-9999, '-99.99 %'],
	])('writes %i basis points as %s', (bp, text) => {
		expect(formatBasisPointsAsPercent(bp)).toBe(text);
	});
});

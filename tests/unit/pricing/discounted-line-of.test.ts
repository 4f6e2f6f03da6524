import { describe, expect, test } from 'vitest';
import { discountedLineOf } from '../../../packages/crm-core/src/pricing-api/index.ts';

describe('discountedLineOf', () => {
	test.each([
		['a line priced by the engine keeps its amounts and rules', { netAmount: 900, listAmount: 1000, discountAmount: 100, unitPrice: 500, quantityMilli: 2000, applied: [{ code: 'SPRING', amount: 100 }] }, { listAmount: 1000, discountAmount: 100, netAmount: 900, applied: [{ code: 'SPRING', amount: 100 }] }],
		['a line priced before the engine: quantity × unit price is its list, list − net its discount', { netAmount: 850, listAmount: null, discountAmount: null, unitPrice: 500, quantityMilli: 2000, applied: null }, { listAmount: 1000, discountAmount: 150, netAmount: 850, applied: [] }],
		['a surcharge on an old line counts as no discount', { netAmount: 1100, listAmount: null, discountAmount: null, unitPrice: 500, quantityMilli: 2000, applied: 'not a list' }, { listAmount: 1100, discountAmount: 0, netAmount: 1100, applied: [] }],
	] as const)('%s', (_name, stored, expected) => {
		expect(discountedLineOf(stored)).toEqual(expected);
	});
});

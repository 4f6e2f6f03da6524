import { describe, expect, test } from 'vitest';
import { type ProductRelation, suggestCrossSells } from '../../../packages/crm-core/src/index.ts';
import { BEANS_GRINDER, BEANS_MILK, CUPS_MILK, GRINDER_BEANS, MILK_BEANS, MILK_CUPS, rule } from './tiny-baskets.ts';

const RULES = [BEANS_GRINDER, GRINDER_BEANS, MILK_CUPS, CUPS_MILK, BEANS_MILK, MILK_BEANS];
const NAMES = { beans: 'Espresso beans', grinder: 'Grinder', milk: 'Milk', cups: 'Cups', machine: 'Espresso machine', descaler: 'Descaler', capsules: 'Capsules', tamper: 'Tamper' };
const RELATED: ProductRelation[] = [
	{ productId: 'machine', relatedProductId: 'descaler', kind: 'accessory' },
	{ productId: 'machine', relatedProductId: 'capsules', kind: 'alternative' },
	{ productId: 'beans', relatedProductId: 'tamper', kind: 'optional' },
	{ productId: 'kettle', relatedProductId: 'filter', kind: 'accessory' },
];

const ids = (basket: string[], limit = 10, related = RELATED, rules = RULES) => suggestCrossSells({ basketProductIds: basket, related, rules, limit, names: NAMES }).map((s) => s.productId);

describe('suggestCrossSells: what to offer with a proposal or an order', () => {
	test('offers the hand-maintained relations first, with their kind, then what is bought together', () => {
		expect(suggestCrossSells({ basketProductIds: ['machine', 'milk'], related: RELATED, rules: RULES, limit: 10, names: NAMES })).toEqual([
			{ productId: 'descaler', source: 'related', kind: 'accessory', becauseOf: 'machine', rule: null, reason: 'Accessory for Espresso machine' },
			{ productId: 'capsules', source: 'related', kind: 'alternative', becauseOf: 'machine', rule: null, reason: 'Alternative to Espresso machine' },
			{ productId: 'cups', source: 'bought_together', kind: null, becauseOf: 'milk', rule: MILK_CUPS, reason: 'Bought together in 50 % of orders with Milk (lift 1.67×)' },
			{ productId: 'beans', source: 'bought_together', kind: null, becauseOf: 'milk', rule: MILK_BEANS, reason: 'Bought together in 50 % of orders with Milk (lift 0.83×)' },
		]);
	});

	test.each([
		['never suggests what is already on the order', ['beans', 'grinder', 'tamper'], ['milk']],
		['nor a relation already on it', ['machine', 'descaler'], ['capsules']],
		['ignores rules and relations of products that are not on the order', ['cups'], ['milk']],
		// grinder → beans (lift 1.33) and milk → beans (lift 0.83) both lead to beans; the stronger one wins.
		['suggests a product once, by its strongest rule', ['grinder', 'milk'], ['cups', 'beans']],
		['stops at the limit', ['machine', 'milk'], ['descaler', 'capsules'], 2],
		['a limit of 0 suggests nothing', ['machine', 'milk'], [], 0],
		['an empty order gets no suggestions', [], []],
	])('%s', (_, basket, expected, limit = 10) => {
		expect(ids(basket, limit)).toEqual(expected);
	});

	test('takes the best rule per product whatever order the rules come in', () => {
		const suggestion = suggestCrossSells({ basketProductIds: ['grinder', 'milk'], related: [], rules: [...RULES].reverse(), limit: 10, names: NAMES }).find((s) => s.productId === 'beans');
		expect(suggestion).toMatchObject({ becauseOf: 'grinder', rule: GRINDER_BEANS, reason: 'Bought together in 80 % of orders with Grinder (lift 1.33×)' });
	});

	test('a product both related and mined is offered once, as related', () => {
		const related: ProductRelation[] = [{ productId: 'beans', relatedProductId: 'grinder', kind: 'accessory' }];
		expect(suggestCrossSells({ basketProductIds: ['beans'], related, rules: RULES, limit: 10, names: NAMES }).map((s) => [s.productId, s.source])).toEqual([
			['grinder', 'related'],
			['milk', 'bought_together'],
		]);
	});

	test('a relation to the product itself is never offered', () => {
		expect(ids(['beans'], 10, [{ productId: 'beans', relatedProductId: 'beans', kind: 'optional' }], [rule('beans', 'beans', 1, 1, 1, 1)])).toEqual([]);
	});

	test('reasons show ids when names are not given', () => {
		expect(suggestCrossSells({ basketProductIds: ['milk'], related: [], rules: [MILK_CUPS], limit: 1 })[0]?.reason).toBe('Bought together in 50 % of orders with milk (lift 1.67×)');
	});

	test.each([[-1], [1.5], [Number.NaN]])('refuses a limit of %s', (limit) => {
		expect(() => suggestCrossSells({ basketProductIds: [], related: [], rules: [], limit })).toThrowError(expect.objectContaining({ code: 'CRM_OUT_OF_RANGE', details: { field: 'limit' } }));
	});
});

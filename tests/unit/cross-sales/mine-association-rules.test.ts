import { describe, expect, test } from 'vitest';
import { mineAssociationRules } from '../../../packages/crm-core/src/index.ts';
import { BEANS_GRINDER, BEANS_MILK, CUPS_MILK, GRINDER_BEANS, MILK_BEANS, MILK_CUPS, rule, TINY_BASKETS } from './tiny-baskets.ts';

describe('mineAssociationRules: products bought together', () => {
	test.each([
		['keeps pairs above chance, strongest lift first, then confidence', { minSupportBp: 2000, minConfidenceBp: 0, minLiftBp: 10_000 }, [CUPS_MILK, MILK_CUPS, GRINDER_BEANS, BEANS_GRINDER]],
		['with no lift minimum, keeps pairs bought together less than by chance too', { minSupportBp: 2000, minConfidenceBp: 0, minLiftBp: 0 }, [CUPS_MILK, MILK_CUPS, GRINDER_BEANS, BEANS_GRINDER, MILK_BEANS, BEANS_MILK]],
		['drops pairs below the minimum support (milk + cups is in 20 % of orders)', { minSupportBp: 3000, minConfidenceBp: 0, minLiftBp: 0 }, [GRINDER_BEANS, BEANS_GRINDER]],
		['drops rules below the minimum confidence, one direction at a time', { minSupportBp: 2000, minConfidenceBp: 7000, minLiftBp: 0 }, [GRINDER_BEANS]],
		// beans → grinder is 66.67 %, shown 6667: a minimum compares with the figure as shown.
		['a rule shown at the minimum confidence passes it', { minSupportBp: 2000, minConfidenceBp: 6667, minLiftBp: 0 }, [CUPS_MILK, GRINDER_BEANS, BEANS_GRINDER]],
		['a rule shown below it does not', { minSupportBp: 2000, minConfidenceBp: 6668, minLiftBp: 0 }, [GRINDER_BEANS]],
		['a rule shown at the minimum lift passes it', { minSupportBp: 2000, minConfidenceBp: 0, minLiftBp: 16_667 }, [CUPS_MILK, MILK_CUPS]],
		['keeps only the strongest rules when asked', { minSupportBp: 2000, minConfidenceBp: 0, minLiftBp: 0, maxRules: 3 }, [CUPS_MILK, MILK_CUPS, GRINDER_BEANS]],
		['nothing is strong enough', { minSupportBp: 5000, minConfidenceBp: 0, minLiftBp: 0 }, []],
	])('%s', (_, thresholds, rules) => {
		expect(mineAssociationRules(TINY_BASKETS, thresholds)).toEqual(rules);
	});

	test('with no minimum at all, every pair that was bought together gives two rules', () => {
		const rules = mineAssociationRules(TINY_BASKETS, { minSupportBp: 0, minConfidenceBp: 0, minLiftBp: 0 });
		expect(rules).toHaveLength(12);
		// grinder + milk once: 1/10 of orders, 1/5 of grinder orders, lift 1·10/(5·4) = 0.5.
		expect(rules).toContainEqual(rule('grinder', 'milk', 1, 1000, 2000, 5000));
		// filter + beans once: 1/2 of filter orders, lift 1·10/(2·6) = 0.8333.
		expect(rules).toContainEqual(rule('filter', 'beans', 1, 1000, 5000, 8333));
	});

	test.each([
		// A twice in the first order: A is in 2 of 2 orders, B in 1; A → B 1/2, lift 1·2/(2·1) = 1.
		['counts a product once per order, however many lines it has', [['A', 'A', 'B'], ['A']], [rule('B', 'A', 1, 5000, 10_000, 10_000), rule('A', 'B', 1, 5000, 5000, 10_000)]],
		['an empty order still counts as an order', [['A', 'B'], []], [rule('A', 'B', 1, 5000, 10_000, 20_000), rule('B', 'A', 1, 5000, 10_000, 20_000)]],
		['no orders, no rules', [], []],
		['orders of one product make no pairs', [['A'], ['B'], ['A']], []],
	])('%s', (_, baskets, rules) => {
		expect(mineAssociationRules(baskets, { minSupportBp: 0, minConfidenceBp: 0, minLiftBp: 0 })).toEqual(rules);
	});

	test('reads the baskets once, so a generator will do', () => {
		function* baskets() {
			yield* TINY_BASKETS;
		}
		expect(mineAssociationRules(baskets(), { minSupportBp: 2000, minConfidenceBp: 0, minLiftBp: 10_000 })).toEqual([CUPS_MILK, MILK_CUPS, GRINDER_BEANS, BEANS_GRINDER]);
	});

	test('rounds each figure half up from the counts', () => {
		// 3 orders: X in 3, Y in 2, X + Y in 2. X → Y: support 2/3 = 6666.7 → 6667, confidence 6667, lift 2·3/(3·2) = 1 → 10000.
		expect(mineAssociationRules([['X', 'Y'], ['X', 'Y'], ['X']], { minSupportBp: 0, minConfidenceBp: 0, minLiftBp: 0 })).toEqual([rule('Y', 'X', 2, 6667, 10_000, 10_000), rule('X', 'Y', 2, 6667, 6667, 10_000)]);
	});

	test.each([
		['minSupportBp', { minSupportBp: 10_001, minConfidenceBp: 0, minLiftBp: 0 }],
		['minSupportBp', { minSupportBp: -1, minConfidenceBp: 0, minLiftBp: 0 }],
		['minConfidenceBp', { minSupportBp: 0, minConfidenceBp: 50.5, minLiftBp: 0 }],
		['minLiftBp', { minSupportBp: 0, minConfidenceBp: 0, minLiftBp: Number.NaN }],
		['maxRules', { minSupportBp: 0, minConfidenceBp: 0, minLiftBp: 0, maxRules: 0 }],
	])('refuses a bad %s', (field, thresholds) => {
		expect(() => mineAssociationRules(TINY_BASKETS, thresholds)).toThrowError(expect.objectContaining({ code: 'CRM_OUT_OF_RANGE', details: { field } }));
	});
});

import { describe, expect, test } from 'vitest';
import { explainRule } from '../../../packages/crm-core/src/index.ts';
import { rule } from './tiny-baskets.ts';

describe('explainRule: a mined rule in words', () => {
	test.each([
		['whole percentages and one-decimal lifts read as such', 3400, 21_000, 'Bought together in 34 % of orders with Espresso beans (lift 2.1×)'],
		['at most one decimal of a percentage', 3456, 20_000, 'Bought together in 34.6 % of orders with Espresso beans (lift 2×)'],
		['a percentage is rounded half up to a tenth', 3455, 20_000, 'Bought together in 34.6 % of orders with Espresso beans (lift 2×)'],
		['and down below the half', 3454, 20_000, 'Bought together in 34.5 % of orders with Espresso beans (lift 2×)'],
		['a lift just above 1 keeps two decimals', 5000, 10_450, 'Bought together in 50 % of orders with Espresso beans (lift 1.05×)'],
		['a lift is rounded half up to a hundredth', 10_000, 16_667, 'Bought together in 100 % of orders with Espresso beans (lift 1.67×)'],
		['small shares keep their tenth', 5, 10_000, 'Bought together in 0.1 % of orders with Espresso beans (lift 1×)'],
	])('%s', (_, confidenceBp, liftBp, text) => {
		expect(explainRule(rule('beans', 'grinder', 10, 1000, confidenceBp, liftBp), { beans: 'Espresso beans' })).toBe(text);
	});

	test.each([
		['takes names from a Map', new Map([['beans', 'Espresso beans']]), 'Bought together in 34 % of orders with Espresso beans (lift 2.1×)'],
		['shows the id of a product without a name', {}, 'Bought together in 34 % of orders with beans (lift 2.1×)'],
		['does not take inherited properties for names', { toString: 'x' } as Record<string, string>, 'Bought together in 34 % of orders with beans (lift 2.1×)'],
	])('%s', (_, names, text) => {
		expect(explainRule(rule('beans', 'grinder', 10, 1000, 3400, 21_000), names)).toBe(text);
	});
});

import { describe, expect, test } from 'vitest';
import { CrmError, parseSegmentRule } from '../../../packages/crm-core/src/index.ts';

const refusal = (raw: unknown, target: 'customers' | 'products' = 'customers') => {
	try {
		parseSegmentRule(raw, target);
	} catch (error) {
		return error instanceof CrmError ? [error.code, error.message] : ['not a CrmError', String(error)];
	}
	return ['accepted'];
};

describe('parseSegmentRule', () => {
	test('reads a full customer rule, with defaults for match and negate, and drops repeated values', () => {
		const rule = parseSegmentRule(
			{
				conditions: [
					{ kind: 'attribute', attribute: 'status', values: ['active', 'key', 'active'] },
					{ kind: 'bought', productGroups: ['g1'], withinDays: 90 },
					{ kind: 'bought', products: ['p9'], negate: true },
					{ kind: 'revenue', withinDays: 365, atLeast: 1_000_000 },
					{ kind: 'no_order_for', days: 180 },
					{ kind: 'in_group', groups: ['vip'], negate: true },
					{ kind: 'in_segment', segments: ['s1'] },
				],
			},
			'customers',
		);
		expect(rule).toEqual({
			match: 'all',
			conditions: [
				{ kind: 'attribute', attribute: 'status', values: ['active', 'key'], negate: false },
				{ kind: 'bought', products: [], productGroups: ['g1'], withinDays: 90, negate: false },
				{ kind: 'bought', products: ['p9'], productGroups: [], withinDays: null, negate: true },
				{ kind: 'revenue', withinDays: 365, atLeast: 1_000_000, below: null },
				{ kind: 'no_order_for', days: 180 },
				{ kind: 'in_group', groups: ['vip'], negate: true },
				{ kind: 'in_segment', segments: ['s1'], negate: false },
			],
		});
	});

	test('accepts the rule as JSON text, as Directus may store it', () => {
		expect(parseSegmentRule('{"match":"any","conditions":[{"kind":"attribute","attribute":"kind","values":["service"]}]}', 'products')).toEqual({
			match: 'any',
			conditions: [{ kind: 'attribute', attribute: 'kind', values: ['service'], negate: false }],
		});
	});

	test.each([
		['not an object', 42, 'customers', 'rule: must be an object'],
		['broken JSON text', '{"match":', 'customers', 'rule: is not valid JSON.'],
		['no conditions', { match: 'all', conditions: [] }, 'customers', 'rule.conditions: name at least one condition.'],
		['an unknown match', { match: 'most', conditions: [{ kind: 'no_order_for', days: 5 }] }, 'customers', 'rule.match: must be "all" or "any".'],
		['an unknown kind', { conditions: [{ kind: 'likes' }] }, 'customers', 'rule.conditions[0].kind: must be one of attribute, in_group, in_segment, bought, revenue, no_order_for.'],
		['an attribute rules cannot test', { conditions: [{ kind: 'attribute', attribute: 'credit_limit', values: ['1'] }] }, 'customers', 'rule.conditions[0].attribute: must be one of status, category, kind, region, sales_channel, owner, country.'],
		['an attribute without values', { conditions: [{ kind: 'attribute', attribute: 'status', values: [] }] }, 'customers', 'rule.conditions[0].values: name at least one value.'],
		['values that are not texts', { conditions: [{ kind: 'in_group', groups: [1] }] }, 'customers', 'rule.conditions[0].groups: must be a list of ids or values'],
		['a purchase condition on products', { conditions: [{ kind: 'bought', products: ['p'] }] }, 'products', 'rule.conditions[0].kind: "bought" reads order history and applies to customer segments only.'],
		['bought without what', { conditions: [{ kind: 'bought', withinDays: 30 }] }, 'customers', 'rule.conditions[0]: name the products or product groups bought.'],
		['a window of zero days', { conditions: [{ kind: 'bought', products: ['p'], withinDays: 0 }] }, 'customers', 'rule.conditions[0].withinDays: must be a whole number of days from 1 to 3660, or empty for "ever".'],
		['a fractional window', { conditions: [{ kind: 'no_order_for', days: 1.5 }] }, 'customers', 'rule.conditions[0].days: must be a whole number of days from 1 to 3660.'],
		['revenue without bounds', { conditions: [{ kind: 'revenue', withinDays: 365 }] }, 'customers', 'rule.conditions[0]: give "atLeast", "below" or both.'],
		['revenue bounds the wrong way round', { conditions: [{ kind: 'revenue', withinDays: 365, atLeast: 500, below: 500 }] }, 'customers', 'rule.conditions[0].below: must be more than "atLeast".'],
		['a negative amount', { conditions: [{ kind: 'revenue', withinDays: 365, atLeast: -1 }] }, 'customers', 'rule.conditions[0].atLeast: must be an amount in the base currency, not negative.'],
		['an amount with decimals', { conditions: [{ kind: 'revenue', withinDays: 365, atLeast: 10.5 }] }, 'customers', 'rule.conditions[0].atLeast: must be an amount in the base currency, not negative.'],
		['negate that is not a boolean', { conditions: [{ kind: 'in_segment', segments: ['s'], negate: 'yes' }] }, 'customers', 'rule.conditions[0].negate: must be true or false.'],
		['too many conditions', { conditions: Array.from({ length: 21 }, () => ({ kind: 'no_order_for', days: 1 })) }, 'customers', 'rule.conditions: at most 20 conditions.'],
	])('refuses %s with CRM_SEGMENT_RULE_INVALID and the part to fix', (_name, raw, target, message) => {
		const [code, text] = refusal(raw, target as 'customers' | 'products');
		expect(code).toBe('CRM_SEGMENT_RULE_INVALID');
		expect(text).toContain(message);
	});
});

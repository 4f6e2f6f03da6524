import { describe, expect, test } from 'vitest';

const G1 = '0b5c7a34-9d1e-4c2f-8a6b-1e2d3c4b5a61';
const P9 = '1c6d8b45-ae2f-4d30-9b7c-2f3e4d5c6b72';
const VIP = '2d7e9c56-bf30-4e41-8c8d-304f5e6d7c83';
const S1 = '3e8fad67-c041-4f52-9d9e-41506f7e8d94';
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
					{ kind: 'bought', productGroups: [G1], withinDays: 90 },
					{ kind: 'bought', products: [P9], negate: true },
					{ kind: 'revenue', withinDays: 365, atLeast: 1_000_000 },
					{ kind: 'no_order_for', days: 180 },
					{ kind: 'in_group', groups: [VIP], negate: true },
					{ kind: 'in_segment', segments: [S1] },
				],
			},
			'customers',
		);
		expect(rule).toEqual({
			match: 'all',
			conditions: [
				{ kind: 'attribute', attribute: 'status', values: ['active', 'key'], negate: false },
				{ kind: 'bought', products: [], productGroups: [G1], withinDays: 90, negate: false },
				{ kind: 'bought', products: [P9], productGroups: [], withinDays: null, negate: true },
				{ kind: 'revenue', withinDays: 365, atLeast: 1_000_000, below: null },
				{ kind: 'no_order_for', days: 180 },
				{ kind: 'in_group', groups: [VIP], negate: true },
				{ kind: 'in_segment', segments: [S1], negate: false },
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
		['a purchase condition on products', { conditions: [{ kind: 'bought', products: [P9] }] }, 'products', 'rule.conditions[0].kind: "bought" reads order history and applies to customer segments only.'],
		['bought without what', { conditions: [{ kind: 'bought', withinDays: 30 }] }, 'customers', 'rule.conditions[0]: name the products or product groups bought.'],
		['a window of zero days', { conditions: [{ kind: 'bought', products: [P9], withinDays: 0 }] }, 'customers', 'rule.conditions[0].withinDays: must be a whole number of days from 1 to 3660, or empty for "ever".'],
		['a fractional window', { conditions: [{ kind: 'no_order_for', days: 1.5 }] }, 'customers', 'rule.conditions[0].days: must be a whole number of days from 1 to 3660.'],
		['revenue without bounds', { conditions: [{ kind: 'revenue', withinDays: 365 }] }, 'customers', 'rule.conditions[0]: give "atLeast", "below" or both.'],
		['revenue bounds the wrong way round', { conditions: [{ kind: 'revenue', withinDays: 365, atLeast: 500, below: 500 }] }, 'customers', 'rule.conditions[0].below: must be more than "atLeast".'],
		['a negative amount', { conditions: [{ kind: 'revenue', withinDays: 365, atLeast: -1 }] }, 'customers', 'rule.conditions[0].atLeast: must be an amount in the base currency, not negative.'],
		['an amount with decimals', { conditions: [{ kind: 'revenue', withinDays: 365, atLeast: 10.5 }] }, 'customers', 'rule.conditions[0].atLeast: must be an amount in the base currency, not negative.'],
		['a status that does not exist', { conditions: [{ kind: 'attribute', attribute: 'status', values: ['actve'] }] }, 'customers', 'rule.conditions[0].values: "actve" is not one of prospect, active, key, blocked, lost.'],
		['a customer kind on products', { conditions: [{ kind: 'attribute', attribute: 'kind', values: ['person'] }] }, 'products', 'rule.conditions[0].values: "person" is not one of goods, service.'],
		['a region that is not an id', { conditions: [{ kind: 'attribute', attribute: 'region', values: ['North'] }] }, 'customers', 'rule.conditions[0].values: "North" is not a record id (a UUID).'],
		['a country in lower case', { conditions: [{ kind: 'attribute', attribute: 'country', values: ['de'] }] }, 'customers', 'rule.conditions[0].values: "de" is not a country code: two capital letters, e.g. DE.'],
		['a product group that is not an id', { conditions: [{ kind: 'bought', productGroups: ['Fasteners'] }] }, 'customers', 'rule.conditions[0].productGroups: "Fasteners" is not a record id (a UUID).'],
		['negate that is not a boolean', { conditions: [{ kind: 'in_segment', segments: [S1], negate: 'yes' }] }, 'customers', 'rule.conditions[0].negate: must be true or false.'],
		['a property a condition does not take', { conditions: [{ kind: 'revenue', withinDays: 30, atLeast: 1, negate: true }] }, 'customers', 'rule.conditions[0].negate: is not part of a "revenue" condition, which takes withinDays, atLeast, below.'],
		['a property a rule does not take', { match: 'all', conditions: [{ kind: 'no_order_for', days: 3 }], limit: 5 }, 'customers', 'rule.limit: is not part of a rule, which takes match and conditions.'],
		['too many conditions', { conditions: Array.from({ length: 21 }, () => ({ kind: 'no_order_for', days: 1 })) }, 'customers', 'rule.conditions: at most 20 conditions.'],
	])('refuses %s with CRM_SEGMENT_RULE_INVALID and the part to fix', (_name, raw, target, message) => {
		const [code, text] = refusal(raw, target as 'customers' | 'products');
		expect(code).toBe('CRM_SEGMENT_RULE_INVALID');
		expect(text).toContain(message);
	});
});

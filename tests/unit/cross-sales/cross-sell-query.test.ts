import { describe, expect, test } from 'vitest';
import { CrmError, parseCrossSellQuery, parseCrossSellRulesQuery } from '../../../packages/crm-core/src/index.ts';
import { crossSellThresholds } from '../../../packages/crm-directus/src/cross-sales/cross-sell-rules.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function refusal(run: () => unknown): [string, unknown] {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(CrmError);
		return [(e as CrmError).code, (e as CrmError).details['parameter']];
	}
	throw new Error('not refused');
}

describe('parseCrossSellQuery: what GET /crm/cross-sell is asked for', () => {
	test.each([
		['a proposal', { quote: A }, { target: { kind: 'quote', id: A }, limit: 10 }],
		['an order, with a limit', { order: B, limit: '3' }, { target: { kind: 'order', id: B }, limit: 3 }],
		['products, repeats and spaces dropped', { products: `${A}, ${B},${A}` }, { target: { kind: 'products', ids: [A, B] }, limit: 10 }],
		['an empty limit is the default', { quote: A, limit: '' }, { target: { kind: 'quote', id: A }, limit: 10 }],
		['the largest limit', { quote: A, limit: '50' }, { target: { kind: 'quote', id: A }, limit: 50 }],
	])('%s', (_, raw, expected) => {
		expect(parseCrossSellQuery(raw)).toEqual(expected);
	});

	test.each([
		['nothing asked', {}, 'quote'],
		['two things at once', { quote: A, order: B }, 'order'],
		['a proposal id that is not a UUID', { quote: '42' }, 'quote'],
		['an order id given twice', { order: [A, B] }, 'order'],
		['a product that is not a UUID', { products: `${A},x` }, 'products'],
		['only commas', { products: ',,' }, 'products'],
		['too many products', { products: Array.from({ length: 201 }, (_, i) => `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`).join(',') }, 'products'],
		['a limit of 0', { quote: A, limit: '0' }, 'limit'],
		['a limit above 50', { quote: A, limit: '51' }, 'limit'],
		['a fractional limit', { quote: A, limit: '2.5' }, 'limit'],
		['a negative limit', { quote: A, limit: '-1' }, 'limit'],
	])('refuses %s with CRM_INVALID_QUERY', (_, raw, parameter) => {
		expect(refusal(() => parseCrossSellQuery(raw))).toEqual(['CRM_INVALID_QUERY', parameter]);
	});
});

describe('parseCrossSellRulesQuery and the mining minimums', () => {
	test('limit: 20 unless given, at most 500', () => {
		expect(parseCrossSellRulesQuery({})).toEqual({ limit: 20 });
		expect(parseCrossSellRulesQuery({ limit: '500' })).toEqual({ limit: 500 });
		expect(refusal(() => parseCrossSellRulesQuery({ limit: '501' }))).toEqual(['CRM_INVALID_QUERY', 'limit']);
	});

	test('minimums from the environment, with defaults', () => {
		expect(crossSellThresholds({})).toEqual({ minSupportBp: 20, minConfidenceBp: 2000, minLiftBp: 12_000, maxRules: 10_000 });
		expect(crossSellThresholds({ CRM_CROSS_SELL_MIN_SUPPORT_BP: '50', CRM_CROSS_SELL_MIN_CONFIDENCE_BP: '3000', CRM_CROSS_SELL_MIN_LIFT_BP: '10000', CRM_CROSS_SELL_MAX_RULES: '100' })).toEqual({ minSupportBp: 50, minConfidenceBp: 3000, minLiftBp: 10_000, maxRules: 100 });
		expect(() => crossSellThresholds({ CRM_CROSS_SELL_MIN_LIFT_BP: 'high' })).toThrow(/CRM_CROSS_SELL_MIN_LIFT_BP/);
	});
});

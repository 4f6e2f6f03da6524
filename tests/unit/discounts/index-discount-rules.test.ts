import { describe, expect, test } from 'vitest';
import { type DiscountRule, indexDiscountRules, isDiscountRuleIndex } from '../../../packages/crm-core/src/discounts/index.ts';
import { acme, gadget, rule, widget } from './discount-fixtures.ts';

const codes = (rules: readonly DiscountRule[]) => rules.map((r) => r.code);

describe('indexDiscountRules', () => {
	const rules = [
		rule({ code: 'WIDGET', conditions: { productIds: ['widget'], customerIds: ['bolt'] } }),
		rule({ code: 'GADGET', conditions: { productIds: ['gadget'] } }),
		rule({ code: 'TOOLS', conditions: { productGroupIds: ['hand-tools', 'tools'] } }),
		rule({ code: 'DIY', conditions: { productSegmentIds: ['diy'] } }),
		rule({ code: 'ACME', conditions: { customerIds: ['acme'] } }),
		rule({ code: 'BOLT', conditions: { customerIds: ['bolt'] } }),
		rule({ code: 'RETAIL', conditions: { customerGroupIds: ['retail', 'vip'] } }),
		rule({ code: 'EVERYONE', priority: 1 }),
		rule({ code: 'OLD', active: false, priority: 1 }),
		rule({ code: 'ORDER-TOOLS', conditions: { productGroupIds: ['tools'] }, effect: { kind: 'order_percent', bp: 500 } }),
		rule({ code: 'ORDER-BOLT', conditions: { customerIds: ['bolt'] }, effect: { kind: 'order_percent', bp: 500 } }),
	];
	const index = indexDiscountRules(rules);

	test("finds a line's rules through its product, groups, segments, customer and the generic ones, each once, by priority then code", () => {
		expect(codes(index.lineCandidates(widget, acme))).toEqual(['EVERYONE', 'OLD', 'ACME', 'DIY', 'RETAIL', 'TOOLS', 'WIDGET']);
		expect(codes(index.lineCandidates(gadget, { ...acme, id: 'bolt', groupIds: [] }))).toEqual(['EVERYONE', 'OLD', 'BOLT', 'GADGET']);
	});

	test('keeps order rules apart, found by customer only, whatever their product conditions', () => {
		expect(codes(index.orderCandidates(acme))).toEqual(['ORDER-TOOLS']);
		expect(codes(index.orderCandidates({ ...acme, id: 'bolt' }))).toEqual(['ORDER-BOLT', 'ORDER-TOOLS']);
		expect(codes(index.lineCandidates(widget, acme))).not.toContain('ORDER-TOOLS');
	});

	test('gives the same candidates whatever the order of the rules', () => {
		const reversed = indexDiscountRules([...rules].reverse());
		expect(reversed.lineCandidates(widget, acme)).toEqual(index.lineCandidates(widget, acme));
		expect(reversed.rules).toEqual(index.rules);
	});

	test('returns fresh arrays, so a caller cannot change the index', () => {
		index.lineCandidates(widget, acme).pop();
		index.orderCandidates(acme).pop();
		expect(index.lineCandidates(widget, acme)).toHaveLength(7);
		expect(index.orderCandidates(acme)).toHaveLength(1);
	});

	test('keeps a line to its own few rules among thousands of product rules', () => {
		const many = Array.from({ length: 5000 }, (_, i) => rule({ code: `P${i}`, conditions: { productIds: [`p${i % 1000}`] } }));
		const big = indexDiscountRules([...many, rule({ code: 'EVERYONE' })]);
		const candidates = big.lineCandidates({ ...widget, id: 'p7', groupIds: [], segmentIds: [] }, acme);
		expect(codes(candidates)).toEqual(['EVERYONE', 'P1007', 'P2007', 'P3007', 'P4007', 'P7']);
	});

	test('is told apart from an array of rules', () => {
		expect(isDiscountRuleIndex(index)).toBe(true);
		expect(isDiscountRuleIndex(rules)).toBe(false);
		expect(isDiscountRuleIndex(null)).toBe(false);
	});
});

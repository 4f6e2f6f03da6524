import { describe, expect, test } from 'vitest';
import { priceBasket, type PricingResult } from '../../../packages/crm-core/src/discounts/index.ts';
import { line, offer, promo, request, rule, widget } from './discount-fixtures.ts';

/** Line rules that apply, are capped, fail a condition or lack a code, and an order rule over two lines. */
function tracedResult(): PricingResult {
	const rules = [
		rule({ code: 'TEN', priority: 1 }),
		rule({ code: 'HALF', priority: 2, effect: { kind: 'percent', bp: 5000 } }),
		rule({ code: 'BIG', priority: 3, conditions: { minQuantityMilli: 50_000 } }),
		rule({ code: 'SPRING-CODE', priority: 4, offerId: 'spring', conditions: { requiresCode: true } }),
		rule({ code: 'ORDER1', currency: 'EUR', effect: { kind: 'order_amount', amount: 100 } }),
	];
	const policy = { maxLineDiscountBp: 3000, maxOrderDiscountBp: 10_000, minMarginBp: 0 };
	return priceBasket(request({ lines: [line(), line({ product: { ...widget, id: 'other' }, quantityMilli: 1000 })], rules, policy, offers: [offer()], promoCodes: [promo()] }));
}

describe('priceBasket: traces written when read', () => {
	test('a trace reads as plain entries with their details, and stays the same array once read', () => {
		const result = tracedResult();
		const trace = result.lines[0]!.trace;
		expect(trace.map((e) => [e.code, e.outcome, e.amount, e.uncappedAmount])).toEqual([
			['TEN', 'applied', 1200, undefined],
			['HALF', 'capped', 2400, 5400],
			['BIG', 'condition_failed', 0, undefined],
			['SPRING-CODE', 'code_missing', 0, undefined],
			['ORDER1', 'applied', 91, undefined],
		]);
		expect(trace[1]?.detail).toBe('50 % off 108.00 EUR = 54.00 EUR; capped at the 30 % line cap: 24.00 EUR instead of 54.00 EUR');
		expect(Object.keys(trace[1]!)).toEqual(['ruleId', 'code', 'name', 'level', 'outcome', 'amount', 'detail', 'uncappedAmount']);
		expect(result.lines[0]!.trace).toBe(trace);
		expect(result.orderTrace).toBe(result.orderTrace);
	});

	test('JSON, spreads and copies see the traces as ordinary properties, in their place', () => {
		const result = tracedResult();
		const json = JSON.parse(JSON.stringify(result)) as PricingResult;
		expect(Object.keys(json)).toEqual(['currency', 'date', 'lines', 'listTotal', 'discountTotal', 'netTotal', 'orderTrace', 'codes', 'offers', 'approvalRequired']);
		expect(json.lines[1]?.trace.map((e) => e.detail)).toEqual(tracedResult().lines[1]?.trace.map((e) => e.detail));
		expect(json.orderTrace).toEqual([
			{ ruleId: 'order1', code: 'ORDER1', name: 'Rule ORDER1', level: 'order', outcome: 'applied', amount: 100, detail: "1.00 EUR off the matching lines' 92.40 EUR" },
		]);
		expect({ ...tracedResult().lines[0]! }.trace).toHaveLength(5);
		expect(structuredClone(tracedResult())).toEqual(json);
	});

	test('a trace can be replaced like any property', () => {
		const result = tracedResult();
		result.lines[0]!.trace = [];
		result.orderTrace = [];
		expect([result.lines[0]!.trace, result.orderTrace, JSON.parse(JSON.stringify(result)).lines[0].trace]).toEqual([[], [], []]);
	});
});

describe('priceBasket: traces of results kept in a proxy or frozen', () => {
	test('a proxy of a line reads its trace', () => {
		const result = tracedResult();
		const proxy = new Proxy(result.lines[0]!, {});
		expect(proxy.trace.map((e) => e.code)).toEqual(['TEN', 'HALF', 'BIG', 'SPRING-CODE', 'ORDER1']);
		expect(result.lines[0]!.trace).toBe(proxy.trace);
	});

	test('a frozen result still reads its traces, the same each time', () => {
		const result = Object.freeze(tracedResult());
		const frozenLine = Object.freeze(result.lines[1]!);
		expect(frozenLine.trace).toHaveLength(5);
		expect(frozenLine.trace).toBe(frozenLine.trace);
		expect(result.orderTrace.map((e) => e.code)).toEqual(['ORDER1']);
	});
});

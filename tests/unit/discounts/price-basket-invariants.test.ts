import { describe, expect, it, test } from 'vitest';
import { applyBasisPoints } from '../../../packages/crm-core/src/money/apply-rate.ts';
import { CrmError } from '../../../packages/crm-core/src/errors/crm-error.ts';
import {
	type BasketLine,
	type DiscountRule,
	indexDiscountRules,
	type PricingRequest,
	type PricingResult,
	priceBasket,
	type ProductFacts,
} from '../../../packages/crm-core/src/discounts/index.ts';
import { acme, gadget, line, offer, promo, request, rule, widget } from './discount-fixtures.ts';

/** A small deterministic random generator (LCG), so failures can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

function pick<T>(next: () => number, items: readonly T[]): T {
	return items[Math.floor(next() * items.length)]!;
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

const products: ProductFacts[] = [widget, gadget, { ...widget, id: 'hammer', unitCost: 700 }, { ...gadget, id: 'drone', unitCost: 30_000 }];

/** Every kind of rule, at the same and at different priorities, with offers, codes and conditions. */
const richRules: DiscountRule[] = [
	rule({ code: 'TEN', priority: 10 }),
	rule({ code: 'RETAIL5', priority: 10, conditions: { customerGroupIds: ['retail'] }, effect: { kind: 'percent', bp: 500 } }),
	rule({ code: 'WIDGET-FIX', priority: 20, currency: 'EUR', conditions: { productIds: ['widget'] }, effect: { kind: 'fixed_price', unitPrice: 1000 } }),
	rule({ code: 'TOOLS-BEST-A', priority: 30, combination: 'best_of', combinationGroup: 'tools', conditions: { productGroupIds: ['tools'] }, effect: { kind: 'percent', bp: 700 } }),
	rule({ code: 'TOOLS-BEST-B', priority: 30, combination: 'best_of', combinationGroup: 'tools', currency: 'EUR', conditions: { productGroupIds: ['tools'] }, effect: { kind: 'amount_per_unit', amount: 80 } }),
	rule({ code: 'FREE', priority: 40, conditions: { productSegmentIds: ['pro'] }, effect: { kind: 'free_units', buyMilli: 2000, freeMilli: 1000 } }),
	rule({ code: 'CLEAR', priority: 5, combination: 'exclusive', conditions: { productIds: ['drone'], minQuantityMilli: 5000 }, effect: { kind: 'percent', bp: 2500 } }),
	rule({ code: 'SPRING-CODE', priority: 50, offerId: 'spring', conditions: { requiresCode: true }, effect: { kind: 'percent', bp: 300 } }),
	rule({ code: 'THURSDAY', priority: 60, conditions: { weekdays: [4] }, effect: { kind: 'percent', bp: 200 } }),
	rule({ code: 'MONDAY', priority: 60, conditions: { weekdays: [1] }, effect: { kind: 'percent', bp: 200 } }),
	rule({ code: 'OLD', priority: 70, active: false }),
	rule({ code: 'ORDER5', priority: 10, effect: { kind: 'order_percent', bp: 500 } }),
	rule({ code: 'ORDER-TOOLS', priority: 20, currency: 'EUR', conditions: { productGroupIds: ['tools'] }, effect: { kind: 'order_amount', amount: 1999 } }),
	rule({ code: 'ORDER-BIG', priority: 30, currency: 'EUR', combination: 'best_of', combinationGroup: 'big', conditions: { minOrderAmount: 50_000 }, effect: { kind: 'order_amount', amount: 5000 } }),
];

function randomLine(next: () => number): BasketLine {
	const manual = next() < 0.3 ? pick(next, [300, 1000, 2500, 6000]) : 0;
	return line({
		product: pick(next, products),
		quantityMilli: pick(next, [1000, 2500, 3000, 7000, 10_000, 48_000]),
		listUnitPrice: pick(next, [0, 1, 99, 1234, 1999, 35_000]),
		manualDiscountBp: manual,
		approvedDiscountBp: pick(next, [0, 1000, 3000]),
		belowFloorApproved: next() < 0.2,
	});
}

function randomRequest(seed: number): PricingRequest {
	const next = random(seed);
	return request({
		lines: Array.from({ length: 1 + Math.floor(next() * 6) }, () => randomLine(next)),
		rules: richRules,
		codes: next() < 0.5 ? ['spring10'] : [],
		offers: [offer({ maxQuantityMilli: pick(next, [null, 5000, 50_000]) })],
		promoCodes: [promo()],
		policy: { maxLineDiscountBp: pick(next, [1000, 3000, 10_000]), maxOrderDiscountBp: pick(next, [1500, 4000, 10_000]), minMarginBp: pick(next, [0, 500, 2000]) },
	});
}

function checkInvariants(req: PricingRequest, result: PricingResult): void {
	expect(result.lines.reduce((sum, l) => sum + l.netAmount, 0)).toBe(result.netTotal);
	expect(result.netTotal + result.discountTotal).toBe(result.listTotal);
	const orderCap = applyBasisPoints(result.listTotal, req.policy.maxOrderDiscountBp, 'down');
	let orderLevel = 0;
	for (const l of result.lines) {
		expect(l.netAmount).toBe(l.listAmount - l.discountAmount);
		expect(l.netAmount).toBeGreaterThanOrEqual(0);
		expect(l.discounts.reduce((sum, d) => sum + d.amount, 0)).toBe(l.discountAmount);
		expect(l.discounts.every((d) => d.amount > 0)).toBe(true);
		const automatic = l.discounts.filter((d) => d.kind !== 'manual' && d.level === 'line').reduce((sum, d) => sum + d.amount, 0);
		expect(automatic).toBeLessThanOrEqual(applyBasisPoints(l.listAmount, req.policy.maxLineDiscountBp, 'down'));
		orderLevel += l.discounts.filter((d) => d.level === 'order').reduce((sum, d) => sum + d.amount, 0);
		// Only a person's manual discount may take a line below its floor.
		if (l.floorAmount !== null && !l.discounts.some((d) => d.kind === 'manual')) expect(l.netAmount).toBeGreaterThanOrEqual(Math.min(l.floorAmount, l.listAmount));
		for (const entry of [...l.trace, ...result.orderTrace]) {
			expect(entry.detail).not.toBe('');
			if (!['applied', 'capped', 'margin_floor'].includes(entry.outcome)) expect(entry.amount).toBe(0);
		}
		const lineLevel = l.trace.filter((entry) => entry.level === 'line').map((entry) => entry.ruleId);
		expect(new Set(lineLevel).size).toBe(lineLevel.length);
	}
	if (orderLevel > 0) expect(result.discountTotal).toBeLessThanOrEqual(Math.max(orderCap, result.discountTotal - orderLevel));
	expect(result.approvalRequired).toBe(result.lines.some((l) => l.approvalReasons.length > 0));
}

describe('priceBasket: invariants', () => {
	it.each(Array.from({ length: 60 }, (_, i) => i + 1))('basket %i adds up to the cent and respects caps and floors', (seed) => {
		const req = randomRequest(seed);
		checkInvariants(req, priceBasket(req));
	});

	test('an empty basket costs nothing', () => {
		expect(priceBasket(request({ lines: [], rules: richRules }))).toMatchObject({ lines: [], listTotal: 0, discountTotal: 0, netTotal: 0, approvalRequired: false });
	});
});

describe('priceBasket: determinism', () => {
	it.each([1, 2, 3, 4, 5])('gives the same result whatever the order of the rules (shuffle %i)', (seed) => {
		const req = randomRequest(seed * 101);
		const expected = priceBasket(req);
		const next = random(seed);
		for (let i = 0; i < 5; i++) expect(priceBasket({ ...req, rules: shuffled(richRules, next) })).toEqual(expected);
	});

	test('an index built once gives the same result as the array of rules', () => {
		const req = randomRequest(7);
		expect(priceBasket({ ...req, rules: indexDiscountRules(richRules) })).toEqual(priceBasket(req));
	});

	test('pricing twice with the same index gives the same result', () => {
		const req = { ...randomRequest(8), rules: indexDiscountRules(richRules) };
		expect(priceBasket(req)).toEqual(priceBasket(req));
	});
});

describe('priceBasket: every candidate is explained, not just the winner', () => {
	test('each rule that could apply to the line has an entry with its reason', () => {
		const result = priceBasket(request({ lines: [line({ product: products[2]!, quantityMilli: 3000 })], rules: richRules, codes: [], offers: [offer()], promoCodes: [promo()] }));
		// Hammer (tools, diy, cost 7.00), 3 units at 12.00 = 36.00 EUR.
		expect(result.lines[0]?.trace.map((e) => [e.code, e.level, e.outcome, e.amount])).toEqual([
			['RETAIL5', 'line', 'applied', 180],
			['TEN', 'line', 'applied', 342],
			['TOOLS-BEST-A', 'line', 'applied', 215],
			['TOOLS-BEST-B', 'line', 'not_best', 0],
			['SPRING-CODE', 'line', 'code_missing', 0],
			['MONDAY', 'line', 'wrong_weekday', 0],
			['THURSDAY', 'line', 'applied', 57],
			['OLD', 'line', 'inactive', 0],
			['ORDER5', 'order', 'applied', 140],
			['ORDER-TOOLS', 'order', 'margin_floor', 566],
		]);
		expect(result.lines[0]?.trace.map((e) => e.detail)).toEqual([
			'5 % off 36.00 EUR = 1.80 EUR',
			'10 % off 34.20 EUR = 3.42 EUR',
			'7 % off 30.78 EUR = 2.15 EUR',
			'best of group tools: TOOLS-BEST-A gives 2.52 EUR, this rule 2.40 EUR',
			'needs a promo code of offer SPRING (Spring tools)',
			'only on Monday; 2026-03-05 is a Thursday',
			'2 % off 28.63 EUR = 0.57 EUR',
			'the rule is inactive',
			"this line's share: 1.40 EUR of 1.40 EUR (5 % off the matching lines' 28.06 EUR = 1.40 EUR)",
			"this line's share: 5.66 EUR of 5.66 EUR (19.99 EUR off the matching lines' 26.66 EUR; 14.33 EUR would take lines below cost plus margin: 5.66 EUR instead of 19.99 EUR); held at cost (21.00 EUR)",
		]);
		expect(result.orderTrace.map((e) => [e.code, e.outcome, e.amount])).toEqual([
			['ORDER5', 'applied', 140],
			['ORDER-TOOLS', 'margin_floor', 566],
			['ORDER-BIG', 'condition_failed', 0],
		]);
		expect(result.lines[0]?.netAmount).toBe(2100);
	});
});

describe('priceBasket: request checks', () => {
	const bad = (lineOverrides: Partial<BasketLine>): Partial<PricingRequest> => ({ lines: [line(), line(lineOverrides)] });
	it.each([
		['currency', { currency: 'eur' }, 'CRM_INVALID_CURRENCY', 'currency'],
		['date', { date: '2026-02-30' }, 'CRM_INVALID_FORMAT', 'date'],
		['zero quantity', bad({ quantityMilli: 0 }), 'CRM_INVALID_QUANTITY', 'lines[1].quantityMilli'],
		['fractional thousandths', bad({ quantityMilli: 1.5 }), 'CRM_INVALID_QUANTITY', 'lines[1].quantityMilli'],
		['negative list price', bad({ listUnitPrice: -1 }), 'CRM_INVALID_AMOUNT', 'lines[1].listUnitPrice'],
		['negative cost', bad({ product: { ...widget, unitCost: -5 } }), 'CRM_INVALID_AMOUNT', 'lines[1].product.unitCost'],
		['manual discount above 100 %', bad({ manualDiscountBp: 10_001 }), 'CRM_OUT_OF_RANGE', 'lines[1].manualDiscountBp'],
		['approved discount below 0', bad({ approvedDiscountBp: -1 }), 'CRM_OUT_OF_RANGE', 'lines[1].approvedDiscountBp'],
		['line cap', { policy: { maxLineDiscountBp: 10_001, maxOrderDiscountBp: 0, minMarginBp: 0 } }, 'CRM_OUT_OF_RANGE', 'policy.maxLineDiscountBp'],
		['margin', { policy: { maxLineDiscountBp: 0, maxOrderDiscountBp: 0, minMarginBp: -1 } }, 'CRM_OUT_OF_RANGE', 'policy.minMarginBp'],
	] as const)('refuses a bad %s with details.field', (_, overrides, code, field) => {
		let error: unknown;
		try {
			priceBasket(request({ customer: acme, ...overrides }));
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(CrmError);
		expect(error).toMatchObject({ code, details: { field } });
	});
});

import { describe, expect, it, test } from 'vitest';
import { type DiscountEffect, type PricingPolicy, priceBasket } from '../../../packages/crm-core/src/discounts/index.ts';
import { line, outcomes, request, rule, traceOf, widget } from './discount-fixtures.ts';

const policy = (overrides: Partial<PricingPolicy>): PricingPolicy => ({ maxLineDiscountBp: 10_000, maxOrderDiscountBp: 10_000, minMarginBp: 0, ...overrides });

describe('priceBasket: what each effect gives (10 units at 12.00 EUR = 120.00 EUR)', () => {
	it.each<[string, DiscountEffect, number, string, number, string]>([
		['percent', { kind: 'percent', bp: 1000 }, 10_000, 'applied', 1200, '10 % off 120.00 EUR = 12.00 EUR'],
		['percent with a fraction', { kind: 'percent', bp: 1250 }, 10_000, 'applied', 1500, '12.5 % off 120.00 EUR = 15.00 EUR'],
		['amount per unit', { kind: 'amount_per_unit', amount: 150 }, 10_000, 'applied', 1500, '1.50 EUR off each of 10 units = 15.00 EUR'],
		['amount per unit, at most the line', { kind: 'amount_per_unit', amount: 2000 }, 10_000, 'applied', 12_000, "20.00 EUR off each of 10 units = 200.00 EUR, limited to the line's 120.00 EUR"],
		['fixed price below the price', { kind: 'fixed_price', unitPrice: 900 }, 10_000, 'applied', 3000, 'fixed price 9.00 EUR per unit × 10 = 90.00 EUR instead of 120.00 EUR = 30.00 EUR off'],
		['fixed price above the price', { kind: 'fixed_price', unitPrice: 1300 }, 10_000, 'no_effect', 0, 'fixed price 13.00 EUR per unit × 10 = 130.00 EUR, not below the current 120.00 EUR'],
		['buy 2 get 1 free', { kind: 'free_units', buyMilli: 2000, freeMilli: 1000 }, 10_000, 'applied', 3600, 'buy 2 get 1 free: 3 of 10 units free = 36.00 EUR off 120.00 EUR'],
		['buy 1 get 0.5 free on 2.5 units', { kind: 'free_units', buyMilli: 1000, freeMilli: 500 }, 2500, 'applied', 600, 'buy 1 get 0.5 free: 0.5 of 2.5 units free = 6.00 EUR off 30.00 EUR'],
		['buy 2 get 1 free on 2 units', { kind: 'free_units', buyMilli: 2000, freeMilli: 1000 }, 2000, 'condition_failed', 0, 'needs at least 3 units (buy 2, get 1 free), the line has 2'],
	])('%s', (_, effect, quantityMilli, outcome, amount, detail) => {
		const result = priceBasket(request({ lines: [line({ quantityMilli })], rules: [rule({ code: 'R', currency: 'EUR', effect })] }));
		expect(traceOf(result, 'R')).toMatchObject({ outcome, amount, detail });
		expect(result.lines[0]).toMatchObject({ discountAmount: amount, netAmount: result.lines[0]!.listAmount - amount });
	});

	test('buy X get Y follows the discounts applied before it, rounded half-up', () => {
		// 3 units at 3.35 = 10.05; 10 % off = 1.01 (1.005 half-up) → 9.04; one of three units free: 9.04 / 3 = 3.0133 → 3.01.
		const rules = [rule({ code: 'A', priority: 1 }), rule({ code: 'FREE', priority: 2, effect: { kind: 'free_units', buyMilli: 2000, freeMilli: 1000 } })];
		const result = priceBasket(request({ lines: [line({ quantityMilli: 3000, listUnitPrice: 335 })], rules }));
		expect(outcomes(result)).toEqual([
			['A', 'applied', 101],
			['FREE', 'applied', 301],
		]);
	});
});

describe('priceBasket: combining line rules', () => {
	test('an exclusive rule supersedes every other eligible rule', () => {
		const rules = [
			rule({ code: 'LOYAL', priority: 10 }),
			rule({ code: 'GROUPED', priority: 20, combination: 'best_of', combinationGroup: 'g', effect: { kind: 'percent', bp: 500 } }),
			rule({ code: 'CLEARANCE', priority: 50, combination: 'exclusive', effect: { kind: 'percent', bp: 3000 } }),
			rule({ code: 'ZZ-EXCL', priority: 60, combination: 'exclusive', effect: { kind: 'percent', bp: 4000 } }),
		];
		const result = priceBasket(request({ rules }));
		expect(outcomes(result)).toEqual([
			['LOYAL', 'superseded', 0],
			['GROUPED', 'superseded', 0],
			['CLEARANCE', 'applied', 3600],
			['ZZ-EXCL', 'superseded', 0],
		]);
		expect(traceOf(result, 'LOYAL')).toMatchObject({ supersededBy: 'CLEARANCE', detail: 'superseded by exclusive rule CLEARANCE' });
	});

	test('an exclusive rule that does not apply leaves the others alone', () => {
		const rules = [rule({ code: 'LOYAL', priority: 10 }), rule({ code: 'CLEARANCE', combination: 'exclusive', conditions: { minQuantityMilli: 50_000 } })];
		expect(outcomes(priceBasket(request({ rules })))).toEqual([
			['LOYAL', 'applied', 1200],
			['CLEARANCE', 'condition_failed', 0],
		]);
	});

	test('best-of keeps the largest discount of its group; a tie goes to the better priority', () => {
		const rules = [
			rule({ code: 'L5', priority: 10, combination: 'best_of', combinationGroup: 'loyalty', effect: { kind: 'percent', bp: 500 } }),
			rule({ code: 'L15', priority: 20, currency: 'EUR', combination: 'best_of', combinationGroup: 'loyalty', effect: { kind: 'amount_per_unit', amount: 150 } }),
			rule({ code: 'L12', priority: 30, combination: 'best_of', combinationGroup: 'loyalty', effect: { kind: 'percent', bp: 1250 } }),
			rule({ code: 'SEASON', priority: 40, combination: 'best_of', combinationGroup: 'season', effect: { kind: 'percent', bp: 200 } }),
		];
		const result = priceBasket(request({ rules }));
		// L15 (15.00) then SEASON 2 % of 105.00 = 2.10.
		expect(outcomes(result)).toEqual([
			['L5', 'not_best', 0],
			['L15', 'applied', 1500],
			['L12', 'not_best', 0],
			['SEASON', 'applied', 210],
		]);
		expect(traceOf(result, 'L5')).toMatchObject({ supersededBy: 'L15', detail: 'best of group loyalty: L15 gives 15.00 EUR, this rule 6.00 EUR' });
		expect(traceOf(result, 'L12').detail).toBe('best of group loyalty: L15 gives 15.00 EUR, this rule 15.00 EUR');
	});

	test('a best-of tie at equal priority goes to the first code', () => {
		const rules = ['B', 'A'].map((code) => rule({ code, combination: 'best_of', combinationGroup: 'g' }));
		expect(outcomes(priceBasket(request({ rules })))).toEqual([
			['A', 'applied', 1200],
			['B', 'not_best', 0],
		]);
	});

	test('cumulative rules compound in priority order: 10 % then 5 % of 100.00 is 14.50 off', () => {
		const rules = [rule({ code: 'FIVE', priority: 20, effect: { kind: 'percent', bp: 500 } }), rule({ code: 'TEN', priority: 10 })];
		const result = priceBasket(request({ lines: [line({ quantityMilli: 1000, listUnitPrice: 10_000 })], rules }));
		expect(outcomes(result)).toEqual([
			['TEN', 'applied', 1000],
			['FIVE', 'applied', 450],
		]);
		expect(traceOf(result, 'FIVE').detail).toBe('5 % off 90.00 EUR = 4.50 EUR');
		expect(result.lines[0]).toMatchObject({ discountAmount: 1450, netAmount: 8550 });
	});

	test('applies the customer-group discount before the promo code when its priority is lower', () => {
		const rules = [
			rule({ code: 'CODE5', priority: 50, offerId: null, effect: { kind: 'percent', bp: 500 } }),
			rule({ code: 'RETAIL10', priority: 10, conditions: { customerGroupIds: ['retail'] } }),
		];
		expect(outcomes(priceBasket(request({ rules })))).toEqual([
			['RETAIL10', 'applied', 1200],
			['CODE5', 'applied', 540],
		]);
	});

	test('an amount before a percent gives less than a percent before the amount', () => {
		const amount = (priority: number) => rule({ code: 'MINUS10', priority, currency: 'EUR', effect: { kind: 'amount_per_unit', amount: 1000 } });
		const basket = { lines: [line({ quantityMilli: 1000, listUnitPrice: 10_000 })] };
		expect(priceBasket(request({ ...basket, rules: [amount(1), rule({ code: 'TEN', priority: 2 })] })).lines[0]?.discountAmount).toBe(1900);
		expect(priceBasket(request({ ...basket, rules: [amount(3), rule({ code: 'TEN', priority: 2 })] })).lines[0]?.discountAmount).toBe(2000);
	});
});

describe('priceBasket: the line cap', () => {
	test('reduces the rule that crosses it and gives nothing after it', () => {
		const rules = [
			rule({ code: 'A', priority: 1, effect: { kind: 'percent', bp: 2500 } }),
			rule({ code: 'B', priority: 2, effect: { kind: 'percent', bp: 1000 } }),
			rule({ code: 'C', priority: 3, effect: { kind: 'percent', bp: 500 } }),
		];
		const result = priceBasket(request({ rules, policy: policy({ maxLineDiscountBp: 3000 }) }));
		expect(outcomes(result)).toEqual([
			['A', 'applied', 3000],
			['B', 'capped', 600],
			['C', 'capped', 0],
		]);
		expect(traceOf(result, 'B')).toMatchObject({ uncappedAmount: 900, detail: '10 % off 90.00 EUR = 9.00 EUR; capped at the 30 % line cap: 6.00 EUR instead of 9.00 EUR' });
		expect(traceOf(result, 'C')).toMatchObject({ uncappedAmount: 420, detail: '5 % off 84.00 EUR = 4.20 EUR; the 30 % line cap is already reached: 0.00 EUR instead of 4.20 EUR' });
		expect(result.lines[0]?.discountAmount).toBe(3600);
	});

	test('is rounded down, so rounding never takes more than the cap', () => {
		// 30 % of 0.99 is 0.297: the cap is 0.29.
		const result = priceBasket(request({ lines: [line({ quantityMilli: 1000, listUnitPrice: 99 })], rules: [rule({ code: 'HALF', effect: { kind: 'percent', bp: 5000 } })], policy: policy({ maxLineDiscountBp: 3000 }) }));
		expect(traceOf(result, 'HALF')).toMatchObject({ outcome: 'capped', amount: 29, uncappedAmount: 50 });
	});
});

describe('priceBasket: the margin floor (cost 10.00 per unit)', () => {
	const costly = { ...widget, unitCost: 1000 };

	test('keeps automatic discounts at cost plus the minimum margin, taking back from the latest rule first', () => {
		const rules = [rule({ code: 'A', priority: 1 }), rule({ code: 'B', priority: 2, effect: { kind: 'percent', bp: 500 } })];
		const result = priceBasket(request({ lines: [line({ product: costly })], rules, policy: policy({ minMarginBp: 500 }) }));
		expect(outcomes(result)).toEqual([
			['A', 'applied', 1200],
			['B', 'margin_floor', 300],
		]);
		expect(traceOf(result, 'B')).toMatchObject({ uncappedAmount: 540, detail: '5 % off 108.00 EUR = 5.40 EUR; kept at cost plus 5 % margin (105.00 EUR): 3.00 EUR instead of 5.40 EUR' });
		expect(result.lines[0]).toMatchObject({ floorAmount: 10_500, netAmount: 10_500, approvalReasons: [] });
	});

	test('walks back over several rules', () => {
		const rules = [rule({ code: 'A', priority: 1 }), rule({ code: 'B', priority: 2 })];
		const result = priceBasket(request({ lines: [line({ product: { ...widget, unitCost: 1100 } })], rules }));
		expect(outcomes(result)).toEqual([
			['A', 'margin_floor', 1000],
			['B', 'margin_floor', 0],
		]);
		expect(traceOf(result, 'A').detail).toBe('10 % off 120.00 EUR = 12.00 EUR; kept at cost (110.00 EUR): 10.00 EUR instead of 12.00 EUR');
		expect(result.lines[0]?.netAmount).toBe(11_000);
	});

	test('gives no automatic discount when the list amount is already below the floor', () => {
		const result = priceBasket(request({ lines: [line({ product: { ...widget, unitCost: 1300 } })], rules: [rule({ code: 'A' }), rule({ code: 'B' })] }));
		expect(outcomes(result)).toEqual([
			['A', 'margin_floor', 0],
			['B', 'margin_floor', 0],
		]);
		expect(result.lines[0]).toMatchObject({ netAmount: 12_000, approvalReasons: [] });
	});

	test('keeps what the line cap left, naming both', () => {
		const result = priceBasket(request({ lines: [line({ product: costly })], rules: [rule({ code: 'A', effect: { kind: 'percent', bp: 5000 } })], policy: policy({ maxLineDiscountBp: 2000 }) }));
		expect(traceOf(result, 'A')).toMatchObject({
			outcome: 'margin_floor',
			amount: 2000,
			uncappedAmount: 6000,
			detail: '50 % off 120.00 EUR = 60.00 EUR; capped at the 20 % line cap: 24.00 EUR instead of 60.00 EUR; kept at cost (100.00 EUR): 20.00 EUR instead of 24.00 EUR',
		});
	});
});

describe('priceBasket: manual discounts and approvals', () => {
	const costly = { ...widget, unitCost: 1000 };

	test('applies the manual discount after the automatic rules, in full', () => {
		const result = priceBasket(request({ lines: [line({ manualDiscountBp: 500, approvedDiscountBp: 500 })], rules: [rule({ code: 'A' })] }));
		expect(result.lines[0]?.discounts).toEqual([
			{ ruleId: 'a', code: 'A', kind: 'percent', level: 'line', offerId: null, amount: 1200 },
			{ ruleId: null, code: 'MANUAL', kind: 'manual', level: 'line', offerId: null, amount: 540 },
		]);
		expect(result.lines[0]).toMatchObject({ discountAmount: 1740, netAmount: 10_260, approvalReasons: [] });
		expect(result.approvalRequired).toBe(false);
	});

	it.each([
		['within the approved limit', { manualDiscountBp: 1000, approvedDiscountBp: 1000 }, 0, []],
		['above the approved limit', { manualDiscountBp: 1500, approvedDiscountBp: 1000 }, 0, ['over_limit']],
		['below the margin floor', { manualDiscountBp: 2000, approvedDiscountBp: 2000 }, 500, ['below_margin_floor']],
		['below the floor, approved by a manager', { manualDiscountBp: 2000, approvedDiscountBp: 2000, belowFloorApproved: true }, 500, []],
		['above the limit and below the floor', { manualDiscountBp: 2500, approvedDiscountBp: 1000 }, 500, ['over_limit', 'below_margin_floor']],
		['at the floor exactly', { manualDiscountBp: 1250, approvedDiscountBp: 1250 }, 500, []],
	] as const)('%s', (_, manual, minMarginBp, reasons) => {
		const result = priceBasket(request({ lines: [line({ product: costly, ...manual })], policy: policy({ minMarginBp }) }));
		expect(result.lines[0]?.approvalReasons).toEqual(reasons);
		expect(result.approvalRequired).toBe(reasons.length > 0);
	});

	test('a manual discount is neither capped nor held at the floor, unlike the automatic rules', () => {
		const result = priceBasket(
			request({ lines: [line({ product: costly, manualDiscountBp: 4000, approvedDiscountBp: 4000 })], rules: [rule({ code: 'A' })], policy: policy({ maxLineDiscountBp: 500, minMarginBp: 500 }) }),
		);
		// A is capped at 5 % (6.00); the manual 40 % of 114.00 = 45.60 goes below the 105.00 floor and needs approval.
		expect(traceOf(result, 'A')).toMatchObject({ outcome: 'capped', amount: 600 });
		expect(result.lines[0]?.discounts.at(-1)).toMatchObject({ code: 'MANUAL', amount: 4560 });
		expect(result.lines[0]).toMatchObject({ netAmount: 6840, approvalReasons: ['below_margin_floor'] });
	});
});

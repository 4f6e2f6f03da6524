import { describe, expect, test } from 'vitest';
import { type PricingPolicy, priceBasket, type ProductFacts } from '../../../packages/crm-core/src/discounts/index.ts';
import { gadget, line, offer, request, rule, widget } from './discount-fixtures.ts';

const policy = (overrides: Partial<PricingPolicy>): PricingPolicy => ({ maxLineDiscountBp: 10_000, maxOrderDiscountBp: 10_000, minMarginBp: 0, ...overrides });
const orderAmount = (code: string, amount: number, overrides = {}) => rule({ code, currency: 'EUR', effect: { kind: 'order_amount', amount }, ...overrides });
const orderPercent = (code: string, bp: number, overrides = {}) => rule({ code, effect: { kind: 'order_percent', bp }, ...overrides });
/** One unit at `price`. */
const unit = (price: number, product: ProductFacts = gadget) => line({ product, quantityMilli: 1000, listUnitPrice: price });

describe('priceBasket: order discounts', () => {
	test('spreads 10.00 over three equal lines without losing a cent: 3.34 + 3.33 + 3.33', () => {
		const result = priceBasket(request({ lines: [unit(1000), unit(1000), unit(1000)], rules: [orderAmount('TENOFF', 1000)] }));
		expect(result.lines.map((l) => l.discounts.map((d) => [d.code, d.level, d.amount]))).toEqual([[['TENOFF', 'order', 334]], [['TENOFF', 'order', 333]], [['TENOFF', 'order', 333]]]);
		expect(result.lines.map((l) => l.netAmount)).toEqual([666, 667, 667]);
		expect([result.listTotal, result.discountTotal, result.netTotal]).toEqual([3000, 1000, 2000]);
		expect(result.orderTrace).toEqual([
			{ ruleId: 'tenoff', code: 'TENOFF', name: 'Rule TENOFF', level: 'order', outcome: 'applied', amount: 1000, detail: "10.00 EUR off the matching lines' 30.00 EUR" },
		]);
	});

	test("copies the rule's entry into each line's trace with the line's share", () => {
		const result = priceBasket(request({ lines: [unit(1000), unit(1000), unit(1000)], rules: [orderAmount('TENOFF', 1000)] }));
		expect(result.lines[0]?.trace).toEqual([
			{
				ruleId: 'tenoff',
				code: 'TENOFF',
				name: 'Rule TENOFF',
				level: 'order',
				outcome: 'applied',
				amount: 334,
				detail: "this line's share: 3.34 EUR of 10.00 EUR (10.00 EUR off the matching lines' 30.00 EUR)",
			},
		]);
	});

	test("takes a percentage of the matching lines' nets after their line discounts", () => {
		const rules = [orderPercent('TOOLS5', 500, { conditions: { productGroupIds: ['tools'] } }), rule({ code: 'TEN', conditions: { productIds: ['widget'] } })];
		const result = priceBasket(request({ lines: [line(), unit(5000)], rules }));
		// Widget: 120.00 − 12.00 = 108.00, then 5 % = 5.40. The gadget is not in "tools".
		expect(result.orderTrace[0]).toMatchObject({ outcome: 'applied', amount: 540, detail: "5 % off the matching lines' 108.00 EUR = 5.40 EUR" });
		expect(result.lines.map((l) => l.netAmount)).toEqual([10_260, 5000]);
	});

	test('an amount is limited to what the matching lines still cost', () => {
		const result = priceBasket(request({ lines: [unit(700)], rules: [orderAmount('BIG', 1000)] }));
		expect(result.orderTrace[0]).toMatchObject({ amount: 700, detail: "10.00 EUR, limited to the matching lines' 7.00 EUR" });
		expect(result.netTotal).toBe(0);
	});

	test('says why when no line matches or the order is too small', () => {
		const rules = [orderPercent('GADGETS', 500, { conditions: { productGroupIds: ['gadgets'] } }), orderPercent('BIG-ORDER', 500, { currency: 'EUR', conditions: { minOrderAmount: 20_000 } })];
		const result = priceBasket(request({ rules }));
		expect(result.orderTrace.map((e) => [e.code, e.outcome, e.detail])).toEqual([
			['BIG-ORDER', 'condition_failed', 'needs an order of at least 200.00 EUR before discounts, the basket has 120.00 EUR'],
			['GADGETS', 'condition_failed', 'no line matches (line 1: product is not in group(s) gadgets)'],
		]);
		expect(result.lines[0]?.trace).toEqual([]);
	});

	test('an exclusive order rule supersedes the others; best-of keeps the larger', () => {
		const exclusive = priceBasket(request({ rules: [orderPercent('FIVE', 500), orderAmount('SOLO', 300, { combination: 'exclusive', priority: 200 })] }));
		expect(exclusive.orderTrace.map((e) => [e.code, e.outcome, e.amount, e.supersededBy])).toEqual([
			['FIVE', 'superseded', 0, 'SOLO'],
			['SOLO', 'applied', 300, undefined],
		]);
		const bestOf = { combination: 'best_of' as const, combinationGroup: 'order' };
		const best = priceBasket(request({ rules: [orderPercent('FIVE', 500, bestOf), orderAmount('EIGHT', 800, bestOf)] }));
		expect(best.orderTrace.map((e) => [e.code, e.outcome, e.amount])).toEqual([
			['EIGHT', 'applied', 800],
			['FIVE', 'not_best', 0],
		]);
	});

	test('cumulative order rules compound on the nets left by the earlier ones', () => {
		const result = priceBasket(request({ rules: [orderPercent('TEN', 1000, { priority: 1 }), orderPercent('FIVE', 500, { priority: 2 })] }));
		expect(result.orderTrace.map((e) => [e.code, e.amount])).toEqual([
			['TEN', 1200],
			['FIVE', 540],
		]);
	});
});

describe('priceBasket: the order cap', () => {
	test('counts line and manual discounts, and reduces only the order discount', () => {
		const result = priceBasket(
			request({ lines: [line({ manualDiscountBp: 500, approvedDiscountBp: 500 })], rules: [rule({ code: 'TEN' }), orderAmount('TENOFF', 1000)], policy: policy({ maxOrderDiscountBp: 2000 }) }),
		);
		// Cap 24.00; the line gave 12.00 + 5.40 manual = 17.40, so 6.60 are left.
		expect(result.orderTrace[0]).toMatchObject({
			outcome: 'capped',
			amount: 660,
			uncappedAmount: 1000,
			detail: "10.00 EUR off the matching lines' 102.60 EUR; capped at the 20 % order cap: 6.60 EUR instead of 10.00 EUR",
		});
		expect(result.lines[0]?.trace.at(-1)).toMatchObject({ level: 'order', outcome: 'capped', amount: 660, uncappedAmount: 1000 });
		expect(result.discountTotal).toBe(2400);
	});

	test('once line discounts reach it, order rules give nothing and the manual discount stays', () => {
		const result = priceBasket(request({ lines: [line({ manualDiscountBp: 3000, approvedDiscountBp: 3000 })], rules: [orderAmount('TENOFF', 1000)], policy: policy({ maxOrderDiscountBp: 2000 }) }));
		expect(result.orderTrace[0]).toMatchObject({ outcome: 'capped', amount: 0, uncappedAmount: 1000, detail: "10.00 EUR off the matching lines' 84.00 EUR; the 20 % order cap is already reached: 0.00 EUR instead of 10.00 EUR" });
		expect(result.discountTotal).toBe(3600);
		expect(result.lines[0]?.trace).toEqual([]);
	});
});

describe('priceBasket: spreading an order discount above the lines floors', () => {
	test('gives a line no more than its room and spreads the excess over the others', () => {
		// Line 1 costs 90.00: room 10.00. 45.00 over three 100.00 lines is 15.00 each; line 1's extra 5.00 goes to lines 2 and 3.
		const lines = [unit(10_000, { ...widget, unitCost: 9000 }), unit(10_000), unit(10_000)];
		const result = priceBasket(request({ lines, rules: [orderAmount('SPREAD', 4500)] }));
		expect(result.lines.map((l) => l.discountAmount)).toEqual([1000, 1750, 1750]);
		expect(result.orderTrace[0]).toMatchObject({ outcome: 'applied', amount: 4500 });
		expect(result.lines[0]?.trace.at(-1)).toMatchObject({ outcome: 'margin_floor', amount: 1000, uncappedAmount: 1500 });
		expect(result.lines[0]?.trace.at(-1)?.detail).toBe("this line's share: 10.00 EUR of 45.00 EUR (45.00 EUR off the matching lines' 300.00 EUR); held at cost (90.00 EUR)");
		expect(result.lines[1]?.trace.at(-1)).toMatchObject({ outcome: 'applied', amount: 1750 });
	});

	test('drops what no line has room for and says so', () => {
		const lines = [unit(10_000, { ...widget, unitCost: 9000 }), unit(5000, { ...gadget, unitCost: 4500 })];
		const result = priceBasket(request({ lines, rules: [orderAmount('DEEP', 3000)] }));
		expect(result.orderTrace[0]).toMatchObject({
			outcome: 'margin_floor',
			amount: 1500,
			uncappedAmount: 3000,
			detail: "30.00 EUR off the matching lines' 150.00 EUR; 15.00 EUR would take lines below cost plus margin: 15.00 EUR instead of 30.00 EUR",
		});
		expect(result.lines.map((l) => [l.netAmount, l.floorAmount])).toEqual([
			[9000, 9000],
			[4500, 4500],
		]);
	});

	test('counts the matching lines towards the offer', () => {
		const rules = [orderPercent('SPRING-ORDER', 500, { offerId: 'spring', conditions: { productGroupIds: ['tools'] } })];
		const result = priceBasket(request({ lines: [line(), unit(5000), line({ quantityMilli: 2000 })], rules, offers: [offer()] }));
		expect(result.offers).toEqual([{ offerId: 'spring', quantityMilli: 12_000, promoCodeIds: [] }]);
	});

	test("is refused whole when the matching lines do not fit in the offer's quantity", () => {
		const rules = [orderPercent('SPRING-ORDER', 500, { offerId: 'spring' })];
		const result = priceBasket(request({ lines: [line(), line()], rules, offers: [offer({ maxQuantityMilli: 15_000 })] }));
		expect(result.orderTrace[0]).toMatchObject({ outcome: 'exhausted', detail: 'offer SPRING (Spring tools) has 15 units left (limit 15 units), the matching lines need 20 units' });
	});
});

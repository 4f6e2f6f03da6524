import { describe, expect, it, test } from 'vitest';
import { type PromoCode, priceBasket, type SpecialOffer } from '../../../packages/crm-core/src/discounts/index.ts';
import { gadget, line, offer, promo, request, rule, traceOf } from './discount-fixtures.ts';

const codeRule = rule({ code: 'SPRING-RULE', offerId: 'spring', conditions: { requiresCode: true } });

function withCode(code: Partial<PromoCode>, entered: string[] = ['SPRING10'], rules = [codeRule]) {
	return priceBasket(request({ codes: entered, rules, offers: [offer()], promoCodes: [promo(code)] }));
}

function used(overrides: Partial<SpecialOffer['used']>): SpecialOffer['used'] {
	return { uses: 0, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0, ...overrides };
}

describe('priceBasket: promo codes', () => {
	test('a valid code unlocks the rules of its offer that need one, however it was typed', () => {
		const result = withCode({}, [' spring10 ', 'SPRING10', '']);
		expect(result.codes).toEqual([{ code: 'SPRING10', promoCodeId: 'pc-spring10', offerId: 'spring', outcome: 'accepted', detail: 'unlocks offer SPRING (Spring tools)' }]);
		expect(traceOf(result, 'SPRING-RULE')).toMatchObject({ outcome: 'applied', amount: 1200 });
		expect(result.offers).toEqual([{ offerId: 'spring', quantityMilli: 10_000, promoCodeIds: ['pc-spring10'] }]);
	});

	test('without a code, the rule says which offer needs one', () => {
		const result = withCode({}, []);
		expect(traceOf(result, 'SPRING-RULE')).toMatchObject({ outcome: 'code_missing', detail: 'needs a promo code of offer SPRING (Spring tools)' });
		expect(result.codes).toEqual([]);
		expect(result.offers).toEqual([]);
	});

	it.each([
		['unknown', {}, 'NOPE', 'unknown', 'no such promo code'],
		['switched off', { active: false }, 'SPRING10', 'inactive', 'the code is switched off'],
		['not valid yet', { validFrom: '2026-04-01' }, 'SPRING10', 'not_started', 'the code is valid from 2026-04-01'],
		['expired', { validTo: '2026-02-28' }, 'SPRING10', 'expired', 'the code expired on 2026-02-28'],
		["another customer's", { customerId: 'bolt' }, 'SPRING10', 'other_customer', 'the code is for customer bolt'],
		['single use, already used', { kind: 'single_use', uses: 1 }, 'SPRING10', 'exhausted', 'the single-use code has already been used'],
		['single use, not used yet', { kind: 'single_use', uses: 0 }, 'SPRING10', 'accepted', 'unlocks offer SPRING (Spring tools)'],
		['multi use at its limit', { kind: 'multi_use', maxUses: 50, uses: 50 }, 'SPRING10', 'exhausted', 'the code has been used 50 times, its limit is 50'],
		['multi use without a limit', { kind: 'multi_use', maxUses: null, uses: 1000 }, 'SPRING10', 'accepted', 'unlocks offer SPRING (Spring tools)'],
		['per customer, used by this customer', { kind: 'per_customer', customerUses: 1 }, 'SPRING10', 'exhausted', 'the customer has already used this code'],
		['per customer, overall limit reached', { kind: 'per_customer', maxUses: 3, uses: 3 }, 'SPRING10', 'exhausted', 'the code has been used 3 times, its limit is 3'],
		['per customer, first use', { kind: 'per_customer', maxUses: 3, uses: 2 }, 'SPRING10', 'accepted', 'unlocks offer SPRING (Spring tools)'],
		['for this customer', { customerId: 'acme' }, 'SPRING10', 'accepted', 'unlocks offer SPRING (Spring tools)'],
	] as const)('%s code: %s', (_, code, entered, outcome, detail) => {
		const result = withCode(code, [entered]);
		expect(result.codes).toMatchObject([{ code: entered, outcome, detail }]);
		expect(traceOf(result, 'SPRING-RULE').outcome).toBe(outcome === 'accepted' ? 'applied' : 'code_missing');
	});

	test("a rejected code's reason shows on the rule that needed it", () => {
		expect(traceOf(withCode({ validTo: '2026-02-28' }), 'SPRING-RULE').detail).toBe('needs a promo code of offer SPRING (Spring tools); code SPRING10: the code expired on 2026-02-28');
	});

	test('an accepted code whose rules give nothing is unused, and says why', () => {
		const picky = rule({ code: 'SPRING-RULE', offerId: 'spring', conditions: { requiresCode: true, minQuantityMilli: 20_000 } });
		const result = withCode({}, ['SPRING10'], [picky]);
		expect(result.codes[0]).toMatchObject({ outcome: 'unused', detail: 'no line matched: SPRING-RULE: needs at least 20 units, the line has 10' });
		expect(result.offers).toEqual([]);
	});

	test('an accepted code is unused when no rule of its offer is a candidate', () => {
		const elsewhere = rule({ code: 'SPRING-RULE', offerId: 'spring', conditions: { requiresCode: true, productIds: ['gadget'] } });
		expect(withCode({}, ['SPRING10'], [elsewhere]).codes[0]?.detail).toBe('no rule of offer SPRING (Spring tools) that needs a code applies to these products or this customer');
	});

	test("a code is unused when its offer's discounts apply without one", () => {
		const open = rule({ code: 'SPRING-OPEN', offerId: 'spring' });
		const result = withCode({}, ['SPRING10'], [open]);
		expect(result.codes[0]).toMatchObject({ outcome: 'unused', detail: 'offer SPRING (Spring tools) applies without a code; the rules that need one gave nothing' });
		expect(result.offers).toEqual([{ offerId: 'spring', quantityMilli: 10_000, promoCodeIds: [] }]);
	});

	test('a second code of the same offer is not spent', () => {
		const result = priceBasket(
			request({ codes: ['SPRING10', 'SPRING20'], rules: [codeRule], offers: [offer()], promoCodes: [promo(), promo({ id: 'pc-spring20', code: 'SPRING20', kind: 'single_use' })] }),
		);
		expect(result.codes.map((c) => [c.code, c.outcome, c.detail])).toEqual([
			['SPRING10', 'accepted', 'unlocks offer SPRING (Spring tools)'],
			['SPRING20', 'unused', 'the offer is already unlocked by code SPRING10'],
		]);
		expect(result.offers[0]?.promoCodeIds).toEqual(['pc-spring10']);
	});

	test('a code does not unlock the rules of another offer', () => {
		const autumnRule = rule({ code: 'AUTUMN-RULE', offerId: 'autumn', conditions: { requiresCode: true } });
		const result = priceBasket(request({ codes: ['SPRING10'], rules: [codeRule, autumnRule], offers: [offer(), offer({ id: 'autumn', code: 'AUTUMN', name: 'Autumn' })], promoCodes: [promo()] }));
		expect(traceOf(result, 'AUTUMN-RULE')).toMatchObject({ outcome: 'code_missing', detail: 'needs a promo code of offer AUTUMN (Autumn)' });
		expect(traceOf(result, 'SPRING-RULE').outcome).toBe('applied');
	});
});

describe('priceBasket: offer limits', () => {
	const offerRule = rule({ code: 'SPRING-RULE', offerId: 'spring' });

	it.each([
		['overall uses left', { maxUses: 100, used: used({ uses: 99 }) }, 'applied', ''],
		['overall uses used up', { maxUses: 100, used: used({ uses: 100 }) }, 'exhausted', 'offer SPRING (Spring tools) is used up: 100 of 100 uses'],
		['uses per customer left', { maxUsesPerCustomer: 2, used: used({ uses: 40, customerUses: 1 }) }, 'applied', ''],
		['uses per customer used up', { maxUsesPerCustomer: 1, used: used({ customerUses: 1 }) }, 'exhausted', 'the customer has used offer SPRING (Spring tools) 1 of 1 times'],
		['quantity left', { maxQuantityMilli: 100_000, used: used({ quantityMilli: 90_000 }) }, 'applied', ''],
		['quantity used up', { maxQuantityMilli: 100_000, used: used({ quantityMilli: 95_000 }) }, 'exhausted', 'offer SPRING (Spring tools) has 5 units left (limit 100 units), the line needs 10 units'],
		['quantity per customer left', { maxQuantityPerCustomerMilli: 20_000, used: used({ customerQuantityMilli: 10_000 }) }, 'applied', ''],
		[
			'quantity per customer used up',
			{ maxQuantityPerCustomerMilli: 12_000, used: used({ customerQuantityMilli: 5000 }) },
			'exhausted',
			'the customer has 7 units left of offer SPRING (Spring tools) (limit 12 units per customer), the line needs 10 units',
		],
	] as const)('%s', (_, limits, outcome, detail) => {
		const result = priceBasket(request({ rules: [offerRule], offers: [offer(limits)] }));
		expect(traceOf(result, 'SPRING-RULE').outcome).toBe(outcome);
		if (detail) expect(traceOf(result, 'SPRING-RULE').detail).toBe(detail);
		expect(result.offers.length).toBe(outcome === 'applied' ? 1 : 0);
	});

	test('the remaining quantity is taken line by line, all or nothing, in basket order', () => {
		const lines = [line({ quantityMilli: 4000 }), line({ quantityMilli: 10_000 }), line({ quantityMilli: 1000 })];
		const result = priceBasket(request({ lines, rules: [offerRule], offers: [offer({ maxQuantityMilli: 100_000, used: used({ quantityMilli: 95_000 }) })] }));
		expect([0, 1, 2].map((i) => traceOf(result, 'SPRING-RULE', i).outcome)).toEqual(['applied', 'exhausted', 'applied']);
		expect(traceOf(result, 'SPRING-RULE', 1).detail).toBe('offer SPRING (Spring tools) has 1 unit left (limit 100 units), the line needs 10 units');
		expect(result.offers).toEqual([{ offerId: 'spring', quantityMilli: 5000, promoCodeIds: [] }]);
	});

	test("a line discounted by two of the offer's rules counts once", () => {
		const second = rule({ code: 'SPRING-EXTRA', offerId: 'spring', effect: { kind: 'percent', bp: 500 } });
		const result = priceBasket(request({ lines: [line(), line({ product: gadget, quantityMilli: 3000 })], rules: [offerRule, second], offers: [offer({ maxQuantityMilli: 13_000 })] }));
		expect(result.offers).toEqual([{ offerId: 'spring', quantityMilli: 13_000, promoCodeIds: [] }]);
		expect(result.lines.flatMap((l) => l.trace.map((entry) => entry.outcome))).toEqual(['applied', 'applied', 'applied', 'applied']);
	});

	test('a rule reduced to nothing by the margin floor does not consume the offer', () => {
		const result = priceBasket(request({ lines: [line({ product: { ...line().product, unitCost: 1300 } })], rules: [offerRule], offers: [offer({ maxQuantityMilli: 100_000 })] }));
		expect(traceOf(result, 'SPRING-RULE')).toMatchObject({ outcome: 'margin_floor', amount: 0 });
		expect(result.offers).toEqual([]);
	});
});

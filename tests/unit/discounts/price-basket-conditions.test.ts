import { describe, expect, it, test } from 'vitest';
import { type DiscountConditions, isoWeekday, type PricingRequest, priceBasket } from '../../../packages/crm-core/src/discounts/index.ts';
import { acme, DATE, gadget, line, offer, request, rule, traceOf, widget } from './discount-fixtures.ts';

describe('priceBasket: conditions about the customer and the basket', () => {
	const cases: [string, DiscountConditions, Partial<PricingRequest>, Partial<PricingRequest>, string][] = [
		// With a product condition, so that the rule is indexed under the product and remains a candidate for other customers.
		['customer', { productIds: ['widget'], customerIds: ['acme', 'bolt'] }, {}, { customer: { ...acme, id: 'corp' } }, 'only for customer(s) acme, bolt, this is corp'],
		['customer group', { productIds: ['widget'], customerGroupIds: ['retail', 'vip'] }, {}, { customer: { ...acme, groupIds: ['wholesale'] } }, 'customer is not in group(s) retail, vip'],
		['customer category', { customerCategories: ['A'] }, {}, { customer: { ...acme, category: 'B' } }, "only for customer category A, the customer's is B"],
		['customer segment', { customerSegmentIds: ['smb'] }, {}, { customer: { ...acme, segmentIds: [] } }, 'customer is not in segment(s) smb'],
		['region', { regionIds: ['north'] }, {}, { customer: { ...acme, regionId: null } }, "only for region(s) north, the customer's is not set"],
		['customer status', { customerStatuses: ['active', 'key'] }, {}, { customer: { ...acme, status: 'prospect' } }, "only for customer status active, key, the customer's is prospect"],
		['sales channel', { channelIds: ['web'] }, {}, { channelId: 'shop' }, "only for sales channel(s) web, the basket's is shop"],
		['first order', { firstOrderOnly: true }, { customer: { ...acme, isFirstOrder: true } }, {}, "only for a customer's first order, and the customer has ordered before"],
		['campaign', { campaignId: 'spring-mail' }, { campaignId: 'spring-mail' }, { campaignId: 'autumn-mail' }, "only for campaign spring-mail, the basket's is autumn-mail"],
	];

	it.each(cases)('%s: applies when it holds and says why when it does not', (_, conditions, passing, failing, detail) => {
		const rules = [rule({ code: 'R', conditions })];
		expect(traceOf(priceBasket(request({ rules, ...passing })), 'R')).toMatchObject({ outcome: 'applied', amount: 1200 });
		expect(traceOf(priceBasket(request({ rules, ...failing })), 'R')).toMatchObject({ outcome: 'condition_failed', amount: 0, detail });
	});
});

describe('priceBasket: rules indexed by customer', () => {
	test("a customer's or customer group's rule is not a candidate for other customers", () => {
		const rules = [rule({ code: 'ACME', conditions: { customerIds: ['acme'] } }), rule({ code: 'RETAIL', conditions: { customerGroupIds: ['retail'] } })];
		expect(priceBasket(request({ rules })).lines[0]?.trace.map((entry) => entry.code)).toEqual(['ACME', 'RETAIL']);
		expect(priceBasket(request({ rules, customer: { ...acme, id: 'corp', groupIds: ['wholesale'] } })).lines[0]?.trace).toEqual([]);
	});
});

describe('priceBasket: conditions about the product and the line', () => {
	const cases: [string, DiscountConditions, Partial<PricingRequest>, Partial<PricingRequest>, string][] = [
		['product group (any ancestor)', { productIds: ['widget'], productGroupIds: ['tools'] }, {}, { lines: [line({ product: { ...widget, groupIds: ['spares'] } })] }, 'product is not in group(s) tools'],
		['product segment', { productGroupIds: ['tools'], productSegmentIds: ['diy'] }, {}, { lines: [line({ product: { ...widget, segmentIds: ['pro'] } })] }, 'product is not in segment(s) diy'],
		['minimum quantity', { minQuantityMilli: 10_000 }, {}, { lines: [line({ quantityMilli: 4000 })] }, 'needs at least 10 units, the line has 4'],
		['maximum quantity', { maxQuantityMilli: 10_000 }, {}, { lines: [line({ quantityMilli: 12_500 })] }, 'at most 10 units, the line has 12.5'],
		['minimum line amount', { minLineAmount: 10_000 }, {}, { lines: [line({ quantityMilli: 5000 })] }, 'needs a line amount of at least 100.00 EUR, the line has 60.00 EUR'],
		[
			'minimum order amount (before discounts)',
			{ minOrderAmount: 20_000 },
			{ lines: [line(), line({ product: gadget })] },
			{},
			'needs an order of at least 200.00 EUR before discounts, the basket has 120.00 EUR',
		],
	];

	it.each(cases)('%s: applies when it holds and says why when it does not', (_, conditions, passing, failing, detail) => {
		const rules = [rule({ code: 'R', currency: 'EUR', conditions })];
		expect(traceOf(priceBasket(request({ rules, ...passing })), 'R').outcome).toBe('applied');
		expect(traceOf(priceBasket(request({ rules, ...failing })), 'R')).toMatchObject({ outcome: 'condition_failed', amount: 0, detail });
	});

	test('a product rule is not even a candidate for another product', () => {
		const result = priceBasket(request({ lines: [line({ product: gadget })], rules: [rule({ code: 'WIDGETS', conditions: { productIds: ['widget'] } })] }));
		expect(result.lines[0]?.trace).toEqual([]);
	});
});

describe('priceBasket: quantity tiers', () => {
	const tiered = rule({
		code: 'VOLUME',
		effect: {
			kind: 'percent',
			bp: 500,
			tiers: [
				{ minQuantityMilli: 5000, value: 500 },
				{ minQuantityMilli: 10_000, value: 1000 },
				{ minQuantityMilli: 50_000, value: 1500 },
			],
		},
	});

	it.each([
		[4000, 'condition_failed', 0, 'below the first tier (5 units), the line has 4'],
		[5000, 'applied', 300, '5 % off 60.00 EUR = 3.00 EUR (tier from 5 units)'],
		[10_000, 'applied', 1200, '10 % off 120.00 EUR = 12.00 EUR (tier from 10 units)'],
		[49_000, 'applied', 5880, '10 % off 588.00 EUR = 58.80 EUR (tier from 10 units)'],
		[50_000, 'applied', 9000, '15 % off 600.00 EUR = 90.00 EUR (tier from 50 units)'],
	])('at %i thousandths takes the tier with the largest minimum at or below the quantity', (quantityMilli, outcome, amount, detail) => {
		const result = priceBasket(request({ lines: [line({ quantityMilli })], rules: [tiered] }));
		expect(traceOf(result, 'VOLUME')).toMatchObject({ outcome, amount, detail });
	});

	test('tiers replace the amount of an amount-per-unit rule', () => {
		const perUnit = rule({
			code: 'PER-UNIT',
			currency: 'EUR',
			effect: {
				kind: 'amount_per_unit',
				amount: 100,
				tiers: [
					{ minQuantityMilli: 1000, value: 100 },
					{ minQuantityMilli: 10_000, value: 150 },
				],
			},
		});
		expect(traceOf(priceBasket(request({ rules: [perUnit] })), 'PER-UNIT')).toMatchObject({ amount: 1500, detail: '1.50 EUR off each of 10 units = 15.00 EUR (tier from 10 units)' });
	});
});

describe('priceBasket: dates and weekdays', () => {
	it.each([
		['1970-01-01', 4],
		['2026-03-05', 4],
		['2026-03-08', 7],
		['2026-03-09', 1],
		['2000-02-29', 2],
		['1969-12-31', 3],
	] as const)('%s is ISO weekday %i', (day, weekday) => {
		expect(isoWeekday(day)).toBe(weekday);
	});

	test('applies on a listed weekday and names the days when not', () => {
		expect(traceOf(priceBasket(request({ rules: [rule({ code: 'THU', conditions: { weekdays: [4] } })] })), 'THU').outcome).toBe('applied');
		const result = priceBasket(request({ rules: [rule({ code: 'WEEKEND', conditions: { weekdays: [7, 6, 1] } })] }));
		expect(traceOf(result, 'WEEKEND')).toMatchObject({ outcome: 'wrong_weekday', detail: 'only on Monday, Saturday, Sunday; 2026-03-05 is a Thursday' });
	});

	it.each([
		['starts on the day', { validFrom: DATE }, null, 'applied', ''],
		['ends on the day', { validTo: DATE }, null, 'applied', ''],
		['starts tomorrow', { validFrom: '2026-03-06' }, null, 'not_started', 'valid from 2026-03-06'],
		['ended yesterday', { validTo: '2026-03-04' }, null, 'expired', 'ended on 2026-03-04'],
		['offer starts later', {}, { validFrom: '2026-04-01' }, 'not_started', 'offer SPRING (Spring tools) starts on 2026-04-01'],
		['offer ended', {}, { validTo: '2026-02-28' }, 'expired', 'offer SPRING (Spring tools) ended on 2026-02-28'],
		['rule dates come before offer dates', { validTo: '2026-03-01' }, { validFrom: '2026-04-01' }, 'expired', 'ended on 2026-03-01'],
	] as const)('%s', (_, conditions, offerDates, outcome, detail) => {
		const rules = [rule({ code: 'R', offerId: offerDates ? 'spring' : null, conditions })];
		const result = priceBasket(request({ rules, offers: [offer(offerDates ?? {})] }));
		expect(traceOf(result, 'R').outcome).toBe(outcome);
		if (detail) expect(traceOf(result, 'R').detail).toBe(detail);
	});
});

describe('priceBasket: which reason is given first', () => {
	it.each([
		['inactive rule', { active: false, currency: 'USD', conditions: { validTo: '2020-01-01' } }, [offer()], 'inactive', 'the rule is inactive'],
		['inactive offer', { offerId: 'spring', currency: 'USD' }, [offer({ active: false })], 'inactive', 'offer SPRING (Spring tools) is inactive'],
		['offer not loaded', { offerId: 'ghost' }, [], 'inactive', 'offer ghost not found'],
		['other currency', { currency: 'USD', conditions: { validTo: '2020-01-01' } }, [], 'other_currency', "the rule's amounts are in USD, the basket is in EUR"],
		['dates before weekday', { conditions: { validFrom: '2027-01-01', weekdays: [1] } }, [], 'not_started', 'valid from 2027-01-01'],
		['weekday before code', { offerId: 'spring', conditions: { weekdays: [1], requiresCode: true } }, [offer()], 'wrong_weekday', 'only on Monday; 2026-03-05 is a Thursday'],
		['code before conditions', { offerId: 'spring', conditions: { requiresCode: true, minQuantityMilli: 99_000 } }, [offer()], 'code_missing', 'needs a promo code of offer SPRING (Spring tools)'],
		[
			'conditions before exhaustion',
			{ offerId: 'spring', conditions: { minQuantityMilli: 99_000 } },
			[offer({ maxUses: 1, used: { uses: 1, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 } })],
			'condition_failed',
			'needs at least 99 units, the line has 10',
		],
	] as const)('%s', (_, overrides, offers, outcome, detail) => {
		const result = priceBasket(request({ rules: [rule({ code: 'R', ...overrides })], offers: [...offers] }));
		expect(traceOf(result, 'R')).toMatchObject({ outcome, detail, amount: 0 });
	});
});

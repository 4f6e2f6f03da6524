import { describe, expect, test } from 'vitest';
import { type BasketItem, type CampaignOffer, chooseBestOffer, type CustomerOfferFacts, type DiscountRule, type DocumentPricingFacts, planMemberOffers, type ProductFacts, type SpecialOffer } from '../../../packages/crm-core/src/index.ts';
import { acme, DATE, offer, promo, request, rule } from '../discounts/discount-fixtures.ts';
import { priceList } from '../pricing/price-list-fixtures.ts';

// Drill 100.00 (cost 60.00 EUR) and saw 50.00 (cost 20.00 EUR) are tools; paint 20.00 costs 15.00 USD (0.90 EUR per USD).
const product = (id: string, groupIds: string[]): ProductFacts => ({ id, groupIds, segmentIds: [], unitCost: null });
const products = new Map([
	['drill', product('drill', ['tools'])],
	['saw', product('saw', ['tools'])],
	['paint', product('paint', ['paint'])],
	['old', product('old', ['tools'])],
]);
const lists = [priceList({ id: 'base', code: 'BASE', kind: 'base', items: [{ productId: 'drill', minQuantityMilli: 1000, unitPrice: 10_000 }, { productId: 'saw', minQuantityMilli: 1000, unitPrice: 5_000 }, { productId: 'paint', minQuantityMilli: 1000, unitPrice: 2_000 }] })];
const costs = new Map([
	['drill', { currency: 'EUR', unitCost: 6_000 }],
	['saw', { currency: 'EUR', unitCost: 2_000 }],
	['paint', { currency: 'USD', unitCost: 1_500 }],
]);

/** A campaign offer with one rule: `bp` off the tools (or the given conditions). */
const campaignOffer = (code: string, bp: number, conditions: DiscountRule['conditions'] = { productGroupIds: ['tools'] }, o: Partial<SpecialOffer> = {}) => ({
	offer: offer({ id: code.toLowerCase(), code, name: `${code} offer`, ...o }),
	rule: rule({ code: `${code}-R`, offerId: code.toLowerCase(), priority: 10, conditions, effect: { kind: 'percent', bp } }),
});
const O5 = campaignOffer('O5', 500);
const O10 = campaignOffer('O10', 1000);
const asCampaignOffer = (o: SpecialOffer, targetProductIds: string[] = [], codes: string[] = []): CampaignOffer => ({ id: o.id, code: o.code, name: o.name, targetProductIds, codes });

const pricing = (rules: DiscountRule[], offers: SpecialOffer[], f: Partial<DocumentPricingFacts> = {}): DocumentPricingFacts => ({
	customerListId: null,
	groupListIds: [],
	channelListId: null,
	priceLists: lists,
	customer: acme,
	channelId: 'web',
	products,
	rules,
	policy: request().policy,
	offers,
	promoCodes: [],
	...f,
});

const DRILLS_AND_PAINT: BasketItem[] = [{ productId: 'drill', quantityMilli: 2000 }, { productId: 'paint', quantityMilli: 1000 }];

const facts = (f: Partial<CustomerOfferFacts> = {}): CustomerOfferFacts => ({
	campaignId: 'cmp',
	today: DATE,
	base: 'EUR',
	currency: 'EUR',
	basket: DRILLS_AND_PAINT,
	offers: [asCampaignOffer(O5.offer), asCampaignOffer(O10.offer)],
	pricing: pricing([O5.rule, O10.rule], [O5.offer, O10.offer]),
	costs,
	rateToBase: (c) => (c === 'USD' ? '0.9' : null),
	...f,
});

const summary = (f: CustomerOfferFacts) => {
	const choice = chooseBestOffer(f);
	return { best: choice.best && [choice.best.offer.code, choice.best.marginBase, choice.best.discountBase], figures: choice.figures.map((x) => [x.code, x.netBase, x.discountBase, x.marginBase, x.applies]) };
};

// Without offers: 2 drills 200.00 + paint 20.00 = 220.00. Cost: 2 × 60.00 + 15.00 USD × 0.9 = 133.50.
describe('chooseBestOffer', () => {
	test('each offer alone against none: 5 % gives 10.00 and keeps 76.50 of margin, 10 % gives 20.00 and keeps 66.50: the 5 % wins on margin', () => {
		expect(summary(facts())).toEqual({
			best: ['O5', 7_650, 1_000],
			figures: [
				['O5', 21_000, 1_000, 7_650, true],
				['O10', 20_000, 2_000, 6_650, true],
			],
		});
	});

	test('an offer whose condition the basket does not meet gives nothing and is no candidate: the other wins', () => {
		const o5 = campaignOffer('O5', 500, { productGroupIds: ['tools'], minQuantityMilli: 3000 });
		expect(summary(facts({ pricing: pricing([o5.rule, O10.rule], [o5.offer, O10.offer]) })).best).toEqual(['O10', 6_650, 2_000]);
	});

	test.each<[string, Partial<SpecialOffer>]>([
		['switched off', { active: false }],
		['over', { validTo: '2026-03-04' }],
		['not yet valid', { validFrom: '2026-03-06' }],
		['used up by this customer', { maxUsesPerCustomer: 1, used: { uses: 1, quantityMilli: 0, customerUses: 1, customerQuantityMilli: 0 } }],
	])('an offer %s is judged by the engine and is no candidate', (_, o) => {
		const o5 = campaignOffer('O5', 500, undefined, o);
		expect(summary(facts({ pricing: pricing([o5.rule, O10.rule], [o5.offer, O10.offer]) })).best).toEqual(['O10', 6_650, 2_000]);
	});

	test('a customer the offers do not apply to (4 paint: 80.00, cost 60.00 USD = 54.00) gets none', () => {
		expect(summary(facts({ basket: [{ productId: 'paint', quantityMilli: 4000 }] }))).toEqual({
			best: null,
			figures: [
				['O5', 8_000, 0, 2_600, false],
				['O10', 8_000, 0, 2_600, false],
			],
		});
	});

	test('the other rules stay in force on both sides: a 2 % for every customer of group retail is not counted as the offer\'s', () => {
		const retail = rule({ code: 'RETAIL', conditions: { customerGroupIds: ['retail'] }, effect: { kind: 'percent', bp: 200 } });
		// None: drill 196.00 + paint 19.60 = 215.60. With O5: drill 190.00 less 2 % = 186.20, + 19.60 = 205.80.
		expect(summary(facts({ pricing: pricing([O5.rule, O10.rule, retail], [O5.offer, O10.offer]) })).figures[0]).toEqual(['O5', 20_580, 980, 7_230, true]);
	});

	test('the campaign\'s other offers are out of force on both sides; offers of other campaigns stay', () => {
		const other = campaignOffer('OTHER', 300, { productIds: ['paint'] });
		// Paint 20.00 less 3 % = 19.40 with and without: O5 gives 10.00, margin 194.00 − 133.50.
		expect(summary(facts({ pricing: pricing([O5.rule, O10.rule, other.rule], [O5.offer, O10.offer, other.offer]) })).figures[0]).toEqual(['O5', 20_940, 1_000, 7_590, true]);
	});

	test('without history the offer is priced on the products its rules name, one unit each; an offer naming none is not priced', () => {
		const onSaws = campaignOffer('SAW', 1000, { productIds: ['saw'] });
		const f = facts({ basket: [], offers: [asCampaignOffer(onSaws.offer, ['saw']), asCampaignOffer(O10.offer)], pricing: pricing([onSaws.rule, O10.rule], [onSaws.offer, O10.offer]) });
		expect(summary(f)).toEqual({
			best: ['SAW', 2_500, 500],
			figures: [
				['SAW', 4_500, 500, 2_500, true],
				['O10', null, null, null, false],
			],
		});
	});

	test('equal margins: the larger discount wins; equal both: the offer code decides', () => {
		// Saws 10 % off: margin 25.00, discount 5.00. Drills 15 % off: 85.00 − 60.00 = 25.00, discount 15.00.
		const a = campaignOffer('A', 1000, { productIds: ['saw'] });
		const b = campaignOffer('B', 1500, { productIds: ['drill'] });
		const byDiscount = facts({ basket: [], offers: [asCampaignOffer(a.offer, ['saw']), asCampaignOffer(b.offer, ['drill'])], pricing: pricing([a.rule, b.rule], [a.offer, b.offer]) });
		expect(summary(byDiscount).best).toEqual(['B', 2_500, 1_500]);
		const y = campaignOffer('Y', 500);
		const x = campaignOffer('X', 500);
		const byCode = facts({ offers: [asCampaignOffer(y.offer), asCampaignOffer(x.offer)], pricing: pricing([y.rule, x.rule], [y.offer, x.offer]) });
		expect(summary(byCode).best).toEqual(['X', 7_650, 1_000]);
	});

	test('a rule that needs a code is priced with the offer\'s codes; the engine refuses a code that is another customer\'s', () => {
		const coded = campaignOffer('O5', 500, { productGroupIds: ['tools'], requiresCode: true });
		const withCode = (customerId: string | null) => facts({ offers: [asCampaignOffer(coded.offer, [], ['SAVE5'])], pricing: pricing([coded.rule], [coded.offer], { promoCodes: [promo({ code: 'SAVE5', offerId: 'o5', customerId })] }) });
		expect(summary(withCode(null)).best).toEqual(['O5', 7_650, 1_000]);
		expect(summary(withCode('someone-else')).best).toBeNull();
	});

	test('a product no price list prices today is left out of the basket', () => {
		const choice = chooseBestOffer(facts({ basket: [...DRILLS_AND_PAINT, { productId: 'old', quantityMilli: 1000 }] }));
		expect([choice.best?.marginBase, choice.figures[0]!.basket.map((b) => b.productId)]).toEqual([7_650, ['drill', 'paint']]);
	});

	test('a cost currency without a rate to the base: the customer cannot be priced, no offer', () => {
		expect(summary(facts({ rateToBase: () => null })).best).toBeNull();
	});

	test('a customer priced in another currency: nets go to the base at today\'s rate, half up', () => {
		const usd = priceList({ id: 'usd', code: 'USD', kind: 'base', currency: 'USD', items: [{ productId: 'drill', minQuantityMilli: 1000, unitPrice: 11_111 }, { productId: 'paint', minQuantityMilli: 1000, unitPrice: 2_222 }] });
		// None: 222.22 + 22.22 = 244.44 USD = 220.00 EUR (219.996). With 5 %: 211.11 + 22.22 = 233.33 USD = 210.00 EUR (209.997).
		const f = facts({ currency: 'USD', pricing: pricing([O5.rule, O10.rule], [O5.offer, O10.offer], { priceLists: [usd] }) });
		expect(summary(f).figures[0]).toEqual(['O5', 21_000, 1_000, 7_650, true]);
	});
});

describe('planMemberOffers', () => {
	test('every member gets their customer\'s best offer or none, stamped with the moment; counts for the answer', () => {
		const now = new Date('2026-03-05T10:00:00Z');
		const best = new Map([['acme', { offer: { id: 'o5', code: 'O5', name: 'O5 offer' }, marginBase: 7_650, discountBase: 1_000 }], ['bolt', null]]);
		const plan = planMemberOffers([{ id: 'm1', customer: 'acme' }, { id: 'm2', customer: 'bolt' }, { id: 'm3', customer: 'acme' }, { id: 'm4', customer: 'unpriced' }], best, now);
		expect(plan).toEqual({
			updates: [
				{ memberId: 'm1', bestOfferId: 'o5', marginBase: 7_650, discountBase: 1_000, pricedAt: now },
				{ memberId: 'm2', bestOfferId: null, marginBase: null, discountBase: null, pricedAt: now },
				{ memberId: 'm3', bestOfferId: 'o5', marginBase: 7_650, discountBase: 1_000, pricedAt: now },
				{ memberId: 'm4', bestOfferId: null, marginBase: null, discountBase: null, pricedAt: now },
			],
			priced: 4,
			withOffer: 2,
			withoutOffer: 2,
		});
	});
});

import { describe, expect, test } from 'vitest';
import { type DocumentPricingFacts, priceLoadedDocument } from '../../../packages/crm-core/src/discounts/index.ts';
import { priceList } from '../pricing/price-list-fixtures.ts';
import { acme, DATE, gadget, offer, request, rule, widget } from './discount-fixtures.ts';

const lists = [priceList({ id: 'base', code: 'BASE', kind: 'base', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1200 }, { productId: 'widget', minQuantityMilli: 10_000, unitPrice: 1100 }, { productId: 'gadget', minQuantityMilli: 1000, unitPrice: 5000 }] })];

const facts = (f: Partial<DocumentPricingFacts> = {}): DocumentPricingFacts => ({
	customerListId: null,
	groupListIds: [],
	channelListId: null,
	priceLists: lists,
	customer: acme,
	channelId: 'web',
	products: new Map([
		['widget', widget],
		['gadget', gadget],
	]),
	rules: [rule({ code: 'SPRING', offerId: 'spring', conditions: { productIds: ['widget'] } })],
	policy: request().policy,
	offers: [offer({ maxUses: 10 })],
	promoCodes: [],
	...f,
});

const document = (exhaustedOffers?: ReadonlySet<string>) => ({
	currency: 'EUR',
	date: DATE,
	campaignId: null,
	codes: [],
	lines: [
		{ productId: 'widget', quantityMilli: 10_000, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false },
		{ productId: 'gadget', quantityMilli: 1_000, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false },
	],
	...(exhaustedOffers ? { exhaustedOffers } : {}),
});

describe('priceLoadedDocument', () => {
	test('each line takes its list price at its quantity break, then the offer’s rule discounts the widgets', () => {
		const priced = priceLoadedDocument(document(), facts());
		expect(priced.listPrices.map((p) => p.unitPrice)).toEqual([1100, 5000]);
		expect(priced.result.lines.map((l) => [l.listAmount, l.discountAmount])).toEqual([
			[11_000, 1_100],
			[5_000, 0],
		]);
		expect(priced.records).toHaveLength(2);
	});

	test('an offer another order just used up is priced as used up: the widgets lose its discount', () => {
		const priced = priceLoadedDocument(document(new Set(['spring'])), facts());
		expect(priced.result.lines.map((l) => l.discountAmount)).toEqual([0, 0]);
	});

	test('a product the database does not know names the line', () => {
		expect(() => priceLoadedDocument(document(), facts({ products: new Map([['gadget', gadget]]) }))).toThrow('Product "widget" was not found.');
	});
});

import { describe, expect, test } from 'vitest';
import { httpStatusOf } from '../../../packages/crm-directus/src/http-status-of.ts';
import { CrmError } from '../../../packages/crm-core/src/errors/crm-error.ts';
import { type PriceRequest, resolvePrice } from '../../../packages/crm-core/src/pricing/index.ts';
import { acme, acme2025, allLists, base, DATE, dealer, partners, priceList, retailers, staleDeal, summerShop, usdShop, wholesale } from './price-list-fixtures.ts';

function request(overrides: Partial<PriceRequest> = {}): PriceRequest {
	return { productId: 'widget', quantityMilli: 1000, date: DATE, currency: 'EUR', customerListId: null, groupListIds: [], channelListId: null, lists: allLists, ...overrides };
}

function noPriceError(overrides: Partial<PriceRequest>): CrmError {
	try {
		resolvePrice(request(overrides));
	} catch (error) {
		if (error instanceof CrmError) return error;
		throw error;
	}
	throw new Error('expected CRM_NO_PRICE');
}

describe('resolvePrice: which list wins', () => {
	test("prefers the customer's own list over the group's", () => {
		const price = resolvePrice(request({ customerListId: acme.id, groupListIds: [partners.id] }));
		expect(price).toEqual({
			unitPrice: 1100,
			currency: 'EUR',
			priceListId: 'acme',
			itemMinQuantityMilli: 1000,
			derivedFrom: [],
			explanation: [{ priceListId: 'acme', code: 'ACME', source: 'customer', outcome: 'used', detail: 'Acme special (ACME): 11.00 EUR per unit from 1 unit' }],
		});
	});

	test("falls through to the group's list when the customer's list has no price for the product", () => {
		const price = resolvePrice(request({ productId: 'gadget', customerListId: acme.id, groupListIds: [retailers.id, partners.id] }));
		expect(price.unitPrice).toBe(999);
		expect(price.priceListId).toBe('partners');
		expect(price.explanation.map((s) => [s.code, s.source, s.outcome])).toEqual([
			['ACME', 'customer', 'no_price'],
			['RETAIL', 'group', 'inactive'],
			['PARTNER', 'group', 'used'],
		]);
		expect(price.explanation[0]?.detail).toBe('Acme special (ACME): skipped, no price for this product');
		expect(price.explanation[1]?.detail).toBe('Retailers (RETAIL): skipped, the list is inactive');
	});

	test("tries the groups' lists in the given order", () => {
		const first = priceList({ id: 'g1', code: 'G1', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1111 }] });
		const second = priceList({ id: 'g2', code: 'G2', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1001 }] });
		const lists = [...allLists, first, second];
		expect(resolvePrice(request({ groupListIds: ['g2', 'g1'], lists })).priceListId).toBe('g2');
		expect(resolvePrice(request({ groupListIds: ['g1', 'g2'], lists })).priceListId).toBe('g1');
	});

	test("uses the channel's list before the base list", () => {
		const channel = priceList({ id: 'shop', code: 'SHOP', kind: 'channel', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1199 }] });
		const price = resolvePrice(request({ channelListId: 'shop', lists: [...allLists, channel] }));
		expect([price.priceListId, price.unitPrice, price.explanation[0]?.source]).toEqual(['shop', 1199, 'channel']);
	});

	test('ends with the base list in force, the latest one in the requested currency', () => {
		const price = resolvePrice(request());
		expect([price.priceListId, price.unitPrice, price.currency]).toEqual(['base', 1250, 'EUR']);
		expect(price.explanation).toEqual([{ priceListId: 'base', code: 'BASE', source: 'base', outcome: 'used', detail: 'Base 2026 (BASE): 12.50 EUR per unit from 1 unit' }]);
	});

	test('without a requested currency, takes the latest base list whatever its currency', () => {
		const price = resolvePrice(request({ currency: undefined }));
		expect([price.priceListId, price.unitPrice, price.currency]).toEqual(['base-usd', 1400, 'USD']);
	});

	test('breaks a tie between base lists valid from the same day by code', () => {
		const b = priceList({ id: 'b', code: 'B', kind: 'base', validFrom: '2026-01-01', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 2 }] });
		const a = priceList({ id: 'a', code: 'A', kind: 'base', validFrom: '2026-01-01', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1 }] });
		expect(resolvePrice(request({ lists: [b, a] })).priceListId).toBe('a');
	});

	test('judges a list named twice only once', () => {
		const price = resolvePrice(request({ productId: 'gadget', customerListId: acme.id, groupListIds: [acme.id], channelListId: acme.id }));
		expect(price.explanation.map((s) => s.code)).toEqual(['ACME', 'BASE']);
	});

	test('accepts the lists as a Map as well as an array', () => {
		const lists = new Map(allLists.map((list) => [list.id, list]));
		expect(resolvePrice(request({ customerListId: acme.id, lists })).unitPrice).toBe(1100);
	});
});

describe('resolvePrice: quantity breaks', () => {
	test.each([
		[1000, 1250, 1000],
		[2500, 1250, 1000],
		[9999, 1250, 1000],
		[10_000, 1075, 10_000],
		[12_000, 1075, 10_000],
		[99_999, 1075, 10_000],
		[100_000, 990, 100_000],
		[250_000, 990, 100_000],
	])('%i milli-units cost %i (break from %i)', (quantityMilli, unitPrice, itemMinQuantityMilli) => {
		const price = resolvePrice(request({ quantityMilli }));
		expect([price.unitPrice, price.itemMinQuantityMilli]).toEqual([unitPrice, itemMinQuantityMilli]);
	});

	test('uses the 10-unit break for 12 units', () => {
		expect(resolvePrice(request({ quantityMilli: 12_000 })).explanation[0]?.detail).toBe('Base 2026 (BASE): 10.75 EUR per unit from 10 units');
	});

	test('has no price below the first break, and says where the breaks start', () => {
		const error = noPriceError({ productId: 'bolt', quantityMilli: 5000 });
		expect(error.details.explanation).toEqual([
			{ priceListId: 'base', code: 'BASE', source: 'base', outcome: 'no_price', detail: 'Base 2026 (BASE): skipped, no price for this product at 5 units, its quantity breaks start at 100 units' },
		]);
	});
});

describe('resolvePrice: skipped lists say why', () => {
	test('skips an expired list and says so', () => {
		const price = resolvePrice(request({ customerListId: acme2025.id }));
		expect(price.priceListId).toBe('base');
		expect(price.explanation[0]).toEqual({
			priceListId: 'acme-2025',
			code: 'ACME25',
			source: 'customer',
			outcome: 'not_valid_on_date',
			detail: 'Acme 2025 (ACME25): skipped, expired: valid until 2025-12-31, price date 2026-03-02',
		});
	});

	test('skips a list that has not started yet and says from when it is valid', () => {
		const price = resolvePrice(request({ channelListId: summerShop.id }));
		expect(price.explanation[0]?.detail).toBe('Web shop summer (SUMMER): skipped, not yet valid: valid from 2026-06-01, price date 2026-03-02');
	});

	test('uses a list on the first and on the last day of its validity', () => {
		expect(resolvePrice(request({ channelListId: summerShop.id, date: '2026-06-01' })).priceListId).toBe('summer');
		expect(resolvePrice(request({ channelListId: summerShop.id, date: '2026-08-31' })).priceListId).toBe('summer');
		expect(resolvePrice(request({ channelListId: summerShop.id, date: '2026-09-01' })).priceListId).toBe('base');
	});

	test('skips a list in another currency than requested', () => {
		const price = resolvePrice(request({ channelListId: usdShop.id }));
		expect(price.explanation[0]).toEqual({ priceListId: 'usd-shop', code: 'USDSHOP', source: 'channel', outcome: 'other_currency', detail: 'US shop (USDSHOP): skipped, prices in USD, not EUR' });
	});

	test('takes a list in any currency when no currency is requested', () => {
		expect(resolvePrice(request({ channelListId: usdShop.id, currency: null })).currency).toBe('USD');
	});

	test('skips a derived list whose parent is not in force on the date', () => {
		const price = resolvePrice(request({ customerListId: staleDeal.id }));
		expect(price.explanation.map((s) => s.detail)).toEqual([
			'Stale deal (STALE): skipped, no price for this product: it derives from Base 2025 (BASE25), which is not valid on 2026-03-02',
			'Base 2026 (BASE): 12.50 EUR per unit from 1 unit',
		]);
	});

	test('throws CRM_NO_PRICE (422) with every considered list in the explanation', () => {
		const error = noPriceError({ productId: 'nut', customerListId: dealer.id, groupListIds: [retailers.id] });
		expect(error.code).toBe('CRM_NO_PRICE');
		expect(httpStatusOf(error.code)).toBe(422);
		expect(error.message).toBe('No price for product "nut" at 1 unit on 2026-03-02 in EUR: none of the 3 price lists considered has one.');
		expect(error.details).toMatchObject({ productId: 'nut', quantityMilli: 1000, date: DATE, currency: 'EUR' });
		expect(error.details.explanation).toEqual([
			{
				priceListId: 'dealer',
				code: 'DEALER',
				source: 'customer',
				outcome: 'no_price',
				detail: 'Dealer 2026 (DEALER): skipped, no price for this product: it derives from Wholesale 2026 (WHOLESALE), which derives from Base 2026 (BASE), which has none',
			},
			{ priceListId: 'retailers', code: 'RETAIL', source: 'group', outcome: 'inactive', detail: 'Retailers (RETAIL): skipped, the list is inactive' },
			{ priceListId: 'base', code: 'BASE', source: 'base', outcome: 'no_price', detail: 'Base 2026 (BASE): skipped, no price for this product' },
		]);
	});

	test('explains every base list when none is in force', () => {
		const error = noPriceError({ date: '2024-06-01' });
		expect((error.details.explanation as { code: string; outcome: string }[]).map((s) => [s.code, s.outcome])).toEqual([
			['BASEUSD', 'not_valid_on_date'],
			['BASE', 'not_valid_on_date'],
			['BASE25', 'not_valid_on_date'],
		]);
	});
});

describe('resolvePrice: derived lists', () => {
	test.each([
		[1000, 1440, 1000],
		[12_000, 1240, 10_000],
		[100_000, 1140, 100_000],
	])('rounds a derived price to the list\'s step: %i milli-units → %i', (quantityMilli, unitPrice, itemMinQuantityMilli) => {
		const price = resolvePrice(request({ quantityMilli, customerListId: wholesale.id }));
		expect([price.unitPrice, price.itemMinQuantityMilli, price.derivedFrom]).toEqual([unitPrice, itemMinQuantityMilli, ['base']]);
	});

	test('explains a derived price with the parent, the markup and the rounding', () => {
		const price = resolvePrice(request({ quantityMilli: 12_000, customerListId: wholesale.id }));
		expect(price.explanation).toEqual([
			{ priceListId: 'wholesale', code: 'WHOLESALE', source: 'customer', outcome: 'used', detail: 'Wholesale 2026 (WHOLESALE): 12.40 EUR per unit from 10 units, derived from Base 2026 (BASE) +15 %, rounded to 0.10' },
		]);
	});

	test('derives through two levels, each rounding with its own step and mode', () => {
		const price = resolvePrice(request({ quantityMilli: 12_000, customerListId: dealer.id }));
		expect([price.unitPrice, price.priceListId, price.derivedFrom]).toEqual([1115, 'dealer', ['wholesale', 'base']]);
		expect(price.explanation[0]?.detail).toBe(
			'Dealer 2026 (DEALER): 11.15 EUR per unit from 10 units, derived from Wholesale 2026 (WHOLESALE) -10 %, rounded down to 0.05; Wholesale 2026 (WHOLESALE) is derived from Base 2026 (BASE) +15 %, rounded to 0.10',
		);
	});

	test("prefers the list's own item over the derived price", () => {
		const price = resolvePrice(request({ productId: 'gadget', customerListId: wholesale.id }));
		expect([price.unitPrice, price.derivedFrom]).toEqual([1500, []]);
	});

	test("derives from the parent's own item when the parent overrides its own parent", () => {
		// 1500 (wholesale's own gadget) × 0.9 = 1350, already a multiple of 5.
		expect(resolvePrice(request({ productId: 'gadget', customerListId: dealer.id })).derivedFrom).toEqual(['wholesale']);
		expect(resolvePrice(request({ productId: 'gadget', customerListId: dealer.id })).unitPrice).toBe(1350);
	});

	test("explains a missing quantity break in the parent's ladder", () => {
		const error = noPriceError({ productId: 'bolt', quantityMilli: 5000, customerListId: dealer.id });
		expect((error.details.explanation as { detail: string }[])[0]?.detail).toBe(
			'Dealer 2026 (DEALER): skipped, no price for this product at 5 units: it derives from Wholesale 2026 (WHOLESALE), which derives from Base 2026 (BASE), whose quantity breaks start at 100 units',
		);
	});

	test('rejects a parent cycle', () => {
		const x = priceList({ id: 'x', code: 'X', parentId: 'y' });
		const y = priceList({ id: 'y', code: 'Y', parentId: 'x' });
		expect(() => resolvePrice(request({ customerListId: 'x', lists: [x, y, base] }))).toThrow(
			expect.objectContaining({ code: 'CRM_PRICE_LIST_CYCLE', message: 'Price lists derive from each other in a circle: X → Y → X.' }),
		);
	});

	test('refuses to derive from a parent in another currency', () => {
		const euroChild = priceList({ id: 'child', code: 'CHILD', parentId: 'base-usd', derivationBp: 1000 });
		expect(() => resolvePrice(request({ customerListId: 'child', lists: [...allLists, euroChild] }))).toThrow(expect.objectContaining({ code: 'CRM_PRICE_LIST_INVALID', details: expect.objectContaining({ field: 'parentId' }) }));
	});

	test('refuses a parent that was not loaded', () => {
		const orphan = priceList({ id: 'orphan', code: 'ORPHAN', parentId: 'gone' });
		expect(() => resolvePrice(request({ customerListId: 'orphan', lists: [orphan, base] }))).toThrow(expect.objectContaining({ code: 'CRM_REFERENCE_NOT_FOUND' }));
	});
});

describe('resolvePrice: the request itself', () => {
	test.each([
		[{ quantityMilli: 0 }, 'CRM_OUT_OF_RANGE'],
		[{ quantityMilli: 1.5 }, 'CRM_OUT_OF_RANGE'],
		[{ date: '2026-02-30' }, 'CRM_INVALID_FORMAT'],
		[{ date: '2026-3-2' }, 'CRM_INVALID_FORMAT'],
		[{ currency: 'eur' }, 'CRM_INVALID_CURRENCY'],
		[{ productId: '' }, 'CRM_REQUIRED_FIELD'],
		[{ customerListId: 'nobody' }, 'CRM_REFERENCE_NOT_FOUND'],
	] as [Partial<PriceRequest>, string][])('rejects %j with %s', (overrides, code) => {
		expect(() => resolvePrice(request(overrides))).toThrow(expect.objectContaining({ code }));
	});

	test('rejects two lists with one id', () => {
		expect(() => resolvePrice(request({ lists: [base, { ...base }] }))).toThrow(expect.objectContaining({ code: 'CRM_PRICE_LIST_INVALID', details: expect.objectContaining({ field: 'id' }) }));
	});
});

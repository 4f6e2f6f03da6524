import { describe, expect, test } from 'vitest';
import { assertValidPriceList, findPriceListViolations, type PriceList } from '../../../packages/crm-core/src/pricing/index.ts';
import { allLists, base, baseUsd, dealer, priceList, wholesale } from './price-list-fixtures.ts';

const item = (productId: string, minQuantityMilli: number, unitPrice: number) => ({ productId, minQuantityMilli, unitPrice });

describe('findPriceListViolations', () => {
	test.each([base, wholesale, dealer, baseUsd])('accepts the valid list $code', (list) => {
		expect(findPriceListViolations(list, allLists)).toEqual([]);
	});

	test.each([
		['an invalid currency', { currency: 'eur' }, 'CRM_PRICE_LIST_INVALID', 'currency'],
		['an unknown kind', { kind: 'vip' as PriceList['kind'] }, 'CRM_PRICE_LIST_INVALID', 'kind'],
		['an unknown rounding mode', { roundingMode: 'nearest' as PriceList['roundingMode'] }, 'CRM_PRICE_LIST_INVALID', 'roundingMode'],
		['a malformed start date', { validFrom: '2026-02-30' }, 'CRM_PRICE_LIST_INVALID', 'validFrom'],
		['an end before the start', { validFrom: '2026-03-01', validTo: '2026-02-28' }, 'CRM_PRICE_LIST_INVALID', 'validTo'],
		['a derivation without a parent', { derivationBp: 1500 }, 'CRM_PRICE_LIST_INVALID', 'derivationBp'],
		['a derivation below -9999 bp', { parentId: 'base', derivationBp: -10_000 }, 'CRM_PRICE_LIST_INVALID', 'derivationBp'],
		['a derivation above 100000 bp', { parentId: 'base', derivationBp: 100_001 }, 'CRM_PRICE_LIST_INVALID', 'derivationBp'],
		['a fractional derivation', { parentId: 'base', derivationBp: 12.5 }, 'CRM_PRICE_LIST_INVALID', 'derivationBp'],
		['a rounding step of 0', { roundingStep: 0 }, 'CRM_PRICE_LIST_INVALID', 'roundingStep'],
		['a fractional rounding step', { roundingStep: 2.5 }, 'CRM_PRICE_LIST_INVALID', 'roundingStep'],
		['a duplicate quantity break', { items: [item('p', 1000, 100), item('q', 1000, 100), item('p', 1000, 90)] }, 'CRM_PRICE_LIST_INVALID', 'items[2].minQuantityMilli'],
		['a negative unit price', { items: [item('p', 1000, -1)] }, 'CRM_PRICE_LIST_INVALID', 'items[0].unitPrice'],
		['a fractional unit price', { items: [item('p', 1000, 9.99)] }, 'CRM_PRICE_LIST_INVALID', 'items[0].unitPrice'],
		['a zero minimum quantity', { items: [item('p', 0, 100)] }, 'CRM_PRICE_LIST_INVALID', 'items[0].minQuantityMilli'],
		['an item without a product', { items: [item('', 1000, 100)] }, 'CRM_PRICE_LIST_INVALID', 'items[0].productId'],
		['a parent that does not exist', { parentId: 'gone' }, 'CRM_REFERENCE_NOT_FOUND', 'parentId'],
		['a parent in another currency', { parentId: 'base-usd', derivationBp: 0 }, 'CRM_PRICE_LIST_INVALID', 'parentId'],
		['itself as parent', { parentId: 'new' }, 'CRM_PRICE_LIST_CYCLE', 'parentId'],
	] as [string, Partial<PriceList>, string, string][])('rejects %s', (_, overrides, code, field) => {
		const list = priceList({ id: 'new', code: 'NEW', ...overrides });
		expect(findPriceListViolations(list, allLists).map((v) => [v.code, v.field])).toEqual([[code, field]]);
	});

	test('accepts a zero unit price (free items) and a parent without a derivation (a plain copy)', () => {
		expect(findPriceListViolations(priceList({ id: 'new', code: 'NEW', parentId: 'base', items: [item('p', 1, 0)] }), allLists)).toEqual([]);
	});

	test('lists every problem, not just the first', () => {
		const list = priceList({ id: 'new', code: 'NEW', currency: 'euro', roundingStep: -5, items: [item('p', 1000, -1)] });
		expect(findPriceListViolations(list, allLists).map((v) => v.field)).toEqual(['currency', 'roundingStep', 'items[0].unitPrice']);
	});
});

describe('assertValidPriceList', () => {
	test('rejects a parent cycle', () => {
		// base would derive from dealer, which derives from wholesale, which derives from base.
		const edited = { ...base, parentId: 'dealer', derivationBp: 0 };
		expect(() => assertValidPriceList(edited, allLists)).toThrow(
			expect.objectContaining({
				code: 'CRM_PRICE_LIST_CYCLE',
				message: 'Price list "BASE": The parent chain leads back in a circle (BASE → DEALER → WHOLESALE → BASE), so no price could be derived.',
				details: expect.objectContaining({ priceListId: 'base', field: 'parentId' }),
			}),
		);
	});

	test('checks the edited version of the list, not the stored one', () => {
		// Stored, wholesale derives from base; the edit moves it onto dealer, which derives from wholesale.
		expect(() => assertValidPriceList({ ...wholesale, parentId: 'dealer' }, allLists)).toThrow(expect.objectContaining({ code: 'CRM_PRICE_LIST_CYCLE' }));
		expect(() => assertValidPriceList({ ...wholesale, derivationBp: 2000 }, allLists)).not.toThrow();
	});

	test('carries the first field and all problems in the details', () => {
		const list = priceList({ id: 'new', code: 'NEW', validFrom: '2026-03-01', validTo: '2026-01-01', roundingStep: 0 });
		expect(() => assertValidPriceList(list, allLists)).toThrow(
			expect.objectContaining({
				code: 'CRM_PRICE_LIST_INVALID',
				message: 'Price list "NEW": The list would end (2026-01-01) before it starts (2026-03-01). (and 1 more problem)',
				details: expect.objectContaining({ priceListId: 'new', field: 'validTo', violations: expect.any(Array) }),
			}),
		);
	});
});

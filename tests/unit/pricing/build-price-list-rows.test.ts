import { describe, expect, test } from 'vitest';
import { buildPriceListRows, type PriceListProduct } from '../../../packages/crm-core/src/pricing/index.ts';
import { allLists, base, DATE, dealer, staleDeal, wholesale } from './price-list-fixtures.ts';

const products: PriceListProduct[] = [
	{ id: 'gadget', sku: 'B-200', name: 'Gadget', unit: 'pcs' },
	{ id: 'widget', sku: 'A-100', name: 'Widget', unit: 'pcs' },
	{ id: 'nut', sku: 'C-300', name: 'Nut', unit: 'kg' },
];

describe('buildPriceListRows', () => {
	test('lists own items by SKU, then by quantity break', () => {
		expect(buildPriceListRows(base, allLists, DATE, products).map((r) => [r.sku, r.minQuantityMilli, r.unitPrice, r.source])).toEqual([
			['A-100', 1000, 1250, 'own'],
			['A-100', 10_000, 1075, 'own'],
			['A-100', 100_000, 990, 'own'],
			['B-200', 1000, 1079, 'own'],
		]);
	});

	test("derives every break of the parent's ladder, and keeps the list's own overrides", () => {
		expect(buildPriceListRows(wholesale, allLists, DATE, products)).toEqual([
			{ productId: 'widget', sku: 'A-100', name: 'Widget', unit: 'pcs', minQuantityMilli: 1000, unitPrice: 1440, currency: 'EUR', source: 'derived', derivedFrom: ['base'] },
			{ productId: 'widget', sku: 'A-100', name: 'Widget', unit: 'pcs', minQuantityMilli: 10_000, unitPrice: 1240, currency: 'EUR', source: 'derived', derivedFrom: ['base'] },
			{ productId: 'widget', sku: 'A-100', name: 'Widget', unit: 'pcs', minQuantityMilli: 100_000, unitPrice: 1140, currency: 'EUR', source: 'derived', derivedFrom: ['base'] },
			{ productId: 'gadget', sku: 'B-200', name: 'Gadget', unit: 'pcs', minQuantityMilli: 1000, unitPrice: 1500, currency: 'EUR', source: 'own', derivedFrom: [] },
		]);
	});

	test('quotes the same prices resolvePrice would, through two levels', () => {
		expect(buildPriceListRows(dealer, allLists, DATE, products).map((r) => [r.sku, r.minQuantityMilli, r.unitPrice, r.derivedFrom])).toEqual([
			['A-100', 1000, 1295, ['wholesale', 'base']],
			['A-100', 10_000, 1115, ['wholesale', 'base']],
			['A-100', 100_000, 1025, ['wholesale', 'base']],
			['B-200', 1000, 1350, ['wholesale']],
		]);
	});

	test('leaves out products without a price and derived rows whose parent is not in force', () => {
		expect(buildPriceListRows(staleDeal, allLists, DATE, products)).toEqual([]);
		expect(buildPriceListRows(staleDeal, allLists, '2025-06-30', products).map((r) => [r.sku, r.unitPrice])).toEqual([['A-100', 903]]);
	});

	test('rejects a date that is not a day', () => {
		expect(() => buildPriceListRows(base, allLists, '02.03.2026', products)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_FORMAT' }));
	});
});

import { describe, expect, test } from 'vitest';
import { amountInBase, type OverviewProductFacts, revenueByProduct, type SalesFacts, salesWindow, summarizeSales } from '../../../packages/crm-core/src/index.ts';
import { salesOrder } from './overview-fixtures.ts';

const window = salesWindow('2026-12-07');
const tools = { id: 'g1', name: 'Tools' };
const safety = { id: 'g2', name: 'Safety' };
const products: OverviewProductFacts[] = [
	{ id: 'p1', sku: 'DRL-1', name: 'Drill', kind: 'goods', group: tools },
	{ id: 'p2', sku: 'GLV-2', name: 'Gloves', kind: 'goods', group: safety },
	{ id: 'p3', sku: 'SRV-3', name: 'Set-up', kind: 'service', group: null },
];

/** Three orders that count, one in USD at its own rate (0.9), and five that do not. */
const sales: SalesFacts = {
	orders: [
		salesOrder({ id: 'o1', orderDate: '2026-12-01', netTotal: 10_000 }),
		salesOrder({ id: 'o2', orderDate: '2026-11-15', status: 'invoiced', currency: 'USD', netTotal: 20_000, grossTotal: 24_000, grossTotalBase: 21_600 }),
		salesOrder({ id: 'o3', orderDate: '2026-01-01', status: 'paid', netTotal: 3_000 }),
		salesOrder({ id: 'o4', orderDate: '2025-12-31', status: 'paid', netTotal: 99_999 }),
		salesOrder({ id: 'o5', orderDate: '2026-12-02', status: 'draft', netTotal: 50_000 }),
		salesOrder({ id: 'o6', orderDate: '2026-10-10', status: 'cancelled', netTotal: 70_000 }),
		salesOrder({ id: 'o7', orderDate: '2026-06-10', currency: 'GBP', netTotal: 5_000, grossTotal: 6_000, grossTotalBase: null }),
		salesOrder({ id: 'o8', orderDate: '2026-12-08', netTotal: 1_000 }),
	],
	lines: [
		{ orderId: 'o1', productId: 'p1', netAmount: 6_000 },
		{ orderId: 'o1', productId: 'p2', netAmount: 4_000 },
		{ orderId: 'o2', productId: 'p1', netAmount: 5_001 },
		{ orderId: 'o2', productId: 'p3', netAmount: 14_999 },
		{ orderId: 'o3', productId: 'p2', netAmount: 3_000 },
		{ orderId: 'o4', productId: 'p1', netAmount: 99_999 },
		{ orderId: 'o5', productId: 'p1', netAmount: 50_000 },
		{ orderId: 'o6', productId: 'p1', netAmount: 70_000 },
		{ orderId: 'o7', productId: 'p2', netAmount: 5_000 },
		{ orderId: 'o8', productId: 'p2', netAmount: 1_000 },
	],
	products,
};

const months = (entries: Record<string, [number, number]>) => window.months.map((month) => ({ month, revenue: entries[month]?.[0] ?? 0, orders: entries[month]?.[1] ?? 0 }));

describe('amountInBase', () => {
	test.each([
		['an order in the base currency', salesOrder({ id: 'a', netTotal: 1 }), 12_345, 12_345],
		["a USD order at its own rate, truncated", salesOrder({ id: 'b', currency: 'USD', grossTotal: 24_000, grossTotalBase: 21_600 }), 5_001, 4_500],
		['a negative amount (a credit) at its rate', salesOrder({ id: 'c', currency: 'USD', grossTotal: 3, grossTotalBase: 2 }), -3, -2],
		['an order without a base total', salesOrder({ id: 'd', currency: 'GBP', grossTotal: 6_000, grossTotalBase: null }), 5_000, null],
		['an order with a zero gross', salesOrder({ id: 'e', currency: 'GBP', grossTotal: 0, grossTotalBase: 0 }), 5_000, null],
	])('%s', (_, order, amount, expected) => {
		expect(amountInBase(amount, order, 'EUR')).toBe(expected);
	});
});

describe('summarizeSales', () => {
	test('counts the window\'s orders by month in the base currency; drafts, cancelled, older, later and unconverted orders are left out', () => {
		const summary = summarizeSales(sales, window, 'EUR');
		expect([summary.currency, summary.from, summary.to, summary.total, summary.orders, summary.unconverted_orders]).toStrictEqual(['EUR', '2026-01-01', '2026-12-07', 31_000, 3, 1]);
		expect(summary.months).toStrictEqual(months({ '2026-01': [3_000, 1], '2026-11': [18_000, 1], '2026-12': [10_000, 1] }));
	});

	test('splits the lines by product group (each line at its order\'s rate) and ranks the products', () => {
		const summary = summarizeSales(sales, window, 'EUR');
		expect(summary.by_product_group).toStrictEqual([
			{ group: null, revenue: 13_499 },
			{ group: tools, revenue: 10_500 },
			{ group: safety, revenue: 7_000 },
		]);
		expect(summary.top_products).toStrictEqual([
			{ product: { id: 'p3', sku: 'SRV-3', name: 'Set-up' }, group: null, revenue: 13_499 },
			{ product: { id: 'p1', sku: 'DRL-1', name: 'Drill' }, group: tools, revenue: 10_500 },
			{ product: { id: 'p2', sku: 'GLV-2', name: 'Gloves' }, group: safety, revenue: 7_000 },
		]);
	});

	test('without readable lines there is no split by group, and no product is named', () => {
		const summary = summarizeSales({ orders: sales.orders }, window, 'EUR');
		expect(summary.total).toBe(31_000);
		expect(Object.keys(summary)).not.toContain('by_product_group');
		expect(Object.keys(summary)).not.toContain('top_products');
	});

	test('a product the caller may not read counts under no group, by its key', () => {
		const ranked = revenueByProduct({ orders: sales.orders, lines: sales.lines!, products: [] }, window, 'EUR');
		expect(ranked.map((r) => [r.product, r.revenue])).toStrictEqual([
			[{ id: 'p3', sku: null, name: null, group: null }, 13_499],
			[{ id: 'p1', sku: null, name: null, group: null }, 10_500],
			[{ id: 'p2', sku: null, name: null, group: null }, 7_000],
		]);
	});

	test('ties rank by product key, and equal groups by name with no group last', () => {
		const lines = [
			{ orderId: 'o1', productId: 'pb', netAmount: 500 },
			{ orderId: 'o1', productId: 'pa', netAmount: 500 },
			{ orderId: 'o1', productId: 'pc', netAmount: 500 },
		];
		const named: OverviewProductFacts[] = [
			{ id: 'pa', sku: 'A', name: 'A', group: { id: 'gz', name: 'Zinc' } },
			{ id: 'pb', sku: 'B', name: 'B', group: { id: 'ga', name: 'Alu' } },
			{ id: 'pc', sku: 'C', name: 'C', group: null },
		];
		const summary = summarizeSales({ orders: [salesOrder({ id: 'o1', netTotal: 1_500 })], lines, products: named }, window, 'EUR');
		expect(summary.top_products!.map((p) => p.product.id)).toStrictEqual(['pa', 'pb', 'pc']);
		expect(summary.by_product_group!.map((g) => g.group?.name ?? null)).toStrictEqual(['Alu', 'Zinc', null]);
	});

	test('a customer without orders gets twelve empty months', () => {
		const summary = summarizeSales({ orders: [], lines: [], products: [] }, window, 'EUR');
		expect([summary.total, summary.orders, summary.months, summary.by_product_group, summary.top_products]).toStrictEqual([0, 0, months({}), [], []]);
	});
});

import { describe, expect, test } from 'vitest';
import { buildUsualBasket, type PurchasedLine, USUAL_BASKET_MAX_PRODUCTS, usualBasketSince } from '../../../packages/crm-core/src/index.ts';

const TODAY = '2026-06-30';

const bought = (productId: string, quantityMilli: number, netAmount: number, o: Partial<PurchasedLine> = {}): PurchasedLine => ({
	orderId: `o-${productId}-${quantityMilli}-${o.orderDate ?? ''}`,
	orderDate: '2026-05-01',
	status: 'confirmed',
	productId,
	quantityMilli,
	netAmount,
	currency: 'EUR',
	grossTotal: 0,
	grossTotalBase: null,
	...o,
});

describe('usualBasketSince', () => {
	test('reaches back 365 days', () => {
		expect(usualBasketSince(TODAY)).toBe('2025-06-30');
		expect(usualBasketSince('2024-03-01')).toBe('2023-03-02');
	});
});

describe('buildUsualBasket', () => {
	test.each<[string, PurchasedLine[], { productId: string; quantityMilli: number }[]]>([
		['no purchases: an empty basket', [], []],
		['one order: its quantity', [bought('drill', 2000, 20_000)], [{ productId: 'drill', quantityMilli: 2000 }]],
		['odd count: the median quantity, not the mean', [bought('drill', 1000, 1), bought('drill', 2000, 1), bought('drill', 30_000, 1)], [{ productId: 'drill', quantityMilli: 2000 }]],
		['even count: the lower of the two middle quantities', [bought('drill', 1000, 1), bought('drill', 2000, 1), bought('drill', 4000, 1), bought('drill', 9000, 1)], [{ productId: 'drill', quantityMilli: 2000 }]],
		['two lines of one product in one order are one purchase', [bought('drill', 1000, 1, { orderId: 'a' }), bought('drill', 1000, 1, { orderId: 'a' }), bought('drill', 5000, 1, { orderId: 'b' })], [{ productId: 'drill', quantityMilli: 2000 }]],
		['most revenue first; a tie by product id', [bought('saw', 1000, 500), bought('drill', 1000, 900), bought('axe', 1000, 500)], [{ productId: 'drill', quantityMilli: 1000 }, { productId: 'axe', quantityMilli: 1000 }, { productId: 'saw', quantityMilli: 1000 }]],
		['drafts and cancelled orders do not count', [bought('drill', 1000, 1, { status: 'draft' }), bought('saw', 1000, 1, { status: 'cancelled' }), bought('axe', 3000, 1, { status: 'invoiced' })], [{ productId: 'axe', quantityMilli: 3000 }]],
		['the window: 365 days back counts, 366 and the future do not', [bought('drill', 1000, 1, { orderDate: '2025-06-30' }), bought('saw', 1000, 1, { orderDate: '2025-06-29' }), bought('axe', 1000, 1, { orderDate: '2026-07-01' })], [{ productId: 'drill', quantityMilli: 1000 }]],
		[
			'revenue of another currency at the order\'s own rate: 100.00 USD of an order worth 0.50 EUR per USD ranks below 60.00 EUR',
			[bought('drill', 1000, 10_000, { currency: 'USD', grossTotal: 20_000, grossTotalBase: 10_000 }), bought('saw', 1000, 6_000)],
			[{ productId: 'saw', quantityMilli: 1000 }, { productId: 'drill', quantityMilli: 1000 }],
		],
	])('%s', (_, lines, basket) => {
		expect(buildUsualBasket(lines, TODAY, 'EUR')).toEqual(basket);
	});

	test(`at most ${USUAL_BASKET_MAX_PRODUCTS} products: those with the most revenue`, () => {
		const lines = Array.from({ length: 25 }, (_, i) => bought(`p${String(i).padStart(2, '0')}`, 1000, 100 + i));
		const basket = buildUsualBasket(lines, TODAY, 'EUR');
		expect(basket).toHaveLength(20);
		expect([basket[0]!.productId, basket[19]!.productId]).toEqual(['p24', 'p05']);
	});
});

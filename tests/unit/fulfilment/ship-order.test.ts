import { describe, expect, test } from 'vitest';
import { domainFailure } from '../domain-failure.ts';
import type { FulfilmentOrder, FulfilmentOrderLine, KeyedStockLevel } from '../../../packages/crm-core/src/fulfilment/index.ts';
import { shipmentStockScope, shipOrder } from '../../../packages/crm-core/src/fulfilment/index.ts';
import type { LineKind } from '../../../packages/crm-core/src/orders/index.ts';

const order = (o: Partial<FulfilmentOrder> = {}): FulfilmentOrder => ({ id: 'o1', number: 'SO-2026-000001', status: 'confirmed', customerId: 'c1', warehouseId: 'w1', currency: 'EUR', ...o });
const line = (id: string, productId: string, quantityMilli: number, l: Partial<FulfilmentOrderLine> = {}): FulfilmentOrderLine => ({
	id,
	productId,
	description: null,
	quantityMilli,
	shippedMilli: 0,
	reservedMilli: quantityMilli,
	invoicedMilli: 0,
	unitPrice: 1000,
	vatRateBp: 1900,
	discountBp: 0,
	discountAmount: null,
	...l,
});
const stockRow = (id: string, productId: string, warehouseId: string, onHandMilli: number, reservedMilli: number): KeyedStockLevel => ({ id, productId, warehouseId, onHandMilli, reservedMilli });
const kinds = new Map<string, LineKind>([
	['drill', 'goods'],
	['saw', 'goods'],
	['install', 'service'],
]);
const facts = (o: Partial<Parameters<typeof shipOrder>[0]> = {}) => ({
	order: order(),
	lines: [line('l1', 'drill', 5000), line('l2', 'saw', 2000)],
	kinds,
	stock: [stockRow('s1', 'drill', 'w1', 10_000, 5000), stockRow('s2', 'saw', 'w1', 4000, 2000)],
	warehouseExists: true,
	today: '2026-03-10',
	...o,
});
const failure = domainFailure;

describe('shipOrder', () => {
	test('ships part of a line from the reserving warehouse: stock off hand and its reservation released together', () => {
		const plan = shipOrder(facts(), { lines: [{ lineId: 'l1', quantityMilli: 2000 }], shippedOn: '2026-03-09' });
		expect(plan).toEqual({
			stock: [{ stockId: 's1', onHandDecrementMilli: 2000, reservedDecrementMilli: 2000 }],
			lines: [{ lineId: 'l1', shippedMilli: 2000, reservedMilli: 3000 }],
			shipment: { kind: 'waybill', orderId: 'o1', customerId: 'c1', warehouseId: 'w1', shippedOn: '2026-03-09', lines: [{ orderLineId: 'l1', quantityMilli: 2000 }] },
			numberSeries: { prefix: 'SH', year: 2026 },
			status: 'partially_shipped',
		});
	});

	test('without lines ships everything left, dated today, and the order is shipped', () => {
		const plan = shipOrder(facts({ lines: [line('l1', 'drill', 5000, { shippedMilli: 3000, reservedMilli: 2000 }), line('l2', 'saw', 2000)] }), {});
		expect([plan.shipment.shippedOn, plan.shipment.lines, plan.status]).toEqual(['2026-03-10', [{ orderLineId: 'l1', quantityMilli: 2000 }, { orderLineId: 'l2', quantityMilli: 2000 }], 'shipped']);
		expect(plan.lines).toEqual([
			{ lineId: 'l1', shippedMilli: 5000, reservedMilli: 0 },
			{ lineId: 'l2', shippedMilli: 2000, reservedMilli: 0 },
		]);
	});

	test('shipping from another warehouse leaves its reservations alone and releases the order\'s where it was made', () => {
		const stock = [stockRow('s1', 'drill', 'w1', 10_000, 5000), stockRow('s3', 'drill', 'w2', 3000, 2500)];
		const plan = shipOrder(facts({ lines: [line('l1', 'drill', 5000)], stock }), { warehouseId: 'w2', lines: [{ lineId: 'l1', quantityMilli: 2000 }] });
		expect(plan.stock).toEqual([
			{ stockId: 's3', onHandDecrementMilli: 2000, reservedDecrementMilli: 0 },
			{ stockId: 's1', onHandDecrementMilli: 0, reservedDecrementMilli: 2000 },
		]);
		expect([plan.lines, plan.shipment.warehouseId]).toEqual([[{ lineId: 'l1', shippedMilli: 2000, reservedMilli: 3000 }], 'w2']);
	});

	test('never releases more than the reserving warehouse still holds', () => {
		const stock = [stockRow('s1', 'drill', 'w1', 10_000, 500), stockRow('s3', 'drill', 'w2', 3000, 0)];
		const plan = shipOrder(facts({ lines: [line('l1', 'drill', 5000)], stock }), { warehouseId: 'w2', lines: [{ lineId: 'l1', quantityMilli: 2000 }] });
		expect(plan.stock).toEqual([
			{ stockId: 's3', onHandDecrementMilli: 2000, reservedDecrementMilli: 0 },
			{ stockId: 's1', onHandDecrementMilli: 0, reservedDecrementMilli: 500 },
		]);
	});

	test('a service act moves no stock and names a warehouse only when asked', () => {
		const plan = shipOrder(facts({ lines: [line('l9', 'install', 2000, { reservedMilli: 0 })], stock: [] }), {});
		expect([plan.shipment.kind, plan.shipment.warehouseId, plan.stock, plan.status]).toEqual(['service_act', null, [], 'shipped']);
	});

	test.each([
		['a draft order', facts({ order: order({ status: 'draft' }) }), {}, ['CRM_INVALID_TRANSITION', 'status']],
		['an invoiced order', facts({ order: order({ status: 'invoiced' }) }), {}, ['CRM_INVALID_TRANSITION', 'status']],
		['an unknown warehouse', facts({ warehouseExists: false }), { warehouseId: 'w9' }, ['CRM_REFERENCE_NOT_FOUND', 'warehouse']],
		['more than ordered', facts(), { lines: [{ lineId: 'l2', quantityMilli: 3000 }] }, ['CRM_OVER_SHIPMENT', 'lines[0].quantity_milli']],
	])('refuses %s', (_label, f, request, expected) => {
		expect(failure(() => shipOrder(f, request))).toEqual(expected);
	});

	test('the stock to lock: the order\'s goods where it ships from and where it reserved; anywhere without a warehouse', () => {
		const lines = [line('l1', 'drill', 1000), line('l9', 'install', 1000)];
		expect(shipmentStockScope(order(), lines, kinds, { warehouseId: 'w2' })).toEqual({ productIds: ['drill'], warehouseIds: ['w2', 'w1'] });
		expect(shipmentStockScope(order(), lines, kinds, {})).toEqual({ productIds: ['drill'], warehouseIds: ['w1'] });
		expect(shipmentStockScope(order({ warehouseId: null }), lines, kinds, {})).toEqual({ productIds: ['drill'], warehouseIds: null });
	});
});

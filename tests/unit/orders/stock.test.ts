import { describe, expect, test } from 'vitest';
import { planReservation, planShipment, type ReservationLine, type ShipmentOrderLine, type StockLevel } from '../../../packages/crm-core/src/orders/index.ts';

describe('planReservation', () => {
	const stock: StockLevel[] = [
		{ productId: 'p-1', warehouseId: 'W1', onHandMilli: 10_000, reservedMilli: 3_000 },
		{ productId: 'p-1', warehouseId: 'W2', onHandMilli: 50_000, reservedMilli: 0 },
		{ productId: 'p-2', warehouseId: 'W1', onHandMilli: 2_000, reservedMilli: 2_000 },
		{ productId: 'p-3', warehouseId: 'W1', onHandMilli: 1_000, reservedMilli: 1_500 },
	];
	const goods = (lineId: string, productId: string, quantityMilli: number): ReservationLine => ({ lineId, productId, quantityMilli, kind: 'goods' });

	test('reserves every goods line in full and skips services', () => {
		const lines = [goods('L1', 'p-1', 4_000), goods('L2', 'p-1', 3_000), { lineId: 'L3', productId: 's-1', quantityMilli: 1_000, kind: 'service' as const }];
		expect(planReservation({ lines, stock, warehouseId: 'W1' })).toEqual([
			{ lineId: 'L1', productId: 'p-1', warehouseId: 'W1', quantityMilli: 4_000 },
			{ lineId: 'L2', productId: 'p-1', warehouseId: 'W1', quantityMilli: 3_000 },
		]);
	});

	test('lists every short product, counting what other orders already reserved', () => {
		const lines = [goods('L1', 'p-1', 4_000), goods('L2', 'p-1', 3_001), goods('L3', 'p-2', 1_000), goods('L4', 'p-3', 1), goods('L5', 'p-9', 500)];
		expect(() => planReservation({ lines, stock, warehouseId: 'W1' })).toThrow(
			expect.objectContaining({
				code: 'CRM_INSUFFICIENT_STOCK',
				details: {
					field: 'lines',
					warehouseId: 'W1',
					shortages: [
						{ productId: 'p-1', warehouseId: 'W1', requestedMilli: 7_001, availableMilli: 7_000, shortMilli: 1 },
						{ productId: 'p-2', warehouseId: 'W1', requestedMilli: 1_000, availableMilli: 0, shortMilli: 1_000 },
						{ productId: 'p-3', warehouseId: 'W1', requestedMilli: 1, availableMilli: 0, shortMilli: 1 },
						{ productId: 'p-9', warehouseId: 'W1', requestedMilli: 500, availableMilli: 0, shortMilli: 500 },
					],
				},
			}),
		);
	});

	test('only counts the chosen warehouse', () => {
		expect(planReservation({ lines: [goods('L1', 'p-1', 20_000)], stock, warehouseId: 'W2' })).toEqual([{ lineId: 'L1', productId: 'p-1', warehouseId: 'W2', quantityMilli: 20_000 }]);
		expect(() => planReservation({ lines: [goods('L1', 'p-1', 20_000)], stock, warehouseId: 'W1' })).toThrow(expect.objectContaining({ code: 'CRM_INSUFFICIENT_STOCK' }));
	});

	test.each([0, -1_000, 1.5])('refuses to reserve a quantity of %s', (quantityMilli) => {
		expect(() => planReservation({ lines: [goods('L1', 'p-1', quantityMilli)], stock, warehouseId: 'W1' })).toThrow(
			expect.objectContaining({ code: 'CRM_INVALID_QUANTITY', details: { field: 'lines[0].quantityMilli' } }),
		);
	});
});

describe('planShipment', () => {
	const orderLines: ShipmentOrderLine[] = [
		{ lineId: 'L1', productId: 'p-1', quantityMilli: 5_000, shippedMilli: 1_000, kind: 'goods' },
		{ lineId: 'L2', productId: 'p-2', quantityMilli: 2_000, shippedMilli: 0, kind: 'goods' },
		{ lineId: 'L3', productId: 's-1', quantityMilli: 1_000, shippedMilli: 0, kind: 'service' },
	];
	const stock: StockLevel[] = [
		{ productId: 'p-1', warehouseId: 'W1', onHandMilli: 10_000, reservedMilli: 6_000 },
		{ productId: 'p-2', warehouseId: 'W1', onHandMilli: 1_500, reservedMilli: 2_000 },
	];

	test('ships what is left of a line, releases its reservation and leaves the order partially shipped', () => {
		expect(planShipment({ orderLines, request: [{ lineId: 'L1', quantityMilli: 4_000 }, { lineId: 'L3', quantityMilli: 1_000 }], stock })).toEqual({
			lines: [
				{ lineId: 'L1', productId: 'p-1', quantityMilli: 4_000, shippedMilli: 5_000 },
				{ lineId: 'L3', productId: 's-1', quantityMilli: 1_000, shippedMilli: 1_000 },
			],
			stock: [{ productId: 'p-1', warehouseId: 'W1', onHandDecrementMilli: 4_000, reservedDecrementMilli: 4_000 }],
			fulfilmentStatus: 'partially_shipped',
		});
	});

	test('marks the order shipped when the last line is complete', () => {
		const plan = planShipment({ orderLines, request: [{ lineId: 'L1', quantityMilli: 4_000 }, { lineId: 'L2', quantityMilli: 1_500 }, { lineId: 'L3', quantityMilli: 1_000 }], stock: [...stock, { productId: 'p-2', warehouseId: 'W1', onHandMilli: 500, reservedMilli: 0 }] });
		expect(plan.fulfilmentStatus).toBe('partially_shipped');
		const all = planShipment({
			orderLines,
			request: [{ lineId: 'L1', quantityMilli: 4_000 }, { lineId: 'L2', quantityMilli: 2_000 }, { lineId: 'L3', quantityMilli: 1_000 }],
			stock: [...stock, { productId: 'p-2', warehouseId: 'W1', onHandMilli: 500, reservedMilli: 0 }],
		});
		expect(all.fulfilmentStatus).toBe('shipped');
		expect(all.stock).toEqual([
			{ productId: 'p-1', warehouseId: 'W1', onHandDecrementMilli: 4_000, reservedDecrementMilli: 4_000 },
			{ productId: 'p-2', warehouseId: 'W1', onHandDecrementMilli: 2_000, reservedDecrementMilli: 2_000 },
		]);
	});

	test.each([
		['what the line still holds', { reservedMilli: 1_000 }, 6_000, 1_000],
		['what the warehouse has reserved', {}, 500, 500],
		['nothing, when the line reserved nothing', { reservedMilli: 0 }, 6_000, 0],
	])('releases no more reservation than %s', (_name, change, rowReserved, released) => {
		const plan = planShipment({
			orderLines: [{ ...orderLines[0]!, ...change }],
			request: [{ lineId: 'L1', quantityMilli: 3_000 }],
			stock: [{ productId: 'p-1', warehouseId: 'W1', onHandMilli: 10_000, reservedMilli: rowReserved }],
		});
		expect(plan.stock).toEqual([{ productId: 'p-1', warehouseId: 'W1', onHandDecrementMilli: 3_000, reservedDecrementMilli: released }]);
	});

	test('refuses to ship more than ordered minus shipped, naming every line', () => {
		expect(() => planShipment({ orderLines, request: [{ lineId: 'L1', quantityMilli: 4_001 }, { lineId: 'L3', quantityMilli: 2_000 }], stock })).toThrow(
			expect.objectContaining({
				code: 'CRM_OVER_SHIPMENT',
				details: {
					field: 'request[0].quantityMilli',
					lines: [
						{ index: 0, lineId: 'L1', requestedMilli: 4_001, remainingMilli: 4_000 },
						{ index: 1, lineId: 'L3', requestedMilli: 2_000, remainingMilli: 1_000 },
					],
				},
			}),
		);
	});

	test('refuses goods that are not on hand, summing lines of the same product', () => {
		const lines: ShipmentOrderLine[] = [...orderLines, { lineId: 'L4', productId: 'p-1', quantityMilli: 8_000, shippedMilli: 0, kind: 'goods' }];
		expect(() => planShipment({ orderLines: lines, request: [{ lineId: 'L1', quantityMilli: 4_000 }, { lineId: 'L4', quantityMilli: 7_000 }, { lineId: 'L2', quantityMilli: 2_000 }], stock })).toThrow(
			expect.objectContaining({
				code: 'CRM_INSUFFICIENT_STOCK',
				details: {
					field: 'request',
					warehouseId: 'W1',
					shortages: [
						{ productId: 'p-1', warehouseId: 'W1', requestedMilli: 11_000, availableMilli: 10_000, shortMilli: 1_000 },
						{ productId: 'p-2', warehouseId: 'W1', requestedMilli: 2_000, availableMilli: 1_500, shortMilli: 500 },
					],
				},
			}),
		);
	});

	test('ships services without any stock', () => {
		expect(planShipment({ orderLines, request: [{ lineId: 'L3', quantityMilli: 1_000 }], stock: [] })).toEqual({
			lines: [{ lineId: 'L3', productId: 's-1', quantityMilli: 1_000, shippedMilli: 1_000 }],
			stock: [],
			fulfilmentStatus: 'partially_shipped',
		});
	});

	test('asks which warehouse ships when the stock spans several, and uses the one named', () => {
		const twoWarehouses = [...stock, { productId: 'p-1', warehouseId: 'W2', onHandMilli: 100, reservedMilli: 0 }];
		const request = [{ lineId: 'L1', quantityMilli: 100 }];
		expect(() => planShipment({ orderLines, request, stock: twoWarehouses })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_PAYLOAD', details: { field: 'warehouseId', warehouses: ['W1', 'W2'] } }));
		expect(planShipment({ orderLines, request, stock: twoWarehouses, warehouseId: 'W2' }).stock).toEqual([{ productId: 'p-1', warehouseId: 'W2', onHandDecrementMilli: 100, reservedDecrementMilli: 0 }]);
	});

	test.each([
		['an empty shipment', [], 'CRM_REQUIRED_FIELD', 'request'],
		['a zero quantity', [{ lineId: 'L1', quantityMilli: 0 }], 'CRM_INVALID_QUANTITY', 'request[0].quantityMilli'],
		['a negative quantity', [{ lineId: 'L1', quantityMilli: -1_000 }], 'CRM_INVALID_QUANTITY', 'request[0].quantityMilli'],
		['a line of another order', [{ lineId: 'L9', quantityMilli: 1_000 }], 'CRM_REFERENCE_NOT_FOUND', 'request[0].lineId'],
		['the same line twice', [{ lineId: 'L1', quantityMilli: 1_000 }, { lineId: 'L1', quantityMilli: 1_000 }], 'CRM_INVALID_PAYLOAD', 'request[1].lineId'],
	])('refuses %s', (_name, request, code, field) => {
		expect(() => planShipment({ orderLines, request, stock })).toThrow(expect.objectContaining({ code, details: expect.objectContaining({ field }) }));
	});
});

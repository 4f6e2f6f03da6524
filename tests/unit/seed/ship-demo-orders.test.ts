import { describe, expect, test } from 'vitest';
import type { OrdersToCash } from '../../../scripts/seed/orders-to-cash-context.ts';
import type { OrderPlan } from '../../../scripts/seed/plan-demo-documents.ts';
import { type ShipmentAsked, shipDemoOrders } from '../../../scripts/seed/ship-demo-orders.ts';

const T0 = Date.parse('2026-11-02T09:00:00.000Z');
const HOUR = 3_600_000;
const otc = {
	today: '2026-11-26',
	productById: new Map([['goods', { id: 'goods', kind: 'goods' }], ['service', { id: 'service', kind: 'service' }]]),
	audit: (ms: number) => ({ date_created: new Date(ms).toISOString(), date_updated: null, user_created: null }),
} as unknown as OrdersToCash;

const line = (id: string, product: string, quantity: number) => ({ id, order: 'o1', product, description: null, quantity_milli: quantity, unit_price: 1000, vat_rate_bp: 1900, discount_bp: 0, discount_amount: 0, reserved_milli: 0, shipped_milli: 0, invoiced_milli: 0 });
function order(status: string, confirmedMs: number | null): OrderPlan {
	const row = { id: 'o1', number: '', status, customer: 'c1', warehouse: 'w1', currency: 'EUR', confirmed_at: confirmedMs === null ? null : new Date(confirmedMs).toISOString() };
	return { row, lines: [line('l1', 'goods', 3000), line('l2', 'service', 1000)] } as unknown as OrderPlan;
}
const asked = (plan: OrderPlan, id: string, atMs: number, kind: 'waybill' | 'service_act', lines: [string, number][]): ShipmentAsked => ({
	plan,
	id,
	lineIds: lines.map(([l]) => `${id}-${l}`),
	createdMs: atMs,
	request: { kind, shippedOn: new Date(atMs).toISOString().slice(0, 10), lines: lines.map(([lineId, quantityMilli]) => ({ lineId, quantityMilli })) },
});

describe('shipDemoOrders', () => {
	test('shipments go through shipOrder in the order they happened: lines, reservations and the stock book move with them', () => {
		const plan = order('shipped', T0);
		// Asked out of order: the later waybill first.
		const out = shipDemoOrders(otc, [plan], [asked(plan, 's2', T0 + 48 * HOUR, 'waybill', [['l1', 2000]]), asked(plan, 's1', T0 + HOUR, 'waybill', [['l1', 1000]]), asked(plan, 's3', T0 + 2 * HOUR, 'service_act', [['l2', 1000]])]);
		expect(out.shipments.map((s) => [s.id, s.kind, s.warehouse, s.shipped_on])).toEqual([
			['s2', 'waybill', 'w1', '2026-11-04'],
			['s1', 'waybill', 'w1', '2026-11-02'],
			['s3', 'service_act', null, '2026-11-02'],
		]);
		expect(out.shipmentLines).toEqual([
			{ id: 's2-l1', shipment: 's2', order_line: 'l1', quantity_milli: 2000 },
			{ id: 's1-l1', shipment: 's1', order_line: 'l1', quantity_milli: 1000 },
			{ id: 's3-l2', shipment: 's3', order_line: 'l2', quantity_milli: 1000 },
		]);
		expect(plan.lines.map((l) => [l.shipped_milli, l.reserved_milli])).toEqual([[3000, 0], [1000, 0]]);
		// The opening held what the order took; nothing is left on hand or reserved.
		expect([...out.stock.values()]).toEqual([{ id: 'goods|w1', productId: 'goods', warehouseId: 'w1', onHandMilli: 0, reservedMilli: 0 }]);
	});

	test('a partial shipment leaves the rest reserved', () => {
		const plan = order('partially_shipped', T0);
		const out = shipDemoOrders(otc, [plan], [asked(plan, 's1', T0 + HOUR, 'waybill', [['l1', 1000]])]);
		expect(plan.lines[0]).toMatchObject({ shipped_milli: 1000, reserved_milli: 2000 });
		expect(out.stock.get('goods|w1')).toMatchObject({ onHandMilli: 2000, reservedMilli: 2000 });
	});

	test('an order is not shipped before it was confirmed (shipOrder refuses a draft)', () => {
		const plan = order('shipped', T0 + HOUR);
		expect(() => shipDemoOrders(otc, [plan], [asked(plan, 's1', T0, 'waybill', [['l1', 3000]])])).toThrow(/draft/i);
	});

	test('the planned status must be where shipping left the order', () => {
		const plan = order('shipped', T0);
		expect(() => shipDemoOrders(otc, [plan], [asked(plan, 's1', T0 + HOUR, 'waybill', [['l1', 1000]])])).toThrow('shipping left it partially_shipped');
	});
});

import { describe, expect, test } from 'vitest';
import {
	type CreditableLine,
	deriveInvoiceStatus,
	parseCreditNoteRequest,
	parseInvoiceRequest,
	parseShipmentRequest,
	planCreditNote,
	planInvoiceQuantities,
	planOrderShipment,
	type StoredInvoiceLine,
	withCreditedSoFar,
} from '../../../packages/crm-core/src/fulfilment/index.ts';
import type { ShipmentOrderLine, StockLevel } from '../../../packages/crm-core/src/orders/index.ts';

const ID1 = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';

describe('deriveInvoiceStatus', () => {
	test.each([
		[{ gross: 10_000, open: 10_000, credited: 0 }, 'issued'],
		[{ gross: 10_000, open: 7_000, credited: 3_000 }, 'issued'],
		[{ gross: 10_000, open: 4_000, credited: 0 }, 'partially_paid'],
		[{ gross: 10_000, open: 4_000, credited: 3_000 }, 'partially_paid'],
		[{ gross: 10_000, open: 0, credited: 0 }, 'paid'],
		[{ gross: 10_000, open: 0, credited: 3_000 }, 'paid'],
		[{ gross: 10_000, open: 0, credited: 10_000 }, 'credited'],
		[{ gross: 10_000, open: -10_000, credited: 10_000 }, 'paid'],
		[{ gross: 0, open: 0, credited: 0 }, 'paid'],
	] as const)('%o → %s', (input, status) => {
		expect(deriveInvoiceStatus(input)).toBe(status);
	});

	test('refuses amounts that are not whole minor units', () => {
		expect(() => deriveInvoiceStatus({ gross: 1.5, open: 0, credited: 0 })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_AMOUNT', details: expect.objectContaining({ field: 'gross' }) }));
		expect(() => deriveInvoiceStatus({ gross: 100, open: 0, credited: -1 })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_AMOUNT' }));
	});
});

describe('request parsing', () => {
	const codeOf = (fn: () => unknown) => {
		try {
			fn();
		} catch (e) {
			const err = e as { code: string; details: { field?: string } };
			return [err.code, err.details.field];
		}
		return null;
	};

	test('shipments: defaults stay undefined, fields are checked and named', () => {
		expect(parseShipmentRequest(undefined)).toEqual({});
		expect(parseShipmentRequest({ kind: 'service_act', warehouse: ID1.toUpperCase(), shipped_on: '2026-03-01', lines: [{ order_line: ID2, quantity_milli: 1500 }] })).toEqual({
			kind: 'service_act',
			warehouseId: ID1,
			shippedOn: '2026-03-01',
			lines: [{ lineId: ID2, quantityMilli: 1500 }],
		});
		expect(codeOf(() => parseShipmentRequest([]))).toEqual(['CRM_INVALID_PAYLOAD', '']);
		expect(codeOf(() => parseShipmentRequest({ kind: 'truck' }))).toEqual(['CRM_INVALID_CHOICE', 'kind']);
		expect(codeOf(() => parseShipmentRequest({ shipped_on: '2026-02-30' }))).toEqual(['CRM_INVALID_FORMAT', 'shipped_on']);
		expect(codeOf(() => parseShipmentRequest({ warehouse: 'main' }))).toEqual(['CRM_INVALID_FORMAT', 'warehouse']);
		expect(codeOf(() => parseShipmentRequest({ colour: 'red' }))).toEqual(['CRM_INVALID_PAYLOAD', 'colour']);
		expect(codeOf(() => parseShipmentRequest({ lines: [] }))).toEqual(['CRM_REQUIRED_FIELD', 'lines']);
		expect(codeOf(() => parseShipmentRequest({ lines: [{ order_line: ID1, quantity_milli: 0 }] }))).toEqual(['CRM_INVALID_QUANTITY', 'lines[0].quantity_milli']);
		expect(codeOf(() => parseShipmentRequest({ lines: [{ order_line: ID1, quantity_milli: '2' }] }))).toEqual(['CRM_INVALID_TYPE', 'lines[0].quantity_milli']);
		expect(codeOf(() => parseShipmentRequest({ lines: [{ quantity_milli: 2 }] }))).toEqual(['CRM_REQUIRED_FIELD', 'lines[0].order_line']);
		expect(codeOf(() => parseShipmentRequest({ lines: [{ order_line: ID1, quantity_milli: 1 }, { order_line: ID1, quantity_milli: 2 }] }))).toEqual(['CRM_INVALID_PAYLOAD', 'lines[1].order_line']);
	});

	test('invoices and credit notes', () => {
		expect(parseInvoiceRequest({ issue_date: '2026-04-01', shipments: [ID1] })).toEqual({ issueDate: '2026-04-01', shipmentIds: [ID1] });
		expect(codeOf(() => parseInvoiceRequest({ shipments: ID1 }))).toEqual(['CRM_INVALID_TYPE', 'shipments']);
		expect(codeOf(() => parseInvoiceRequest({ shipments: [ID1, ID1] }))).toEqual(['CRM_INVALID_PAYLOAD', 'shipments[1]']);
		expect(codeOf(() => parseInvoiceRequest({ issue_date: 20260401 }))).toEqual(['CRM_INVALID_TYPE', 'issue_date']);

		expect(parseCreditNoteRequest({ reason: ' Damaged ', lines: [{ invoice_line: ID1, quantity_milli: 1000 }] })).toEqual({ reason: 'Damaged', lines: [{ lineId: ID1, quantityMilli: 1000 }] });
		expect(codeOf(() => parseCreditNoteRequest({}))).toEqual(['CRM_REQUIRED_FIELD', 'reason']);
		expect(codeOf(() => parseCreditNoteRequest({ reason: '  ' }))).toEqual(['CRM_REQUIRED_FIELD', 'reason']);
		expect(codeOf(() => parseCreditNoteRequest({ reason: 5 }))).toEqual(['CRM_INVALID_TYPE', 'reason']);
		expect(codeOf(() => parseCreditNoteRequest({ reason: 'x', lines: [{ order_line: ID1, quantity_milli: 1 }] }))).toEqual(['CRM_INVALID_PAYLOAD', 'order_line']);
	});
});

describe('planOrderShipment', () => {
	const orderLines: ShipmentOrderLine[] = [
		{ lineId: 'L1', productId: 'drill', quantityMilli: 5_000, shippedMilli: 0, kind: 'goods', reservedMilli: 5_000 },
		{ lineId: 'L2', productId: 'install', quantityMilli: 2_000, shippedMilli: 0, kind: 'service', reservedMilli: 0 },
	];
	const stock: StockLevel[] = [{ productId: 'drill', warehouseId: 'W1', onHandMilli: 8_000, reservedMilli: 6_000 }];

	test('a request mixing goods and services by default is refused; kind picks one part', () => {
		expect(() => planOrderShipment({ orderLines, stock, warehouseId: 'W1' })).toThrow(expect.objectContaining({ code: 'CRM_MIXED_SHIPMENT', details: expect.objectContaining({ field: 'kind' }) }));
		const goods = planOrderShipment({ orderLines, stock, warehouseId: 'W1', kind: 'waybill' });
		expect([goods.kind, goods.lines, goods.stock, goods.fulfilmentStatus]).toEqual([
			'waybill',
			[{ lineId: 'L1', productId: 'drill', quantityMilli: 5_000, shippedMilli: 5_000 }],
			[{ productId: 'drill', warehouseId: 'W1', onHandDecrementMilli: 5_000, reservedDecrementMilli: 5_000 }],
			'partially_shipped',
		]);
		const services = planOrderShipment({ orderLines, stock, kind: 'service_act' });
		expect([services.kind, services.stock, services.lines.map((l) => l.lineId)]).toEqual(['service_act', [], ['L2']]);
	});

	test('explicit lines decide the kind and must not mix or contradict it', () => {
		expect(planOrderShipment({ orderLines, stock, lines: [{ lineId: 'L2', quantityMilli: 500 }] }).kind).toBe('service_act');
		expect(() => planOrderShipment({ orderLines, stock, lines: [{ lineId: 'L1', quantityMilli: 1_000 }, { lineId: 'L2', quantityMilli: 500 }] })).toThrow(
			expect.objectContaining({ code: 'CRM_MIXED_SHIPMENT', details: expect.objectContaining({ field: 'lines[1].order_line' }) }),
		);
		expect(() => planOrderShipment({ orderLines, stock, kind: 'service_act', lines: [{ lineId: 'L1', quantityMilli: 1_000 }] })).toThrow(expect.objectContaining({ code: 'CRM_MIXED_SHIPMENT' }));
		expect(() => planOrderShipment({ orderLines, stock, lines: [{ lineId: 'L9', quantityMilli: 1_000 }] })).toThrow(expect.objectContaining({ code: 'CRM_REFERENCE_NOT_FOUND', details: expect.objectContaining({ field: 'lines[0].order_line' }) }));
	});

	test('over-shipment and shortages carry the API field names', () => {
		expect(() => planOrderShipment({ orderLines, stock, warehouseId: 'W1', lines: [{ lineId: 'L1', quantityMilli: 5_001 }] })).toThrow(
			expect.objectContaining({ code: 'CRM_OVER_SHIPMENT', details: expect.objectContaining({ field: 'lines[0].quantity_milli' }) }),
		);
		const scarce = [{ ...stock[0]!, onHandMilli: 1_000 }];
		expect(() => planOrderShipment({ orderLines, stock: scarce, warehouseId: 'W1', lines: [{ lineId: 'L1', quantityMilli: 2_000 }] })).toThrow(expect.objectContaining({ code: 'CRM_INSUFFICIENT_STOCK' }));
	});

	test('nothing left of a kind is CRM_NOTHING_TO_SHIP', () => {
		const shippedGoods = [{ ...orderLines[0]!, shippedMilli: 5_000, reservedMilli: 0 }, orderLines[1]!];
		expect(() => planOrderShipment({ orderLines: shippedGoods, stock, kind: 'waybill' })).toThrow(expect.objectContaining({ code: 'CRM_NOTHING_TO_SHIP' }));
		const rest = planOrderShipment({ orderLines: shippedGoods, stock });
		expect([rest.kind, rest.fulfilmentStatus]).toEqual(['service_act', 'shipped']);
	});
});

describe('planInvoiceQuantities', () => {
	const orderLines = [
		{ lineId: 'L1', quantityMilli: 5_000, shippedMilli: 5_000, invoicedMilli: 2_000 },
		{ lineId: 'L2', quantityMilli: 1_000, shippedMilli: 0, invoicedMilli: 0 },
	];
	const shipmentLines = [
		{ shipmentId: 'S1', orderLineId: 'L1', quantityMilli: 2_000 },
		{ shipmentId: 'S2', orderLineId: 'L1', quantityMilli: 3_000 },
	];

	test('bills shipped minus invoiced, or what the chosen shipments carried that is still unbilled (oldest billed first)', () => {
		expect(planInvoiceQuantities({ orderLines, shipmentLines })).toEqual([{ lineId: 'L1', quantityMilli: 3_000 }]);
		expect(planInvoiceQuantities({ orderLines, shipmentLines, shipmentIds: ['S2'] })).toEqual([{ lineId: 'L1', quantityMilli: 3_000 }]);
		expect(() => planInvoiceQuantities({ orderLines, shipmentLines, shipmentIds: ['S1'] })).toThrow(expect.objectContaining({ code: 'CRM_NOTHING_TO_INVOICE' }));
		expect(() => planInvoiceQuantities({ orderLines, shipmentLines, shipmentIds: ['S2', 'S9'] })).toThrow(expect.objectContaining({ code: 'CRM_REFERENCE_NOT_FOUND', details: { field: 'shipments[1]' } }));
	});

	test('nothing shipped and unbilled is CRM_NOTHING_TO_INVOICE', () => {
		expect(() => planInvoiceQuantities({ orderLines: [{ lineId: 'L1', quantityMilli: 5_000, shippedMilli: 3_000, invoicedMilli: 3_000 }], shipmentLines })).toThrow(expect.objectContaining({ code: 'CRM_NOTHING_TO_INVOICE' }));
	});
});

describe('planCreditNote', () => {
	// Three lines of 0.05 at 10 % VAT: the invoice states VAT 0.02 (0.015 rounded once), spread 1/1/0.
	const line = (lineId: string, orderLineId: string, vatAmount: number): StoredInvoiceLine => ({ lineId, orderLineId, productId: 'p', quantityMilli: 1_000, unitPrice: 5, discountBp: 0, vatRateBp: 1_000, netAmount: 5, vatAmount, grossAmount: 5 + vatAmount });
	const invoice = [line('I1', 'O1', 1), line('I2', 'O2', 1), line('I3', 'O3', 0)];
	const credit = (of: StoredInvoiceLine, quantityMilli: number, netAmount: number, vatAmount: number): StoredInvoiceLine => ({ ...of, lineId: `C-${of.lineId}`, quantityMilli, netAmount, vatAmount, grossAmount: netAmount + vatAmount });

	test('crediting line by line adds up to the invoice exactly', () => {
		let earlier: StoredInvoiceLine[] = [];
		let total = 0;
		for (const l of invoice) {
			const plan = planCreditNote({ lines: withCreditedSoFar(invoice, earlier), request: [{ lineId: l.lineId, quantityMilli: 1_000 }], currency: 'EUR' });
			earlier = [...earlier, credit(l, 1_000, plan.lines[0]!.netAmount, plan.lines[0]!.vatAmount)];
			total += plan.grossTotal;
		}
		expect(total).toBe(17);
		expect(() => planCreditNote({ lines: withCreditedSoFar(invoice, earlier), currency: 'EUR' })).toThrow(expect.objectContaining({ code: 'CRM_OVER_CREDIT' }));
	});

	test('a part of a line is priced on its own; the default credits the rest', () => {
		const big: StoredInvoiceLine = { lineId: 'I1', orderLineId: 'O1', productId: 'p', quantityMilli: 3_000, unitPrice: 1_999, discountBp: 0, vatRateBp: 1_900, netAmount: 5_997, vatAmount: 1_139, grossAmount: 7_136 };
		const part = planCreditNote({ lines: withCreditedSoFar([big], []), request: [{ lineId: 'I1', quantityMilli: 1_000 }], currency: 'EUR' });
		expect(part).toEqual({ lines: [{ lineId: 'I1', quantityMilli: 1_000, netAmount: 1_999, vatAmount: 380, grossAmount: 2_379 }], netTotal: 1_999, vatTotal: 380, grossTotal: 2_379 });
		const rest = planCreditNote({ lines: withCreditedSoFar([big], [credit(big, 1_000, 1_999, 380)]), currency: 'EUR' });
		expect(rest.lines).toEqual([{ lineId: 'I1', quantityMilli: 2_000, netAmount: 3_998, vatAmount: 759, grossAmount: 4_757 }]);
		expect(part.grossTotal + rest.grossTotal).toBe(big.grossAmount);
	});

	test('over-credit lists every line; unknown lines and indistinguishable lines are refused', () => {
		const lines: CreditableLine[] = withCreditedSoFar(invoice, [credit(invoice[0]!, 600, 3, 0)]);
		expect(() => planCreditNote({ lines, request: [{ lineId: 'I1', quantityMilli: 500 }, { lineId: 'I2', quantityMilli: 1_001 }], currency: 'EUR' })).toThrow(
			expect.objectContaining({
				code: 'CRM_OVER_CREDIT',
				details: { field: 'lines[0].quantity_milli', lines: [{ index: 0, lineId: 'I1', requestedMilli: 500, remainingMilli: 400 }, { index: 1, lineId: 'I2', requestedMilli: 1_001, remainingMilli: 1_000 }] },
			}),
		);
		expect(() => planCreditNote({ lines, request: [{ lineId: 'nope', quantityMilli: 1 }], currency: 'EUR' })).toThrow(expect.objectContaining({ code: 'CRM_REFERENCE_NOT_FOUND', details: expect.objectContaining({ field: 'lines[0].invoice_line' }) }));
		expect(() => withCreditedSoFar([line('A', 'O1', 1), line('B', 'O1', 1)], [])).toThrow(expect.objectContaining({ code: 'CRM_INVALID_PAYLOAD' }));
	});
});

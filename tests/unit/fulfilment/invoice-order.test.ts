import { describe, expect, test } from 'vitest';
import { domainFailure } from '../domain-failure.ts';
import { type FulfilmentOrderLine, invoiceOrder, type InvoiceOrderFacts } from '../../../packages/crm-core/src/fulfilment/index.ts';

const line = (id: string, productId: string, quantityMilli: number, l: Partial<FulfilmentOrderLine> = {}): FulfilmentOrderLine => ({
	id,
	productId,
	description: null,
	quantityMilli,
	shippedMilli: quantityMilli,
	reservedMilli: 0,
	invoicedMilli: 0,
	unitPrice: 1999,
	vatRateBp: 1900,
	discountBp: 0,
	discountAmount: null,
	...l,
});
const facts = (f: Partial<InvoiceOrderFacts> = {}): InvoiceOrderFacts => ({
	order: { id: 'o1', number: 'SO-2026-000001', status: 'shipped', customerId: 'c1', warehouseId: 'w1', currency: 'EUR' },
	lines: [line('l1', 'drill', 5000)],
	shipments: [],
	paymentTermsDays: 14,
	productNames: new Map([['drill', 'Cycle drill']]),
	rateToBase: '1',
	baseCurrency: 'EUR',
	key: 'inv1',
	number: 'INV-2026-000007',
	...f,
});
const failure = domainFailure;

describe('invoiceOrder', () => {
	test('bills what shipped, due after the payment terms, posts +gross, and a fully billed order is invoiced', () => {
		const plan = invoiceOrder(facts(), { issueDate: '2026-03-01' }, '2026-03-10');
		expect(plan.invoice).toEqual({
			key: 'inv1',
			number: 'INV-2026-000007',
			customerId: 'c1',
			orderId: 'o1',
			issueDate: '2026-03-01',
			dueDate: '2026-03-15',
			currency: 'EUR',
			fxRate: '1',
			netTotal: 9_995,
			vatTotal: 1_899,
			grossTotal: 11_894,
			grossTotalBase: 11_894,
			lines: [{ orderLineId: 'l1', productId: 'drill', description: 'Cycle drill', quantityMilli: 5000, unitPrice: 1999, discountBp: 0, vatRateBp: 1900, netAmount: 9_995, vatAmount: 1_899, grossAmount: 11_894 }],
		});
		expect(plan.ledger.map((e) => [e.kind, e.documentKey, e.amount, e.amountBase, e.entryDate, e.description])).toEqual([['invoice', 'inv1', 11_894, 11_894, '2026-03-01', 'Invoice INV-2026-000007']]);
		expect([plan.lines, plan.status]).toEqual([[{ lineId: 'l1', invoicedMilli: 5000 }], 'invoiced']);
	});

	test('a partial invoice bills its cumulative share of the line discount and leaves the status', () => {
		const lines = [line('l1', 'drill', 3000, { shippedMilli: 2000, discountAmount: 1000 })];
		const first = invoiceOrder(facts({ lines, order: { ...facts().order, status: 'partially_shipped' } }), {}, '2026-03-10');
		// 2 of 3 units: 2 × 19.99 = 39.98 less 2/3 of 10.00 = 6.67 → 33.31 net.
		expect([first.invoice.issueDate, first.invoice.netTotal, first.lines, first.status]).toEqual(['2026-03-10', 3_331, [{ lineId: 'l1', invoicedMilli: 2000 }], null]);
		const rest = invoiceOrder(facts({ lines: [line('l1', 'drill', 3000, { invoicedMilli: 2000, discountAmount: 1000 })] }), {}, '2026-03-12');
		// The last unit: 19.99 less the 3.33 left of the discount → 16.66; 33.31 + 16.66 = 49.97 = 59.97 − 10.00.
		expect([rest.invoice.netTotal, rest.status]).toEqual([1_666, 'invoiced']);
	});

	test('converts the gross to the base currency at the issue date\'s rate, half-even', () => {
		const plan = invoiceOrder(facts({ order: { ...facts().order, currency: 'USD' }, rateToBase: '0.9215' }), {}, '2026-03-10');
		// 118.94 USD × 0.9215 = 109.603210 EUR → 109.60
		expect([plan.invoice.grossTotal, plan.invoice.grossTotalBase, plan.ledger[0]!.amountBase]).toEqual([11_894, 10_960, 10_960]);
	});

	test('with shipments named, bills only what those carried, attributing earlier invoices to the oldest shipments', () => {
		const lines = [line('l1', 'drill', 5000, { invoicedMilli: 2000 })];
		const shipments = [
			{ id: 'sh2', number: 'SH-2026-000002', shippedOn: '2026-03-05', lines: [{ orderLineId: 'l1', quantityMilli: 3000 }] },
			{ id: 'sh1', number: 'SH-2026-000001', shippedOn: '2026-03-01', lines: [{ orderLineId: 'l1', quantityMilli: 2000 }] },
		];
		expect(invoiceOrder(facts({ lines, shipments }), { shipmentIds: ['sh2'] }, '2026-03-10').lines).toEqual([{ lineId: 'l1', invoicedMilli: 5000 }]);
		expect(failure(() => invoiceOrder(facts({ lines, shipments }), { shipmentIds: ['sh1'] }, '2026-03-10'))).toEqual(['CRM_NOTHING_TO_INVOICE', 'shipments']);
	});

	test.each([
		['a confirmed order', facts({ order: { ...facts().order, status: 'confirmed' } }), ['CRM_INVALID_TRANSITION', 'status']],
		['nothing left to bill', facts({ lines: [line('l1', 'drill', 5000, { invoicedMilli: 5000 })] }), ['CRM_NOTHING_TO_INVOICE', '']],
		['no exchange rate', facts({ rateToBase: null }), ['CRM_MISSING_RATE', 'issue_date']],
	])('refuses %s', (_label, f, expected) => {
		expect(failure(() => invoiceOrder(f, {}, '2026-03-10'))).toEqual(expected);
	});
});

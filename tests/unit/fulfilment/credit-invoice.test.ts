import { describe, expect, test } from 'vitest';
import { domainFailure } from '../domain-failure.ts';
import { creditInvoice, type CreditInvoiceFacts, type DescribedInvoiceLine } from '../../../packages/crm-core/src/fulfilment/index.ts';

// An invoice of 5 × 19.99 (VAT 19 %): net 99.95, VAT 18.99, gross 118.94, issued at 0.9 in USD.
const invoiceLine = (l: Partial<DescribedInvoiceLine> = {}): DescribedInvoiceLine => ({
	lineId: 'il1',
	orderLineId: 'ol1',
	productId: 'drill',
	description: 'Cycle drill',
	quantityMilli: 5000,
	unitPrice: 1999,
	discountBp: 0,
	discountAmount: 0,
	vatRateBp: 1900,
	netAmount: 9_995,
	vatAmount: 1_899,
	grossAmount: 11_894,
	...l,
});
const facts = (f: Partial<CreditInvoiceFacts> = {}): CreditInvoiceFacts => ({
	invoice: { id: 'inv1', number: 'INV-2026-000001', kind: 'invoice', customerId: 'c1', orderId: 'o1', issueDate: '2026-03-01', currency: 'USD', grossTotal: 11_894 },
	lines: [invoiceLine()],
	earlier: { grossTotals: [], lines: [] },
	position: { key: 'inv1', number: 'INV-2026-000001', currency: 'USD', baseCurrency: 'EUR', gross: 11_894, rateToBase: '0.9', open: 11_894, openBase: 10_705 },
	rateToBase: '0.9',
	baseCurrency: 'EUR',
	key: 'cn1',
	number: 'CN-2026-000001',
	...f,
});
const failure = domainFailure;

describe('creditInvoice', () => {
	test('credits two units: the credit note repeats the line, lowers the open item, and the unpaid invoice stays issued', () => {
		const plan = creditInvoice(facts(), { reason: 'Two returned', issueDate: '2026-03-05', lines: [{ lineId: 'il1', quantityMilli: 2000 }] }, '2026-03-10');
		expect(plan.creditNote).toEqual({
			key: 'cn1',
			number: 'CN-2026-000001',
			customerId: 'c1',
			orderId: 'o1',
			creditedInvoiceId: 'inv1',
			issueDate: '2026-03-05',
			currency: 'USD',
			fxRate: '0.9',
			netTotal: 3_998,
			vatTotal: 760,
			grossTotal: 4_758,
			grossTotalBase: 4_282,
			reason: 'Two returned',
			lines: [{ orderLineId: 'ol1', productId: 'drill', description: 'Credit: Cycle drill', quantityMilli: 2000, unitPrice: 1999, discountBp: 0, vatRateBp: 1900, netAmount: 3_998, vatAmount: 760, grossAmount: 4_758 }],
		});
		expect(plan.ledger.map((e) => [e.kind, e.invoiceKey, e.amount, e.amountBase])).toEqual([['credit_note', 'inv1', -4_758, -4_282]]);
		expect(plan.invoice).toEqual({ openAmount: 7_136, status: 'issued' });
	});

	test('a credit at another rate realises the exchange difference on the invoice', () => {
		const plan = creditInvoice(facts({ rateToBase: '1' }), { reason: 'All returned' }, '2026-03-10');
		// 118.94 USD carried at 107.05 EUR, credited at 118.94 EUR: the difference of 11.89 EUR brings the invoice to 0 in both currencies.
		expect(plan.ledger.map((e) => [e.kind, e.amount, e.amountBase])).toEqual([
			['credit_note', -11_894, -11_894],
			['exchange_difference', 0, 1_189],
		]);
		expect(plan.invoice).toEqual({ openAmount: 0, status: 'credited' });
	});

	test('only what earlier credit notes left can be credited again', () => {
		const earlier = { grossTotals: [4_758], lines: [invoiceLine({ lineId: 'cl1', quantityMilli: 2000, netAmount: 3_998, vatAmount: 760, grossAmount: 4_758 })] };
		const plan = creditInvoice(facts({ earlier, position: { ...facts().position, open: 7_136, openBase: 6_423 } }), { reason: 'The rest' }, '2026-03-10');
		expect([plan.creditNote.lines.map((l) => l.quantityMilli), plan.creditNote.grossTotal, plan.invoice]).toEqual([[3000], 7_136, { openAmount: 0, status: 'credited' }]);
	});

	test.each([
		['a credit note', facts({ invoice: { ...facts().invoice, kind: 'credit_note' } }), {}, ['CRM_INVALID_TRANSITION', 'kind']],
		['a date before the invoice', facts(), { issueDate: '2026-02-28' }, ['CRM_OUT_OF_RANGE', 'issue_date']],
		['more than was invoiced', facts(), { lines: [{ lineId: 'il1', quantityMilli: 6000 }] }, ['CRM_OVER_CREDIT', 'lines[0].quantity_milli']],
		['no exchange rate', facts({ rateToBase: null }), {}, ['CRM_MISSING_RATE', 'issue_date']],
	])('refuses %s', (_label, f, request, expected) => {
		expect(failure(() => creditInvoice(f, { reason: 'x', ...request }, '2026-03-10'))).toEqual(expected);
	});
});

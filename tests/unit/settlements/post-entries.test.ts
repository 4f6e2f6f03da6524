import { describe, expect, test } from 'vitest';
import {
	computeBalance,
	computeOpenItems,
	computeUnallocatedCredit,
	type LedgerEntry,
	postAllocation,
	postCreditNote,
	postInvoice,
	postPayment,
	postPaymentReversal,
} from '../../../packages/crm-core/src/settlements/index.ts';
import { allocation, creditNote, invoice, payment } from './fixtures.ts';

const pick = (entries: LedgerEntry[]) => entries.map(({ kind, invoiceKey, amount, currency, amountBase }) => ({ kind, invoiceKey, amount, currency, amountBase }));

describe('posting documents', () => {
	test('an invoice opens an item of its own gross amount', () => {
		expect(postInvoice(invoice())).toEqual([
			{
				customerId: 'C1',
				entryDate: '2026-01-10',
				kind: 'invoice',
				documentCollection: 'crm_invoices',
				documentKey: 'INV1',
				invoiceKey: 'INV1',
				amount: 100_000,
				currency: 'EUR',
				amountBase: 100_000,
				description: 'Invoice R-1001',
			},
		]);
	});

	test.each([
		['the credited invoice', 'INV1' as string | null],
		['customer credit when it credits nothing specific', null],
	])('a credit note lowers %s', (_label, invoiceKey) => {
		expect(pick(postCreditNote(creditNote({ invoiceKey })))).toEqual([{ kind: 'credit_note', invoiceKey, amount: -5_000, currency: 'EUR', amountBase: -5_000 }]);
	});

	test('a payment becomes unallocated credit', () => {
		expect(pick(postPayment(payment()))).toEqual([{ kind: 'payment', invoiceKey: null, amount: -30_000, currency: 'EUR', amountBase: -30_000 }]);
	});

	test('an allocation moves money from the credit onto the invoice', () => {
		expect(pick(postAllocation(allocation()))).toEqual([
			{ kind: 'allocation', invoiceKey: null, amount: 30_000, currency: 'EUR', amountBase: 30_000 },
			{ kind: 'allocation', invoiceKey: 'INV1', amount: -30_000, currency: 'EUR', amountBase: -30_000 },
		]);
	});

	test.each([
		// [amount, rate, base of the invoice entry]
		[100_000, '0.9', 90_000],
		[1_005, '0.9', 904], // 904.5 → 904 (half-even)
		[1_015, '0.9', 914], // 913.5 → 914 (half-even)
		[12_345, '0.9221', 11_383], // 11383.3245
	])('converts a USD invoice of %i at %s into %i EUR cents', (amount, rateToBase, base) => {
		const [entry] = postInvoice(invoice({ amount, currency: 'USD', rateToBase }));
		expect(entry).toMatchObject({ amount, currency: 'USD', amountBase: base });
	});

	test('converts JPY into EUR with the currencies\' own decimals', () => {
		const [entry] = postPayment(payment({ amount: 10_000, currency: 'JPY', rateToBase: '0.0061' }));
		expect(entry).toMatchObject({ amount: -10_000, amountBase: -6_100 });
	});

	test('an allocation pair has equal and opposite base amounts even when rounding', () => {
		const [credit, debit] = postAllocation(allocation({ amount: 1_005, currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', rateToBase: '0.9' }));
		expect(credit?.amountBase).toBe(904);
		expect(debit?.amountBase).toBe(-904);
	});

	test.each([
		['invoice', { invoiceCurrency: 'USD' }],
		['payment', { paymentCurrency: 'USD' }],
	])('refuses an allocation in another currency than its %s', (_side, overrides) => {
		expect(() => postAllocation(allocation(overrides))).toThrow(expect.objectContaining({ code: 'CRM_CURRENCY_MISMATCH' }));
	});

	test.each([
		['a negative amount', () => postPayment(payment({ amount: -1 })), 'CRM_INVALID_AMOUNT'],
		['a zero payment', () => postPayment(payment({ amount: 0 })), 'CRM_INVALID_AMOUNT'],
		['a fractional amount', () => postCreditNote(creditNote({ amount: 10.5 })), 'CRM_INVALID_AMOUNT'],
		['an invalid date', () => postInvoice(invoice({ date: '2026-13-01' })), 'CRM_INVALID_FORMAT'],
		['an invalid rate', () => postInvoice(invoice({ rateToBase: '0' })), 'CRM_INVALID_RATE'],
		['an invalid currency', () => postInvoice(invoice({ currency: 'eur' })), 'CRM_INVALID_CURRENCY'],
		['a missing customer', () => postInvoice(invoice({ customerId: '' })), 'CRM_REQUIRED_FIELD'],
		['an allocation without an invoice', () => postAllocation(allocation({ invoiceKey: '' })), 'CRM_REQUIRED_FIELD'],
	])('refuses %s', (_label, post, code) => {
		expect(post).toThrow(expect.objectContaining({ code }));
	});

	test('accepts a zero invoice (fully discounted)', () => {
		expect(postInvoice(invoice({ amount: 0 }))[0]?.amount).toBe(0);
	});
});

describe('payment reversal', () => {
	const invoices = [{ key: 'INV1', number: 'R-1001', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'USD', grossAmount: 100_000 }];
	const usd = { currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD' };
	const pay = payment({ amount: 50_005, currency: 'USD', rateToBase: '0.9' });
	const allocations = [allocation({ ...usd, key: 'AL1', amount: 20_005, rateToBase: '0.9' }), allocation({ ...usd, key: 'AL2', amount: 30_000, date: '2026-01-25', rateToBase: '0.95' })];
	const before = [...postInvoice(invoice({ currency: 'USD', rateToBase: '0.9' }))];
	const applied = [...before, ...postPayment(pay), ...allocations.flatMap(postAllocation)];
	const reversal = postPaymentReversal({ ...pay, reversedOn: '2026-02-01', reason: 'returned by the bank' }, allocations);

	test('a reversal restores the invoice\'s open amount', () => {
		expect(computeOpenItems(applied, invoices)[0]?.open).toBe(49_995);
		expect(computeOpenItems([...applied, ...reversal], invoices)[0]?.open).toBe(100_000);
	});

	test('a reversal restores the balance exactly, in the base currency too', () => {
		expect(computeBalance([...applied, ...reversal])).toEqual(computeBalance(before));
		expect(computeUnallocatedCredit([...applied, ...reversal])).toEqual([]);
	});

	test('a reversal negates every original entry on the reversal day', () => {
		expect(reversal.map(({ entryDate, kind, documentKey, invoiceKey, amount, amountBase }) => ({ entryDate, kind, documentKey, invoiceKey, amount, amountBase }))).toEqual([
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentKey: 'AL1', invoiceKey: null, amount: -20_005, amountBase: -18_004 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentKey: 'AL1', invoiceKey: 'INV1', amount: 20_005, amountBase: 18_004 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentKey: 'AL2', invoiceKey: null, amount: -30_000, amountBase: -28_500 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentKey: 'AL2', invoiceKey: 'INV1', amount: 30_000, amountBase: 28_500 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentKey: 'PAY1', invoiceKey: null, amount: 50_005, amountBase: 45_004 },
		]);
		expect(reversal.at(-1)?.description).toBe('Reversal of payment Z-1: returned by the bank');
	});

	test.each([
		['another payment\'s allocation', { paymentKey: 'PAY2' }],
		['another customer\'s allocation', { customerId: 'C2' }],
	])('refuses to reverse with %s', (_label, overrides) => {
		expect(() => postPaymentReversal({ ...payment(), reversedOn: '2026-02-01' }, [allocation(overrides)])).toThrow(expect.objectContaining({ code: 'CRM_DOCUMENT_MISMATCH' }));
	});

	test('refuses a reversal dated before the payment', () => {
		expect(() => postPaymentReversal({ ...payment(), reversedOn: '2026-01-19' }, [])).toThrow(expect.objectContaining({ code: 'CRM_OUT_OF_RANGE' }));
	});
});

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
import { allocation, creditNote, invoice, payment, positionOf, reversedAllocation } from './fixtures.ts';

/** Invoice R-1001 (EUR 1000.00) as issued, before anything settled it. */
const issued = positionOf(invoice(), postInvoice(invoice()));

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
		expect(pick(postCreditNote(creditNote({ invoiceKey }), invoiceKey === null ? null : issued))).toEqual([{ kind: 'credit_note', invoiceKey, amount: -5_000, currency: 'EUR', amountBase: -5_000 }]);
	});

	test('a payment becomes unallocated credit', () => {
		expect(pick(postPayment(payment()))).toEqual([{ kind: 'payment', invoiceKey: null, amount: -30_000, currency: 'EUR', amountBase: -30_000 }]);
	});

	test('an allocation moves money from the credit onto the invoice', () => {
		expect(pick(postAllocation(allocation(), issued))).toEqual([
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
		const usdInvoice = invoice({ currency: 'USD', rateToBase: '0.9' });
		const [credit, debit, ...rest] = postAllocation(allocation({ amount: 1_005, currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', rateToBase: '0.9' }), positionOf(usdInvoice, postInvoice(usdInvoice)));
		expect(credit?.amountBase).toBe(904);
		expect(debit?.amountBase).toBe(-904);
		expect(rest).toEqual([]);
	});

	test.each([
		// [already allocated of the payment, allocated now, base of the pair]: 0.9 × 10.05 = 9.045
		[0, 1_005, 904], // 904.5 → 904 (half-even)
		[1_005, 1_005, 905], // 1809 − 904
		[2_010, 1_005, 905], // 2713.5 → 2714 (half-even), − 1809
	])('an allocation is the cumulative share of its payment at the payment\'s rate (%i allocated before, %i now → %i)', (paymentAllocatedBefore, amount, base) => {
		const usdInvoice = invoice({ currency: 'USD', rateToBase: '0.9' });
		const [credit] = postAllocation(allocation({ amount, paymentAllocatedBefore, currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', rateToBase: '0.9' }), positionOf(usdInvoice, postInvoice(usdInvoice)));
		expect(credit?.amountBase).toBe(base);
	});

	test.each([
		['invoice', { invoiceCurrency: 'USD' }],
		['payment', { paymentCurrency: 'USD' }],
	])('refuses an allocation in another currency than its %s', (_side, overrides) => {
		expect(() => postAllocation(allocation(overrides), issued)).toThrow(expect.objectContaining({ code: 'CRM_CURRENCY_MISMATCH' }));
	});

	test.each([
		['a negative amount', () => postPayment(payment({ amount: -1 })), 'CRM_INVALID_AMOUNT'],
		['a zero payment', () => postPayment(payment({ amount: 0 })), 'CRM_INVALID_AMOUNT'],
		['a fractional amount', () => postCreditNote(creditNote({ amount: 10.5 }), issued), 'CRM_INVALID_AMOUNT'],
		['an invalid date', () => postInvoice(invoice({ date: '2026-13-01' })), 'CRM_INVALID_FORMAT'],
		['an invalid rate', () => postInvoice(invoice({ rateToBase: '0' })), 'CRM_INVALID_RATE'],
		['an invalid currency', () => postInvoice(invoice({ currency: 'eur' })), 'CRM_INVALID_CURRENCY'],
		['a missing customer', () => postInvoice(invoice({ customerId: '' })), 'CRM_REQUIRED_FIELD'],
		['an allocation without an invoice', () => postAllocation(allocation({ invoiceKey: '' }), issued), 'CRM_REQUIRED_FIELD'],
		['an allocation with a negative share of its payment before it', () => postAllocation(allocation({ paymentAllocatedBefore: -1 }), issued), 'CRM_INVALID_AMOUNT'],
		['an allocation with the facts of another invoice', () => postAllocation(allocation({ invoiceKey: 'INV2' }), issued), 'CRM_DOCUMENT_MISMATCH'],
		['a credit note with the facts of another invoice', () => postCreditNote(creditNote({ invoiceKey: 'INV2' }), issued), 'CRM_DOCUMENT_MISMATCH'],
		['a credit note on an invoice without its facts', () => postCreditNote(creditNote(), null), 'CRM_DOCUMENT_MISMATCH'],
	])('refuses %s', (_label, post, code) => {
		expect(post).toThrow(expect.objectContaining({ code }));
	});

	test('accepts a zero invoice (fully discounted)', () => {
		expect(postInvoice(invoice({ amount: 0 }))[0]?.amount).toBe(0);
	});
});

describe('payment reversal', () => {
	const invoices = [{ key: 'INV1', number: 'R-1001', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'USD', grossAmount: 100_000 }];
	const usd = { currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', rateToBase: '0.95' };
	const usdInvoice = invoice({ currency: 'USD', rateToBase: '0.9' });
	const pay = payment({ amount: 50_005, currency: 'USD', rateToBase: '0.95' });
	const allocations = [allocation({ ...usd, key: 'AL1', amount: 20_005 }), allocation({ ...usd, key: 'AL2', amount: 30_000, date: '2026-01-25', paymentAllocatedBefore: 20_005 })];
	const before = [...postInvoice(usdInvoice)];
	const applied = [...before, ...postPayment(pay)];
	for (const a of allocations) applied.push(...postAllocation(a, positionOf(usdInvoice, applied)));
	const reversal = postPaymentReversal(
		{ ...pay, reversedOn: '2026-02-01', reason: 'returned by the bank' },
		allocations.map((a) => reversedAllocation(a, applied)),
	);

	test('a reversal restores the invoice\'s open amount', () => {
		expect(computeOpenItems(applied, invoices)[0]?.open).toBe(49_995);
		expect(computeOpenItems([...applied, ...reversal], invoices)[0]?.open).toBe(100_000);
	});

	test('a reversal restores the balance exactly, in the base currency too', () => {
		expect(computeBalance([...applied, ...reversal])).toEqual(computeBalance(before));
		expect(computeUnallocatedCredit([...applied, ...reversal])).toEqual([]);
	});

	test('the allocations realised exchange gains on 500.05 USD: 475.05 EUR received for 450.04 carried', () => {
		expect(applied.filter((e) => e.kind === 'exchange_difference').map(({ documentKey, amountBase }) => [documentKey, amountBase])).toEqual([
			['AL1', 1_001], // the pair 190.05 (200.05 at 0.95) against 180.04 (200.05 at 0.9, half-even)
			['AL2', 1_500], // the pair 285.00 against 450.04 − 180.04 = 270.00, cumulatively at 0.9
		]);
		expect(computeBalance(applied).balanceBase).toBe(90_000 - 47_505 + 2_501);
	});

	test('a reversal negates every original entry on the reversal day', () => {
		expect(reversal.map(({ entryDate, kind, documentCollection, documentKey, invoiceKey, amount, amountBase }) => ({ entryDate, kind, documentCollection, documentKey, invoiceKey, amount, amountBase }))).toEqual([
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentCollection: 'crm_payment_allocations', documentKey: 'AL1', invoiceKey: null, amount: -20_005, amountBase: -19_005 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentCollection: 'crm_payment_allocations', documentKey: 'AL1', invoiceKey: 'INV1', amount: 20_005, amountBase: 19_005 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentCollection: 'crm_payment_allocations', documentKey: 'AL2', invoiceKey: null, amount: -30_000, amountBase: -28_500 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentCollection: 'crm_payment_allocations', documentKey: 'AL2', invoiceKey: 'INV1', amount: 30_000, amountBase: 28_500 },
			{ entryDate: '2026-02-01', kind: 'payment_reversal', documentCollection: 'crm_payments', documentKey: 'PAY1', invoiceKey: null, amount: 50_005, amountBase: 47_505 },
			{ entryDate: '2026-02-01', kind: 'exchange_difference', documentCollection: 'crm_payments', documentKey: 'PAY1', invoiceKey: 'INV1', amount: 0, amountBase: -2_501 },
		]);
		expect(reversal.map((e) => e.description).slice(-2)).toEqual([
			'Reversal of payment Z-1: returned by the bank',
			'Reversal of exchange gain on invoice R-1001: payment Z-1 reversed: returned by the bank',
		]);
	});

	test.each([
		['another payment\'s allocation', { paymentKey: 'PAY2' }],
		['another customer\'s allocation', { customerId: 'C2' }],
	])('refuses to reverse with %s', (_label, overrides) => {
		const document = allocation(overrides);
		const stored = reversedAllocation(document, postAllocation(document, issued));
		expect(() => postPaymentReversal({ ...payment(), reversedOn: '2026-02-01' }, [stored])).toThrow(expect.objectContaining({ code: 'CRM_DOCUMENT_MISMATCH' }));
	});

	test.each([
		['an allocation already undone', (entries: LedgerEntry[]) => [...entries, ...entries.map((e) => ({ ...e, kind: 'payment_reversal' as const, amount: -e.amount, amountBase: -e.amountBase }))]],
		['half an allocation pair', (entries: LedgerEntry[]) => entries.slice(1)],
	])('refuses to reverse %s', (_label, tamper) => {
		const document = allocation();
		const stored = reversedAllocation(document, postAllocation(document, issued));
		expect(() => postPaymentReversal({ ...payment(), reversedOn: '2026-02-01' }, [{ ...stored, entries: tamper([...stored.entries]) }])).toThrow(expect.objectContaining({ code: 'CRM_LEDGER_INCONSISTENT' }));
	});

	test('refuses a reversal dated before the payment', () => {
		expect(() => postPaymentReversal({ ...payment(), reversedOn: '2026-01-19' }, [])).toThrow(expect.objectContaining({ code: 'CRM_OUT_OF_RANGE' }));
	});
});

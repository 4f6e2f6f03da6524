import { describe, expect, test } from 'vitest';
import {
	computeBalance,
	computeOpenItems,
	computeUnallocatedCredit,
	type LedgerEntry,
	type OpenItemInvoice,
	planAllocation,
	postAllocation,
	postCreditNote,
	postInvoice,
	postPayment,
} from '../../../packages/crm-core/src/settlements/index.ts';
import { allocation, creditNote, invoice, payment, positionOf } from './fixtures.ts';

const R1001: OpenItemInvoice = { key: 'INV1', number: 'R-1001', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'EUR', grossAmount: 100_000 };

describe('a full settlement cycle in EUR', () => {
	// Invoice 1000.00; payment 300.00 allocated in full; payment 800.00 of which 700.00 settles the rest.
	const entries: LedgerEntry[] = [...postInvoice(invoice())];
	entries.push(...postPayment(payment({ key: 'PAY1', amount: 30_000 })));
	const first = planAllocation({ payment: { amount: 30_000, currency: 'EUR', alreadyAllocated: 0 }, invoices: computeOpenItems(entries, [R1001]) });
	for (const line of first.lines) entries.push(...postAllocation(allocation({ key: 'AL1', paymentKey: 'PAY1', invoiceKey: line.invoiceKey, amount: line.amount }), positionOf(invoice(), entries)));
	entries.push(...postPayment(payment({ key: 'PAY2', number: 'Z-2', date: '2026-02-01', amount: 80_000 })));
	const second = planAllocation({ payment: { amount: 80_000, currency: 'EUR', alreadyAllocated: 0 }, invoices: computeOpenItems(entries, [R1001]) });
	for (const line of second.lines) {
		entries.push(...postAllocation(allocation({ key: 'AL2', paymentKey: 'PAY2', paymentNumber: 'Z-2', date: '2026-02-01', invoiceKey: line.invoiceKey, amount: line.amount }), positionOf(invoice(), entries)));
	}

	test('plans 300.00, then 700.00 with 100.00 left over', () => {
		expect(first).toEqual({ currency: 'EUR', lines: [{ invoiceKey: 'INV1', invoiceNumber: 'R-1001', amount: 30_000, openAfter: 70_000 }], allocated: 30_000, unallocated: 0 });
		expect(second).toEqual({ currency: 'EUR', lines: [{ invoiceKey: 'INV1', invoiceNumber: 'R-1001', amount: 70_000, openAfter: 0 }], allocated: 70_000, unallocated: 10_000 });
	});

	test('keeps an over-payment as customer credit', () => {
		expect(computeBalance(entries)).toEqual({ byCurrency: [{ currency: 'EUR', balance: -10_000 }], balanceBase: -10_000 });
		expect(computeUnallocatedCredit(entries)).toEqual([{ currency: 'EUR', amount: 10_000 }]);
	});

	test('settles the invoice', () => {
		expect(computeOpenItems(entries, [R1001])).toEqual([{ key: 'INV1', number: 'R-1001', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'EUR', gross: 100_000, paid: 100_000, open: 0 }]);
	});
});

describe('balances', () => {
	test('a USD invoice at rate 0.9 adds 900.00 EUR to the base balance', () => {
		const entries = postInvoice(invoice({ key: 'INV2', currency: 'USD', rateToBase: '0.9' }));
		expect(computeBalance(entries)).toEqual({ byCurrency: [{ currency: 'USD', balance: 100_000 }], balanceBase: 90_000 });
	});

	test('keeps currencies apart; a settled USD invoice leaves nothing in the base balance', () => {
		const usdInvoice = invoice({ key: 'INV2', number: 'R-1002', currency: 'USD', rateToBase: '0.9', amount: 50_000 });
		const entries = [...postInvoice(invoice()), ...postInvoice(usdInvoice), ...postPayment(payment({ currency: 'USD', rateToBase: '0.92', amount: 50_000 }))];
		// Before the allocation: 1000.00 EUR + 450.00 (invoice at 0.9) − 460.00 (payment at 0.92).
		expect(computeBalance(entries).balanceBase).toBe(99_000);
		entries.push(...postAllocation(allocation({ currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', invoiceKey: 'INV2', rateToBase: '0.92', amount: 50_000 }), positionOf(usdInvoice, entries)));
		// The allocation realises the 10.00 EUR gain, so only the EUR invoice is left.
		expect(computeBalance(entries)).toEqual({
			byCurrency: [
				{ currency: 'EUR', balance: 100_000 },
				{ currency: 'USD', balance: 0 },
			],
			balanceBase: 100_000,
		});
	});

	test('an allocation at the invoice\'s rate changes neither the balance nor the base balance', () => {
		const usdInvoice = invoice({ currency: 'USD', rateToBase: '0.9' });
		const before = [...postInvoice(usdInvoice), ...postPayment(payment({ currency: 'USD', rateToBase: '0.9', amount: 1_005 }))];
		const after = [...before, ...postAllocation(allocation({ currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', rateToBase: '0.9', amount: 1_005 }), positionOf(usdInvoice, before))];
		expect(computeBalance(after)).toEqual(computeBalance(before));
	});
});

describe('open items', () => {
	const invoices: OpenItemInvoice[] = [
		{ key: 'INV3', number: 'R-1003', issueDate: '2026-01-20', dueDate: '2026-02-19', currency: 'EUR', grossAmount: 20_000 },
		R1001,
		{ key: 'INV2', number: 'R-1002', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'EUR', grossAmount: 40_000 },
	];
	const [inv2, inv3] = [invoice({ key: 'INV2', number: 'R-1002', amount: 40_000 }), invoice({ key: 'INV3', number: 'R-1003', amount: 20_000, date: '2026-01-20' })];
	const entries = [...postInvoice(invoice()), ...postInvoice(inv2), ...postInvoice(inv3)];
	entries.push(...postCreditNote(creditNote({ invoiceKey: 'INV2', amount: 5_000 }), positionOf(inv2, entries)), ...postPayment(payment({ amount: 50_000 })));
	entries.push(...postAllocation(allocation({ invoiceKey: 'INV2', invoiceNumber: 'R-1002', amount: 35_000 }), positionOf(inv2, entries)));
	entries.push(...postAllocation(allocation({ key: 'AL2', invoiceKey: 'INV3', invoiceNumber: 'R-1003', amount: 15_000, paymentAllocatedBefore: 35_000 }), positionOf(inv3, entries)));

	test.each([
		// key, gross, paid (allocations and credit notes), open
		['INV1', 100_000, 0, 100_000],
		['INV2', 40_000, 40_000, 0],
		['INV3', 20_000, 15_000, 5_000],
	])('%s: gross %i, paid %i, open %i', (key, gross, paid, open) => {
		expect(computeOpenItems(entries, invoices).find((item) => item.key === key)).toMatchObject({ gross, paid, open });
	});

	test('lists the oldest due first, then by number', () => {
		expect(computeOpenItems(entries, invoices).map((item) => item.number)).toEqual(['R-1001', 'R-1002', 'R-1003']);
	});

	test('shows an overpaid invoice with a negative open amount', () => {
		const small = invoice({ amount: 10_000 });
		const overpaid = [...postInvoice(small), ...postCreditNote(creditNote({ amount: 12_000 }), positionOf(small, postInvoice(small)))];
		expect(computeOpenItems(overpaid, [{ ...R1001, grossAmount: 10_000 }])[0]).toMatchObject({ paid: 12_000, open: -2_000 });
	});

	test('refuses entries on an invoice in another currency than the invoice', () => {
		expect(() => computeOpenItems(postInvoice(invoice({ currency: 'USD' })), [R1001])).toThrow(expect.objectContaining({ code: 'CRM_LEDGER_INCONSISTENT' }));
	});

	test('a credit note without an invoice becomes unallocated credit', () => {
		expect(computeUnallocatedCredit([...postCreditNote(creditNote({ invoiceKey: null, amount: 2_500 }), null), ...postPayment(payment({ currency: 'USD', amount: 700 }))])).toEqual([
			{ currency: 'EUR', amount: 2_500 },
			{ currency: 'USD', amount: 700 },
		]);
	});
});

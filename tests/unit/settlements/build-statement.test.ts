import { describe, expect, test } from 'vitest';
import {
	buildStatement,
	type LedgerEntry,
	postAllocation,
	postCreditNote,
	postInvoice,
	postPayment,
	postPaymentReversal,
	statementToCsv,
} from '../../../packages/crm-core/src/settlements/index.ts';
import { allocation, creditNote, invoice, payment, positionOf, reversedAllocation } from './fixtures.ts';

const customer = { id: 'C1', name: 'Müller, "Best" GmbH' };
const usd = { currency: 'USD', paymentCurrency: 'USD', invoiceCurrency: 'USD', rateToBase: '0.9' };

const inv1 = invoice({ date: '2025-12-15' });
const inv2 = invoice({ key: 'INV2', number: 'R-1002', date: '2026-01-20', amount: 50_000 });
const inv3 = invoice({ key: 'INV3', number: 'R-1003', date: '2026-01-05', amount: 20_000, ...usd });
const al2 = allocation({ key: 'AL2', paymentKey: 'PAY2', paymentNumber: 'Z-2', date: '2026-01-20', amount: 70_000 });
// Before the period: invoice 1000.00, paid 300.00.
const entries: LedgerEntry[] = [...postInvoice(inv1), ...postPayment(payment({ date: '2025-12-20' }))];
entries.push(...postAllocation(allocation({ date: '2025-12-20' }), positionOf(inv1, entries)));
// In the period (January 2026), given out of order on purpose.
entries.push(...postPayment(payment({ key: 'PAY2', number: 'Z-2', date: '2026-01-20', amount: 80_000 })));
entries.push(...postAllocation(al2, positionOf(inv1, entries)), ...postInvoice(inv2));
entries.push(...postCreditNote(creditNote({ key: 'CN1', number: 'G-1', date: '2026-01-25', invoiceKey: 'INV2', amount: 10_000 }), positionOf(inv2, entries)));
entries.push(...postInvoice(inv3), ...postPayment(payment({ key: 'PAY3', number: 'Z-3', date: '2026-01-10', amount: 20_000, ...usd })));
entries.push(...postAllocation(allocation({ key: 'AL3', paymentKey: 'PAY3', paymentNumber: 'Z-3', invoiceKey: 'INV3', invoiceNumber: 'R-1003', date: '2026-01-10', amount: 20_000, ...usd }), positionOf(inv3, entries)));
// After the period, and another customer's entry: both left out.
entries.push(...postInvoice(invoice({ key: 'INV4', number: 'R-1004', date: '2026-02-01' })), ...postInvoice(invoice({ customerId: 'C2', key: 'INV9', number: 'R-9', date: '2026-01-15' })));

const row = (m: { date: string; kind: string; documentKey: string; debit: number; credit: number; runningBalance: number }) => [m.date, m.kind, m.documentKey, m.debit, m.credit, m.runningBalance];

describe('statement of account', () => {
	test('in the base currency shows every currency by its base amount, without allocations', () => {
		const statement = buildStatement({ customer, from: '2026-01-01', to: '2026-01-31', entries, baseCurrency: 'EUR' });
		expect(statement.openingBalance).toBe(70_000);
		expect(statement.movements.map(row)).toEqual([
			['2026-01-05', 'invoice', 'INV3', 18_000, 0, 88_000],
			['2026-01-10', 'payment', 'PAY3', 0, 18_000, 70_000],
			['2026-01-20', 'invoice', 'INV2', 50_000, 0, 120_000],
			['2026-01-20', 'payment', 'PAY2', 0, 80_000, 40_000],
			['2026-01-25', 'credit_note', 'CN1', 0, 10_000, 30_000],
		]);
		expect(statement).toMatchObject({ currency: 'EUR', totalDebit: 68_000, totalCredit: 108_000, closingBalance: 30_000 });
	});

	test('in another currency shows only that currency\'s entries', () => {
		const statement = buildStatement({ customer, from: '2026-01-01', to: '2026-01-31', entries, baseCurrency: 'EUR', currency: 'USD' });
		expect(statement.openingBalance).toBe(0);
		expect(statement.movements.map(row)).toEqual([
			['2026-01-05', 'invoice', 'INV3', 20_000, 0, 20_000],
			['2026-01-10', 'payment', 'PAY3', 0, 20_000, 0],
		]);
		expect(statement.closingBalance).toBe(0);
	});

	test.each([
		['2025-12-01', '2025-12-31'],
		['2026-01-01', '2026-01-31'],
		['2026-01-06', '2026-01-20'],
		['2026-01-21', '2026-03-31'],
		['2026-01-20', '2026-01-20'],
	])('statement closing balance equals opening plus movements (%s – %s)', (from, to) => {
		const statement = buildStatement({ customer, from, to, entries, baseCurrency: 'EUR' });
		const movements = statement.movements.reduce((sum, m) => sum + m.debit - m.credit, 0);
		expect(statement.closingBalance).toBe(statement.openingBalance + movements);
		expect(statement.closingBalance).toBe(statement.openingBalance + statement.totalDebit - statement.totalCredit);
		const untilTo = entries.filter((e) => e.customerId === 'C1' && e.entryDate <= to).reduce((sum, e) => sum + e.amountBase, 0);
		expect(statement.closingBalance).toBe(untilTo);
	});

	test('lists same-day payments as they were recorded, then by number, whatever their keys', () => {
		const at = (entries: LedgerEntry[], postedAt: string) => entries.map((e) => ({ ...e, postedAt }));
		const day = '2026-02-03';
		const paidLater = at(postPayment(payment({ key: 'a-key', number: 'PAY-2026-000010', date: day, amount: 100 })), '2026-02-03T15:00:00.000Z');
		const paidFirst = at(postPayment(payment({ key: 'z-key', number: 'PAY-2026-000009', date: day, amount: 200 })), '2026-02-03T09:00:00.000Z');
		const recorded = buildStatement({ customer, from: day, to: day, entries: [...paidLater, ...paidFirst], baseCurrency: 'EUR' });
		expect(recorded.movements.map((m) => m.documentKey)).toEqual(['z-key', 'a-key']);
		const unknownTimes = buildStatement({ customer, from: day, to: day, entries: [...postPayment(payment({ key: 'a-key', number: 'PAY-2026-000010', date: day })), ...postPayment(payment({ key: 'z-key', number: 'PAY-2026-000009', date: day }))], baseCurrency: 'EUR' });
		expect(unknownTimes.movements.map((m) => m.documentKey)).toEqual(['z-key', 'a-key']);
	});

	test('a reversal shows as one movement that undoes the payment', () => {
		const reversal = postPaymentReversal({ ...payment({ key: 'PAY2', number: 'Z-2', date: '2026-01-20', amount: 80_000 }), reversedOn: '2026-01-28' }, [reversedAllocation(al2, entries)]);
		const statement = buildStatement({ customer, from: '2026-01-26', to: '2026-01-31', entries: [...entries, ...reversal], baseCurrency: 'EUR' });
		expect(statement.movements.map(row)).toEqual([['2026-01-28', 'payment_reversal', 'PAY2', 80_000, 0, 110_000]]);
	});

	test('refuses an allocation pair that does not net to zero', () => {
		const [credit, debit] = postAllocation(allocation({ date: '2026-01-20' }), positionOf(inv1, []));
		const broken = [...entries, { ...credit!, documentKey: 'AL9' }, { ...debit!, documentKey: 'AL9', amountBase: debit!.amountBase + 1 }];
		expect(() => buildStatement({ customer, from: '2026-01-01', to: '2026-01-31', entries: broken, baseCurrency: 'EUR' })).toThrow(
			expect.objectContaining({ code: 'CRM_LEDGER_INCONSISTENT', details: { documentKey: 'AL9' } }),
		);
		expect(() => buildStatement({ customer, from: '2026-01-01', to: '2026-01-31', entries: [...entries, { ...credit!, documentKey: 'AL8' }], baseCurrency: 'EUR' })).toThrow(
			expect.objectContaining({ code: 'CRM_LEDGER_INCONSISTENT' }),
		);
	});

	test.each([
		['a period that ends before it starts', { from: '2026-02-01', to: '2026-01-31' }, 'CRM_OUT_OF_RANGE'],
		['an invalid day', { from: '2026-02-30', to: '2026-03-31' }, 'CRM_INVALID_FORMAT'],
		['an invalid currency', { currency: 'usd' }, 'CRM_INVALID_CURRENCY'],
	])('refuses %s', (_label, overrides, code) => {
		expect(() => buildStatement({ customer, from: '2026-01-01', to: '2026-01-31', entries, baseCurrency: 'EUR', ...overrides })).toThrow(expect.objectContaining({ code }));
	});
});

describe('statement with realised exchange differences', () => {
	// Invoice R-1005 of 1000.00 USD issued at 0.9 (900.00 EUR), paid with 1000.00 USD at 1.0 (1000.00 EUR).
	const exporter = { id: 'C3', name: 'Dollar Exports Ltd' };
	const dollars = { customerId: 'C3', currency: 'USD' };
	const usdInvoice = invoice({ ...dollars, key: 'INV5', number: 'R-1005', date: '2026-03-01', rateToBase: '0.9' });
	const pay = payment({ ...dollars, key: 'PAY5', number: 'Z-5', date: '2026-03-10', amount: 100_000, rateToBase: '1.0' });
	const settlement = allocation({ ...dollars, key: 'AL5', paymentKey: 'PAY5', paymentNumber: 'Z-5', paymentCurrency: 'USD', invoiceKey: 'INV5', invoiceNumber: 'R-1005', invoiceCurrency: 'USD', date: '2026-03-10', amount: 100_000, rateToBase: '1.0' });
	const ledger: LedgerEntry[] = [...postInvoice(usdInvoice), ...postPayment(pay)];
	ledger.push(...postAllocation(settlement, positionOf(usdInvoice, ledger)));
	const statementOf = (from: string, to: string, more: LedgerEntry[] = [], currency?: string) =>
		buildStatement({ customer: exporter, from, to, entries: [...ledger, ...more], baseCurrency: 'EUR', ...(currency ? { currency } : {}) });

	test('in the base currency lists the exchange gain after the payment that realised it, and closes at 0', () => {
		const statement = statementOf('2026-03-01', '2026-03-31');
		expect(statement.movements.map(row)).toEqual([
			['2026-03-01', 'invoice', 'INV5', 90_000, 0, 90_000],
			['2026-03-10', 'payment', 'PAY5', 0, 100_000, -10_000],
			['2026-03-10', 'exchange_difference', 'AL5', 10_000, 0, 0],
		]);
		expect(statement.movements[2]?.description).toBe('Exchange gain on invoice R-1005: rate 0.9000 → 1.0000');
		expect(statement.closingBalance).toBe(0);
		expect(statementToCsv(statement).split('\r\n')[4]).toBe('2026-03-10,exchange_difference,AL5,Exchange gain on invoice R-1005: rate 0.9000 → 1.0000,100.00,,0.00,EUR');
	});

	test('in the invoice\'s currency leaves the exchange difference out: it has no amount there', () => {
		const statement = statementOf('2026-03-01', '2026-03-31', [], 'USD');
		expect(statement.movements.map(row)).toEqual([
			['2026-03-01', 'invoice', 'INV5', 100_000, 0, 100_000],
			['2026-03-10', 'payment', 'PAY5', 0, 100_000, 0],
		]);
	});

	test('a reversal lists the undo of the exchange gain after the payment reversal and restores the balance', () => {
		const reversal = postPaymentReversal({ ...pay, reversedOn: '2026-03-20', reason: 'returned by the bank' }, [reversedAllocation(settlement, ledger)]);
		const statement = statementOf('2026-03-15', '2026-03-31', reversal);
		expect(statement.openingBalance).toBe(0);
		expect(statement.movements.map(row)).toEqual([
			['2026-03-20', 'payment_reversal', 'PAY5', 100_000, 0, 100_000],
			['2026-03-20', 'exchange_difference', 'PAY5', 0, 10_000, 90_000],
		]);
		expect(statement.movements[1]?.description).toBe('Reversal of exchange gain on invoice R-1005: payment Z-5 reversed: returned by the bank');
		expect(statement.closingBalance).toBe(90_000);
	});
});

describe('statement as CSV', () => {
	test('writes a header, the opening row, the movements and the closing row with dot decimals', () => {
		const statement = buildStatement({ customer, from: '2026-01-01', to: '2026-01-31', entries, baseCurrency: 'EUR' });
		expect(statementToCsv(statement)).toBe(
			[
				'date,kind,document,description,debit,credit,balance,currency',
				'2026-01-01,opening_balance,,Opening balance,,,700.00,EUR',
				'2026-01-05,invoice,INV3,Invoice R-1003,180.00,,880.00,EUR',
				'2026-01-10,payment,PAY3,Payment Z-3,,180.00,700.00,EUR',
				'2026-01-20,invoice,INV2,Invoice R-1002,500.00,,1200.00,EUR',
				'2026-01-20,payment,PAY2,Payment Z-2,,800.00,400.00,EUR',
				'2026-01-25,credit_note,CN1,Credit note G-1,,100.00,300.00,EUR',
				'2026-01-31,closing_balance,,Closing balance,680.00,1080.00,300.00,EUR',
				'',
			].join('\r\n'),
		);
	});

	test.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
	])('quotes %j as %s (RFC 4180)', (description, field) => {
		const csv = statementToCsv({
			customer,
			currency: 'EUR',
			from: '2026-01-01',
			to: '2026-01-31',
			openingBalance: 0,
			movements: [{ date: '2026-01-02', kind: 'invoice', documentKey: 'K', description, debit: 1, credit: 0, runningBalance: 1 }],
			totalDebit: 1,
			totalCredit: 0,
			closingBalance: 1,
		});
		expect(csv.split('\r\n')[2]).toBe(`2026-01-02,invoice,K,${field},0.01,,0.01,EUR`);
	});

	test('writes a negative balance (customer credit) with a minus sign and the currency\'s decimals', () => {
		const statement = buildStatement({
			customer,
			from: '2026-01-01',
			to: '2026-01-31',
			entries: postPayment(payment({ amount: 1_500, currency: 'JPY', date: '2026-01-02' })),
			baseCurrency: 'EUR',
			currency: 'JPY',
		});
		expect(statementToCsv(statement).split('\r\n')[3]).toBe('2026-01-31,closing_balance,,Closing balance,0,1500,-1500,JPY');
	});
});

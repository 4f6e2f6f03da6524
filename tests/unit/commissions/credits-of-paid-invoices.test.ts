import { describe, expect, test } from 'vitest';
import { type CommissionDocument, creditsOfPaidInvoices, type InvoiceAllocation } from '../../../packages/crm-core/src/commissions/index.ts';

const MARCH = { start: '2026-03-01', end: '2026-03-31' };
/** An invoice of 121.00 gross (100.00 net + VAT), margin 40.00. */
const INV: CommissionDocument = { id: 'i1', number: 'INV-1', kind: 'invoice', creditedInvoice: null, day: '2026-02-20', grossTotal: 12_100, revenueMinor: 10_000, marginMinor: 4_000, splitBp: 10_000 };
/** A credit note of a fifth of it. */
const note = (day: string): CommissionDocument => ({ id: `n-${day}`, number: `CN-${day}`, kind: 'credit_note', creditedInvoice: 'i1', day, grossTotal: 2_420, revenueMinor: 2_000, marginMinor: 800, splitBp: 10_000 });

const run = (allocations: InvoiceAllocation[], notes: CommissionDocument[] = []) =>
	creditsOfPaidInvoices([INV, ...notes], new Map([['i1', allocations]]), MARCH).map((c) => [c.kind, c.day, c.revenueMinor, c.marginMinor]);

describe('creditsOfPaidInvoices: an invoice earns on the day it is paid in full; a later credit note claws back', () => {
	test.each([
		['paid in full in the period', [['2026-03-10', 12_100]], [], [['invoice_paid', '2026-03-10', 10_000, 4_000]]],
		['paid in two parts: on the day the second reaches the gross total', [['2026-02-25', 6_000], ['2026-03-12', 6_100]], [], [['invoice_paid', '2026-03-12', 10_000, 4_000]]],
		['still a cent short: not paid, nothing earned', [['2026-03-10', 12_099]], [], []],
		['paid after the period: nothing yet', [['2026-04-02', 12_100]], [], []],
		['paid before the period: nothing in it', [['2026-02-27', 12_100]], [], []],
		['paid before, credited in the period: a clawback of the note', [['2026-02-27', 12_100]], [note('2026-03-05')], [['credit_note', '2026-03-05', -2_000, -800]]],
		['credited before it was paid: the rest is paid and earns less', [['2026-03-15', 9_680]], [note('2026-03-02')], [['invoice_paid', '2026-03-15', 8_000, 3_200]]],
		['a credit note completes what was paid before: paid on the note\'s day, no clawback', [['2026-02-27', 9_680]], [note('2026-03-04')], [['invoice_paid', '2026-03-04', 8_000, 3_200]]],
		['a payment and a note of one day count together', [['2026-03-06', 9_680]], [note('2026-03-06')], [['invoice_paid', '2026-03-06', 8_000, 3_200]]],
		['paid, then credited the same month: earned and clawed back', [['2026-03-10', 12_100]], [note('2026-03-20')], [['invoice_paid', '2026-03-10', 10_000, 4_000], ['credit_note', '2026-03-20', -2_000, -800]]],
		['nothing paid, credited in full: never paid', [], [{ ...note('2026-03-05'), grossTotal: 12_100, revenueMinor: 10_000, marginMinor: 4_000 }], []],
	] as const)('%s', (_, allocations, notes, expected) => {
		expect(run(allocations.map((a) => [...a] as InvoiceAllocation), [...notes])).toEqual(expected);
	});
});

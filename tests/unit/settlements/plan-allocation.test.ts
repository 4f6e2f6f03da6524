import { describe, expect, test } from 'vitest';
import { type AllocationPlanInput, planAllocation } from '../../../packages/crm-core/src/settlements/index.ts';

const invoices: AllocationPlanInput['invoices'] = [
	{ key: 'C', number: 'R-10', currency: 'EUR', open: 30_000, dueDate: '2026-03-01' },
	{ key: 'B', number: 'R-9', currency: 'EUR', open: 20_000, dueDate: '2026-03-01' },
	{ key: 'A', number: 'R-11', currency: 'EUR', open: 10_000, dueDate: '2026-02-01' },
	{ key: 'U', number: 'R-1', currency: 'USD', open: 99_000, dueDate: '2026-01-01' },
	{ key: 'P', number: 'R-2', currency: 'EUR', open: 0, dueDate: '2026-01-01' },
	{ key: 'O', number: 'R-3', currency: 'EUR', open: -500, dueDate: '2026-01-01' },
];
const eur = (amount: number, alreadyAllocated = 0) => ({ amount, currency: 'EUR', alreadyAllocated });

describe('planning allocations oldest due first', () => {
	test.each([
		// payment, already allocated, lines [key, amount], unallocated
		[5_000, 0, [['A', 5_000]], 0],
		[10_000, 0, [['A', 10_000]], 0],
		[25_000, 0, [['A', 10_000], ['B', 15_000]], 0],
		[60_000, 0, [['A', 10_000], ['B', 20_000], ['C', 30_000]], 0],
		[75_000, 0, [['A', 10_000], ['B', 20_000], ['C', 30_000]], 15_000],
		[75_000, 70_000, [['A', 5_000]], 0],
		[75_000, 75_000, [], 0],
	] as [number, number, [string, number][], number][])('plans a payment of %i (%i already allocated)', (amount, already, lines, unallocated) => {
		const plan = planAllocation({ payment: eur(amount, already), invoices });
		expect(plan.lines.map((l) => [l.invoiceKey, l.amount])).toEqual(lines);
		expect(plan.unallocated).toBe(unallocated);
		expect(plan.allocated + plan.unallocated + already).toBe(amount);
	});

	test('keeps an over-payment as customer credit', () => {
		expect(planAllocation({ payment: eur(100_000), invoices: [] })).toEqual({ currency: 'EUR', lines: [], allocated: 0, unallocated: 100_000 });
	});

	test('settles only invoices in the payment\'s currency', () => {
		expect(planAllocation({ payment: { amount: 1_000, currency: 'USD', alreadyAllocated: 0 }, invoices }).lines).toEqual([
			{ invoiceKey: 'U', invoiceNumber: 'R-1', amount: 1_000, openAfter: 98_000 },
		]);
	});
});

describe('checking requested allocations', () => {
	test('accepts what fits and leaves the rest as credit', () => {
		const plan = planAllocation({ payment: eur(50_000), invoices, requested: [{ invoiceKey: 'C', amount: 30_000 }, { invoiceKey: 'A', amount: 1_000 }] });
		expect(plan).toEqual({
			currency: 'EUR',
			lines: [
				{ invoiceKey: 'C', invoiceNumber: 'R-10', amount: 30_000, openAfter: 0 },
				{ invoiceKey: 'A', invoiceNumber: 'R-11', amount: 1_000, openAfter: 9_000 },
			],
			allocated: 31_000,
			unallocated: 19_000,
		});
	});

	test('never allocates more than an invoice\'s open amount', () => {
		expect(() => planAllocation({ payment: eur(50_000), invoices, requested: [{ invoiceKey: 'A', amount: 10_001 }] })).toThrow(
			expect.objectContaining({ code: 'CRM_OVER_ALLOCATION', details: expect.objectContaining({ invoiceKey: 'A', open: 10_000, requested: 10_001 }) }),
		);
		expect(() => planAllocation({ payment: eur(50_000), invoices, requested: [{ invoiceKey: 'P', amount: 1 }] })).toThrow(expect.objectContaining({ code: 'CRM_OVER_ALLOCATION' }));
	});

	test.each([
		['more than the payment', eur(20_000), [{ invoiceKey: 'A', amount: 10_000 }, { invoiceKey: 'B', amount: 10_001 }]],
		['more than is left of the payment', eur(20_000, 15_000), [{ invoiceKey: 'A', amount: 5_001 }]],
	])('never uses %s', (_label, pay, requested) => {
		expect(() => planAllocation({ payment: pay, invoices, requested })).toThrow(expect.objectContaining({ code: 'CRM_PAYMENT_EXCEEDED' }));
	});

	test.each([
		['a zero amount', [{ invoiceKey: 'A', amount: 0 }], 'CRM_INVALID_AMOUNT'],
		['a negative amount', [{ invoiceKey: 'A', amount: -100 }], 'CRM_INVALID_AMOUNT'],
		['a fractional amount', [{ invoiceKey: 'A', amount: 10.5 }], 'CRM_INVALID_AMOUNT'],
		['an invoice in another currency', [{ invoiceKey: 'U', amount: 100 }], 'CRM_CURRENCY_MISMATCH'],
		['an unknown invoice', [{ invoiceKey: 'Z', amount: 100 }], 'CRM_REFERENCE_NOT_FOUND'],
		['the same invoice twice', [{ invoiceKey: 'A', amount: 6_000 }, { invoiceKey: 'A', amount: 6_000 }], 'CRM_INVALID_PAYLOAD'],
	])('refuses %s', (_label, requested, code) => {
		expect(() => planAllocation({ payment: eur(50_000), invoices, requested })).toThrow(expect.objectContaining({ code }));
	});

	test('refuses a payment that was already allocated beyond its amount', () => {
		expect(() => planAllocation({ payment: eur(1_000, 1_001), invoices })).toThrow(expect.objectContaining({ code: 'CRM_PAYMENT_EXCEEDED' }));
	});
});

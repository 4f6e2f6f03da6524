import { describe, expect, test } from 'vitest';
import { assertCreditAllowed, checkCredit, type CreditCheckInput } from '../../../packages/crm-core/src/orders/index.ts';

const base: CreditCheckInput = {
	creditLimit: 100_000,
	openBalance: 60_000,
	orderAmount: 40_000,
	overdueInvoices: [],
	today: '2026-03-31',
	maxOverdueDays: 30,
};

describe('checkCredit: credit limit', () => {
	test.each([
		['reaching the limit exactly', { orderAmount: 40_000 }, true],
		['going one cent over the limit', { orderAmount: 40_001 }, false],
		['no limit at all', { creditLimit: null, orderAmount: 10_000_000 }, true],
		['a zero limit and any order', { creditLimit: 0, openBalance: 0, orderAmount: 1 }, false],
		['a balance in the customer’s favour', { openBalance: -5_000, orderAmount: 105_000 }, true],
	] as [string, Partial<CreditCheckInput>, boolean][])('allows %s: %s', (_name, change, allowed) => {
		const result = checkCredit({ ...base, ...change });
		expect(result.allowed).toBe(allowed);
		expect(result.reasons.map((r) => r.code)).toEqual(allowed ? [] : ['CREDIT_LIMIT_EXCEEDED']);
	});

	test('explains the excess in the base currency when it is known', () => {
		expect(checkCredit({ ...base, orderAmount: 40_001, baseCurrency: 'EUR' }).reasons).toEqual([
			{ code: 'CREDIT_LIMIT_EXCEEDED', message: 'Open balance 600.00 EUR plus this order 400.01 EUR is 1000.01 EUR, over the credit limit of 1000.00 EUR by 0.01 EUR.' },
		]);
	});
});

describe('checkCredit: overdue invoices', () => {
	test.each([
		['30 days overdue with 30 tolerated', '2026-03-01', 500, true],
		['31 days overdue with 30 tolerated', '2026-02-28', 500, false],
		['long overdue but paid', '2025-01-01', 0, true],
		['not yet due', '2026-04-15', 500, true],
	])('allows an invoice %s: %s, open %i → %s', (_name, dueDate, openAmount, allowed) => {
		const result = checkCredit({ ...base, overdueInvoices: [{ number: 'INV-2026-000007', dueDate, openAmount }] });
		expect(result.allowed).toBe(allowed);
		expect(result.reasons.map((r) => r.code)).toEqual(allowed ? [] : ['INVOICES_OVERDUE']);
	});

	test('counts days across a leap day on the calendar, not in hours', () => {
		const overdue = { creditLimit: null, openBalance: 0, orderAmount: 0, maxOverdueDays: 1, overdueInvoices: [{ number: 'INV-2024-000001', dueDate: '2024-02-28', openAmount: 1 }] };
		expect(checkCredit({ ...overdue, today: '2024-02-29' }).allowed).toBe(true);
		expect(checkCredit({ ...overdue, today: '2024-03-01' }).allowed).toBe(false);
	});

	test('lists every overdue invoice and also the limit when both block', () => {
		const result = checkCredit({
			...base,
			orderAmount: 50_000,
			baseCurrency: 'EUR',
			overdueInvoices: [
				{ number: 'INV-2026-000001', dueDate: '2026-01-15', openAmount: 12_000 },
				{ number: 'INV-2026-000002', dueDate: '2026-03-20', openAmount: 3_000 },
				{ number: 'INV-2026-000003', dueDate: '2026-02-01', openAmount: 450 },
			],
		});
		expect(result).toEqual({
			allowed: false,
			overridden: false,
			reasons: [
				{ code: 'CREDIT_LIMIT_EXCEEDED', message: 'Open balance 600.00 EUR plus this order 500.00 EUR is 1100.00 EUR, over the credit limit of 1000.00 EUR by 100.00 EUR.' },
				{ code: 'INVOICES_OVERDUE', message: 'Invoices more than 30 days overdue: INV-2026-000001 (due 2026-01-15, 120.00 EUR open), INV-2026-000003 (due 2026-02-01, 4.50 EUR open).' },
			],
		});
	});

	test.each([
		['a due date that is not a day', { overdueInvoices: [{ number: 'X', dueDate: '2026-02-30', openAmount: 1 }] }, 'CRM_INVALID_FORMAT', 'overdueInvoices[0].dueDate'],
		['a negative limit', { creditLimit: -1 }, 'CRM_INVALID_AMOUNT', 'creditLimit'],
		['a fractional order amount', { orderAmount: 0.5 }, 'CRM_INVALID_AMOUNT', 'orderAmount'],
		['negative tolerated days', { maxOverdueDays: -1 }, 'CRM_OUT_OF_RANGE', 'maxOverdueDays'],
		['a today that is not a day', { today: 'today' }, 'CRM_INVALID_FORMAT', 'today'],
	] as [string, Partial<CreditCheckInput>, string, string][])('refuses %s', (_name, change, code, field) => {
		expect(() => checkCredit({ ...base, ...change })).toThrow(expect.objectContaining({ code, details: { field } }));
	});
});

describe('assertCreditAllowed', () => {
	const blocked = { ...base, orderAmount: 40_001 };

	test('lets an order within its limit through without an override', () => {
		expect(assertCreditAllowed(base)).toEqual({ allowed: true, reasons: [], overridden: false });
	});

	test('blocks an order over the limit and returns the reasons', () => {
		expect(() => assertCreditAllowed(blocked)).toThrow(
			expect.objectContaining({ code: 'CRM_CREDIT_BLOCKED', details: { field: 'credit', reasons: [expect.objectContaining({ code: 'CREDIT_LIMIT_EXCEEDED' })] } }),
		);
	});

	test('lets a manager override the credit limit with a reason', () => {
		const result = assertCreditAllowed({ ...blocked, override: { reason: 'Paid by wire today, remittance attached', byManager: true } });
		expect(result).toEqual({ allowed: true, overridden: true, reasons: [expect.objectContaining({ code: 'CREDIT_LIMIT_EXCEEDED' })] });
	});

	test('refuses an override by someone who is not a manager', () => {
		const input = { ...blocked, override: { reason: 'Good customer', byManager: false } };
		expect(checkCredit(input)).toEqual(expect.objectContaining({ allowed: false, overridden: false }));
		expect(() => assertCreditAllowed(input)).toThrow(expect.objectContaining({ code: 'CRM_OVERRIDE_FORBIDDEN', details: expect.objectContaining({ field: 'override' }) }));
	});

	test('refuses a manager override without a reason', () => {
		expect(() => assertCreditAllowed({ ...blocked, override: { reason: ' ', byManager: true } })).toThrow(
			expect.objectContaining({ code: 'CRM_CREDIT_BLOCKED', details: expect.objectContaining({ field: 'override.reason' }) }),
		);
	});

	test('ignores an override that nothing needed', () => {
		expect(assertCreditAllowed({ ...base, override: { reason: 'just in case', byManager: false } })).toEqual({ allowed: true, reasons: [], overridden: false });
	});
});

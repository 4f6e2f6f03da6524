import { describe, expect, test } from 'vitest';
import { domainFailure } from '../domain-failure.ts';
import type { KeyedStockLevel } from '../../../packages/crm-core/src/fulfilment/index.ts';
import { cancelOrder, chooseWarehouse, closeOrder, confirmOrder, type ConfirmOrderFacts, creditExposureOf, type OrderStepLine, type OrderStepOrder } from '../../../packages/crm-core/src/order-lifecycle/index.ts';
import type { LineKind } from '../../../packages/crm-core/src/orders/index.ts';
import type { LedgerEntry } from '../../../packages/crm-core/src/settlements/index.ts';

const order = (o: Partial<OrderStepOrder> = {}): OrderStepOrder => ({ id: 'o1', number: 'SO-2026-000001', status: 'draft', customerId: 'c1', currency: 'EUR', warehouseId: null, grossTotalBase: 30_000, ...o });
const line = (id: string, productId: string | null, quantityMilli: number, l: Partial<OrderStepLine> = {}): OrderStepLine => ({ id, productId, quantityMilli, unitPrice: 1000, reservedMilli: 0, approvalStatus: null, ...l });
const stock = (id: string, productId: string, warehouseId: string, onHandMilli: number, reservedMilli = 0): KeyedStockLevel => ({ id, productId, warehouseId, onHandMilli, reservedMilli });
const kinds = new Map<string, LineKind>([
	['drill', 'goods'],
	['install', 'service'],
]);
const facts = (f: Partial<ConfirmOrderFacts> = {}): ConfirmOrderFacts => ({
	order: order(),
	lines: [line('l1', 'drill', 5000), line('l2', 'install', 2000)],
	kinds,
	warehouse: { id: 'w1', stock: [stock('s1', 'drill', 'w1', 10_000, 3000)] },
	credit: { creditLimitBase: null, openBalanceBase: 0, overdueInvoices: [] },
	actor: { userId: 'u1', isManager: false },
	today: '2026-03-10',
	now: '2026-03-10T09:00:00.000Z',
	maxOverdueDays: 30,
	baseCurrency: 'EUR',
	...f,
});
const failure = domainFailure;
const noOverride = { overrideAsked: false };

describe('confirmOrder', () => {
	test('reserves every goods line in the warehouse and records when', () => {
		expect(confirmOrder(facts(), noOverride)).toEqual({
			stock: [{ stockId: 's1', warehouseId: 'w1', productId: 'drill', reservedDeltaMilli: 5000 }],
			lines: [{ lineId: 'l1', reservedMilli: 5000 }],
			order: { status: 'confirmed', warehouse: 'w1', confirmed_at: '2026-03-10T09:00:00.000Z' },
			releaseClaims: false,
		});
	});

	test('a manager overrides a credit block with a reason, and who, why and when are kept', () => {
		const blocked = { creditLimitBase: 20_000, openBalanceBase: 0, overdueInvoices: [] };
		const plan = confirmOrder(facts({ credit: blocked, actor: { userId: 'm1', isManager: true } }), { overrideReason: 'Paid by wire today', overrideAsked: true });
		expect(plan.order).toEqual({ status: 'confirmed', warehouse: 'w1', confirmed_at: '2026-03-10T09:00:00.000Z', credit_override_reason: 'Paid by wire today', credit_override_by: 'm1', credit_override_at: '2026-03-10T09:00:00.000Z' });
		expect(failure(() => confirmOrder(facts({ credit: blocked }), { overrideReason: 'please', overrideAsked: true }))).toEqual(['CRM_OVERRIDE_FORBIDDEN', 'override']);
		expect(failure(() => confirmOrder(facts({ credit: blocked, actor: { userId: 'm1', isManager: true } }), { overrideAsked: true }))).toEqual(['CRM_CREDIT_BLOCKED', 'override.reason']);
	});

	test.each([
		['an order that is not a draft', facts({ order: order({ status: 'confirmed' }) }), 'CRM_INVALID_TRANSITION'],
		['a discount waiting for approval', facts({ lines: [line('l1', 'drill', 5000, { approvalStatus: 'pending' })] }), 'CRM_APPROVAL_REQUIRED'],
		['a line without a price', facts({ lines: [line('l1', 'drill', 5000, { unitPrice: null })] }), 'CRM_ORDER_INCOMPLETE'],
		['an order over its credit limit', facts({ credit: { creditLimitBase: 20_000, openBalanceBase: 0, overdueInvoices: [] } }), 'CRM_CREDIT_BLOCKED'],
		['no warehouse at all', facts({ warehouse: null }), 'CRM_ORDER_INCOMPLETE'],
		['too little stock', facts({ warehouse: { id: 'w1', stock: [stock('s1', 'drill', 'w1', 6000, 3000)] } }), 'CRM_INSUFFICIENT_STOCK'],
	])('refuses %s', (_label, f, code) => {
		expect(failure(() => confirmOrder(f, noOverride))?.[0]).toBe(code);
	});
});

describe('chooseWarehouse', () => {
	const lines = [line('l1', 'drill', 5000), line('l2', 'install', 1000)];
	test('takes the first warehouse that can supply every goods line, else the first, else none', () => {
		const candidates = [
			{ id: 'a', stock: [stock('s1', 'drill', 'a', 4000)] },
			{ id: 'b', stock: [stock('s2', 'drill', 'b', 9000, 2000)] },
		];
		expect(chooseWarehouse(lines, kinds, candidates)).toBe('b');
		expect(chooseWarehouse(lines, kinds, candidates.slice(0, 1))).toBe('a');
		expect(chooseWarehouse(lines, kinds, [])).toBeNull();
	});
});

describe('cancelOrder and closeOrder', () => {
	test('cancelling gives back what the lines still hold and the claims, and needs a reason', () => {
		const f = { order: order({ status: 'confirmed', warehouseId: 'w1' }), lines: [line('l1', 'drill', 5000, { reservedMilli: 3000 }), line('l2', 'install', 2000)] };
		expect(cancelOrder(f, { reason: 'Customer withdrew' })).toEqual({
			stock: [{ warehouseId: 'w1', productId: 'drill', reservedDeltaMilli: -3000 }],
			lines: [{ lineId: 'l1', reservedMilli: 0 }],
			order: { status: 'cancelled', cancel_reason: 'Customer withdrew' },
			releaseClaims: true,
		});
		expect(failure(() => cancelOrder(f, {}))).toEqual(['CRM_ORDER_INCOMPLETE', 'cancelReason']);
	});

	test('a paid order closes; an open one does not', () => {
		expect(closeOrder({ order: order({ status: 'paid' }) }).order).toEqual({ status: 'closed' });
		expect(failure(() => closeOrder({ order: order({ status: 'invoiced' }) }))?.[0]).toBe('CRM_INVALID_TRANSITION');
	});
});

describe('creditExposureOf', () => {
	const entry = (invoiceKey: string | null, amount: number, amountBase: number, currency = 'EUR'): LedgerEntry => ({ customerId: 'c1', entryDate: '2026-01-01', kind: invoiceKey ? 'invoice' : 'payment', documentCollection: 'x', documentKey: `${invoiceKey}`, invoiceKey, amount, currency, amountBase, description: '' });
	test('owes the ledger balance plus uninvoiced orders; past-due open invoices and the limit are converted at today\'s rate', () => {
		const exposure = creditExposureOf({
			ledger: [entry('i1', 10_000, 9_000, 'USD'), entry('i2', 5_000, 5_000)],
			invoices: [
				{ key: 'i1', number: 'INV-1', issueDate: '2026-01-01', dueDate: '2026-02-01', currency: 'USD', grossAmount: 10_000 },
				{ key: 'i2', number: 'INV-2', issueDate: '2026-03-01', dueDate: '2026-03-15', currency: 'EUR', grossAmount: 5_000 },
			],
			uninvoicedOrdersBase: 2_500,
			creditLimit: { amount: 100_000, currency: 'USD' },
			ratesToBase: new Map([['USD', '0.95']]),
			today: '2026-03-10',
			baseCurrency: 'EUR',
		});
		expect(exposure).toEqual({ creditLimitBase: 95_000, openBalanceBase: 16_500, overdueInvoices: [{ number: 'INV-1', dueDate: '2026-02-01', openAmount: 9_500 }] });
	});
});

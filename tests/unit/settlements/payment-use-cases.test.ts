import { describe, expect, test } from 'vitest';
import { allocatePostedPayment, type LedgerEntry, type PostedPayment, rankTopDebtors, receivePayment, reversePayment, type SettlementBook, type SettlementInvoice, settleInvoices } from '../../../packages/crm-core/src/settlements/index.ts';
import type { OpenItem } from '../../../packages/crm-core/src/settlements/index.ts';
import { domainFailure } from '../domain-failure.ts';

const invoiceEntry = (key: string, amount: number, amountBase = amount): LedgerEntry => ({ customerId: 'c1', entryDate: '2026-11-01', kind: 'invoice', documentCollection: 'crm_invoices', documentKey: key, invoiceKey: key, amount, currency: 'EUR', amountBase, description: `Invoice ${key}` });

const invoice = (key: string, gross: number, extra: Partial<SettlementInvoice> = {}): SettlementInvoice => ({
	key,
	number: `INV-${key}`,
	currency: 'EUR',
	issueDate: '2026-11-01',
	dueDate: '2026-11-15',
	gross,
	rateToBase: '1',
	status: 'issued',
	storedOpen: gross,
	orderId: null,
	entries: [invoiceEntry(key, gross)],
	...extra,
});

/** Two open invoices of one order (A due first) and one of another order. */
function book(): SettlementBook {
	const invoices = [invoice('A', 10_000, { orderId: 'o1' }), invoice('B', 5_000, { orderId: 'o1', dueDate: '2026-11-30' }), invoice('C', 2_000, { orderId: 'o2', dueDate: '2026-12-20' })];
	return {
		baseCurrency: 'EUR',
		lockedKeys: ['A', 'B', 'C'],
		invoices: new Map(invoices.map((i) => [i.key, i])),
		orders: [
			{ id: 'o1', status: 'invoiced', invoiceKeys: ['A', 'B'] },
			{ id: 'o2', status: 'invoiced', invoiceKeys: ['C'] },
		],
	};
}

const keys = () => {
	let n = 0;
	return () => `alloc-${++n}`;
};

const payment = (p: Partial<PostedPayment> = {}): PostedPayment => ({ id: 'pay-1', number: 'PAY-1', customerId: 'c1', currency: 'EUR', amount: 15_000, fxRate: '1', status: 'posted', receivedOn: '2026-12-01', alreadyAllocated: 0, ...p });

describe('receivePayment', () => {
	test('posts the payment and settles the oldest due invoices first; the order whose invoices are all paid becomes paid', () => {
		const plan = receivePayment({ book: book(), rateToBase: '1', key: 'pay-1', number: 'PAY-1', newKey: keys() }, { customerId: 'c1', amount: 15_000, currency: 'EUR', receivedOn: '2026-12-01', method: 'bank_transfer' });
		expect(plan.payment).toEqual({ id: 'pay-1', number: 'PAY-1', customerId: 'c1', receivedOn: '2026-12-01', amount: 15_000, currency: 'EUR', fxRate: '1', method: 'bank_transfer' });
		expect(plan.ledger.map((e) => [e.kind, e.invoiceKey, e.amount])).toEqual([['payment', null, -15_000]]);
		expect(plan.allocation.allocations).toEqual([
			{ id: 'alloc-1', paymentId: 'pay-1', invoiceId: 'A', amount: 10_000, allocatedOn: '2026-12-01' },
			{ id: 'alloc-2', paymentId: 'pay-1', invoiceId: 'B', amount: 5_000, allocatedOn: '2026-12-01' },
		]);
		expect(plan.allocation.unallocated).toBe(0);
		expect(plan.allocation.invoiceUpdates).toEqual([
			{ id: 'A', openAmount: 0, status: 'paid' },
			{ id: 'B', openAmount: 0, status: 'paid' },
		]);
		expect(plan.allocation.orderMoves).toEqual([{ id: 'o1', from: 'invoiced', to: 'paid' }]);
	});

	test('a part payment leaves the invoice partially paid and the order invoiced', () => {
		const plan = receivePayment({ book: book(), rateToBase: '1', key: 'pay-1', number: 'PAY-1', newKey: keys() }, { customerId: 'c1', amount: 4_000, currency: 'EUR', receivedOn: '2026-12-01' });
		expect(plan.allocation.invoiceUpdates).toEqual([{ id: 'A', openAmount: 6_000, status: 'partially_paid' }]);
		expect(plan.allocation.orderMoves).toEqual([]);
	});

	test('no rate for the day: CRM_MISSING_RATE on the currency', () => {
		expect(domainFailure(() => receivePayment({ book: book(), rateToBase: null, key: 'p', number: 'PAY-1', newKey: keys() }, { customerId: 'c1', amount: 100, currency: 'USD', receivedOn: '2026-12-01' }))).toEqual(['CRM_MISSING_RATE', 'currency']);
	});

	test('a requested allocation beyond what is open is named in the API terms', () => {
		expect(domainFailure(() => receivePayment({ book: book(), rateToBase: '1', key: 'p', number: 'PAY-1', newKey: keys() }, { customerId: 'c1', amount: 50_000, currency: 'EUR', receivedOn: '2026-12-01', allocations: [{ invoiceKey: 'C', amount: 2_001 }] }))?.[1]).toMatch(/^allocations\[0\]/);
	});
});

describe('allocatePostedPayment', () => {
	test('what is left of a payment goes to the named invoice, dated today', () => {
		const plan = allocatePostedPayment(book(), payment({ alreadyAllocated: 10_000 }), [{ invoiceKey: 'C', amount: 2_000 }], '2026-12-06', keys());
		expect(plan.allocations).toEqual([{ id: 'alloc-1', paymentId: 'pay-1', invoiceId: 'C', amount: 2_000, allocatedOn: '2026-12-06' }]);
		expect(plan.unallocated).toBe(3_000);
		expect(plan.orderMoves).toEqual([{ id: 'o2', from: 'invoiced', to: 'paid' }]);
	});

	test('a payment dated ahead is allocated on its own day', () => {
		expect(allocatePostedPayment(book(), payment({ receivedOn: '2026-12-10' }), [{ invoiceKey: 'C', amount: 100 }], '2026-12-06', keys()).allocations[0]!.allocatedOn).toBe('2026-12-10');
	});

	test('only a posted payment can be allocated', () => {
		expect(domainFailure(() => allocatePostedPayment(book(), payment({ status: 'reversed' }), undefined, '2026-12-06', keys()))).toEqual(['CRM_INVALID_TRANSITION', 'status']);
	});
});

describe('reversePayment', () => {
	test('undoes the allocations, takes the payment back and reopens the invoices and the paid order', () => {
		const received = receivePayment({ book: book(), rateToBase: '1', key: 'pay-1', number: 'PAY-1', newKey: keys() }, { customerId: 'c1', amount: 10_000, currency: 'EUR', receivedOn: '2026-12-01' });
		const settledA = invoice('A', 10_000, { orderId: 'o1', status: 'paid', storedOpen: 0, entries: [invoiceEntry('A', 10_000), ...received.allocation.ledger.filter((e) => e.invoiceKey === 'A')] });
		const paidBook: SettlementBook = { baseCurrency: 'EUR', lockedKeys: ['A'], invoices: new Map([['A', settledA]]), orders: [{ id: 'o1', status: 'paid', invoiceKeys: ['A'] }] };
		const allocations = [{ id: 'alloc-1', invoiceId: 'A', entries: received.allocation.ledger.filter((e) => e.documentKey === 'alloc-1') }];
		const plan = reversePayment({ book: paidBook, payment: payment({ amount: 10_000, alreadyAllocated: 10_000 }), allocations }, 'returned by the bank', '2026-12-06', '2026-12-06T10:00:00.000Z');
		expect(plan.ledger.reduce((sum, e) => sum + e.amount, 0)).toBe(10_000);
		expect(plan.payment).toEqual({ id: 'pay-1', status: 'reversed', reversedAt: '2026-12-06T10:00:00.000Z', reason: 'returned by the bank', unallocated: 0 });
		expect(plan.invoiceUpdates).toEqual([{ id: 'A', openAmount: 10_000, status: 'issued' }]);
		expect(plan.orderMoves).toEqual([{ id: 'o1', from: 'paid', to: 'invoiced' }]);
	});

	test('a payment is reversed once', () => {
		expect(domainFailure(() => reversePayment({ book: book(), payment: payment({ status: 'reversed' }), allocations: [] }, 'again', '2026-12-06', '2026-12-06T10:00:00.000Z'))).toEqual(['CRM_INVALID_TRANSITION', 'status']);
	});
});

describe('settleInvoices', () => {
	test('an invoice whose open amount was never computed is written even when nothing changed', () => {
		const b = book();
		const stale: SettlementBook = { ...b, invoices: new Map([...b.invoices].map(([k, i]) => [k, k === 'C' ? { ...i, storedOpen: null } : i])) };
		expect(settleInvoices(stale, ['B', 'C'], []).invoiceUpdates).toEqual([{ id: 'C', openAmount: 2_000, status: 'issued' }]);
	});
});

describe('rankTopDebtors', () => {
	const item = (key: string, currency: string, open: number): OpenItem => ({ key, number: key, issueDate: '2026-11-01', dueDate: '2026-11-15', currency, gross: open, paid: 0, open });
	test('ranks customers by what they owe in base currency, ties by key, and keeps each currency', () => {
		const ranked = rankTopDebtors([item('i1', 'EUR', 1_000), item('i2', 'USD', 1_000), item('i3', 'EUR', 500), item('i4', 'EUR', 900)], new Map([['i1', 'b'], ['i2', 'b'], ['i3', 'a'], ['i4', 'c']]), { USD: '0.9' }, 'EUR', 2);
		expect(ranked).toEqual([
			{ customerId: 'b', openBase: 1_900, byCurrency: [{ currency: 'EUR', open: 1_000 }, { currency: 'USD', open: 1_000 }] },
			{ customerId: 'c', openBase: 900, byCurrency: [{ currency: 'EUR', open: 900 }] },
		]);
	});
});

import { describe, expect, test } from 'vitest';
import {
	assertOrderReadyFor,
	assertOrderTransition,
	deriveFulfilmentStatus,
	nextOrderStatuses,
	ORDER_STATUSES,
	type OrderReadinessFacts,
	type OrderStatus,
} from '../../../packages/crm-core/src/orders/index.ts';

const ALLOWED: [OrderStatus, OrderStatus][] = [
	['draft', 'confirmed'],
	['draft', 'cancelled'],
	['confirmed', 'cancelled'],
	['confirmed', 'partially_shipped'],
	['confirmed', 'shipped'],
	['partially_shipped', 'shipped'],
	['partially_shipped', 'partially_shipped'],
	['shipped', 'invoiced'],
	['invoiced', 'paid'],
	['paid', 'closed'],
];

describe('assertOrderTransition', () => {
	test.each(ALLOWED)('lets an order go from %s to %s', (from, to) => {
		expect(() => assertOrderTransition(from, to)).not.toThrow();
	});

	const refused = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to): [OrderStatus, OrderStatus] => [from, to])).filter(
		([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to),
	);
	test.each(refused)('refuses to move an order from %s to %s', (from, to) => {
		expect(() => assertOrderTransition(from, to)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_TRANSITION', details: expect.objectContaining({ from, to }) }));
	});

	test('refuses to cancel a shipped order and names the allowed steps', () => {
		expect(() => assertOrderTransition('shipped', 'cancelled')).toThrow(
			expect.objectContaining({
				code: 'CRM_INVALID_TRANSITION',
				message: 'An order cannot go from "shipped" to "cancelled"; allowed next steps: invoiced.',
				details: { field: 'status', from: 'shipped', to: 'cancelled', allowed: ['invoiced'] },
			}),
		);
	});

	test('says that a closed order is final', () => {
		expect(() => assertOrderTransition('closed', 'draft')).toThrow('An order cannot go from "closed" to "draft"; "closed" is final, no further steps are possible.');
	});

	test('refuses a status that does not exist', () => {
		expect(() => assertOrderTransition('draft', 'approved' as OrderStatus)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_CHOICE', message: '"approved" is not an order status.' }));
	});

	test.each([
		['shipped', [{ quantityMilli: 2000, shippedMilli: 2000 }], true],
		['shipped', [{ quantityMilli: 2000, shippedMilli: 1000 }], false],
		['partially_shipped', [{ quantityMilli: 2000, shippedMilli: 1000 }], true],
		['partially_shipped', [{ quantityMilli: 2000, shippedMilli: 2000 }], false],
	] as const)('checks a move to %s against the shipped quantities %j (allowed: %s)', (to, lines, ok) => {
		const act = () => assertOrderTransition('confirmed', to, { lines });
		if (ok) expect(act).not.toThrow();
		else expect(act).toThrow(expect.objectContaining({ code: 'CRM_INVALID_TRANSITION' }));
	});

	test('marks an order paid only when nothing is open', () => {
		expect(() => assertOrderTransition('invoiced', 'paid', { openAmount: 0 })).not.toThrow();
		expect(() => assertOrderTransition('invoiced', 'paid', { openAmount: 1 })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_TRANSITION', details: expect.objectContaining({ openAmount: 1 }) }));
	});
});

describe('nextOrderStatuses', () => {
	test.each([
		['draft', ['confirmed', 'cancelled']],
		['confirmed', ['partially_shipped', 'shipped', 'cancelled']],
		['partially_shipped', ['shipped']],
		['shipped', ['invoiced']],
		['invoiced', ['paid']],
		['paid', ['closed']],
		['closed', []],
		['cancelled', []],
	] as [OrderStatus, OrderStatus[]][])('offers %s orders the buttons %j', (status, next) => {
		expect(nextOrderStatuses(status)).toEqual(next);
	});
});

describe('deriveFulfilmentStatus', () => {
	test.each([
		['nothing shipped', [{ quantityMilli: 1000, shippedMilli: 0 }, { quantityMilli: 2500, shippedMilli: 0 }], 'confirmed'],
		['one line in part', [{ quantityMilli: 1000, shippedMilli: 0 }, { quantityMilli: 2500, shippedMilli: 1250 }], 'partially_shipped'],
		['one line in full, one not', [{ quantityMilli: 1000, shippedMilli: 1000 }, { quantityMilli: 2500, shippedMilli: 0 }], 'partially_shipped'],
		['every line in full', [{ quantityMilli: 1000, shippedMilli: 1000 }, { quantityMilli: 2500, shippedMilli: 2500 }], 'shipped'],
	])('calls an order with %s (%j) %s', (_name, lines, expected) => {
		expect(deriveFulfilmentStatus({ lines, current: 'partially_shipped' })).toBe(expected);
	});

	test('refuses shipped quantities above the ordered ones', () => {
		expect(() => deriveFulfilmentStatus({ lines: [{ quantityMilli: 1000, shippedMilli: 1001 }], current: 'confirmed' })).toThrow(
			expect.objectContaining({ code: 'CRM_OVER_SHIPMENT', details: expect.objectContaining({ field: 'lines[0].shippedMilli' }) }),
		);
	});

	test.each(['draft', 'cancelled', 'invoiced', 'closed'] as OrderStatus[])('refuses to ship a %s order', (current) => {
		expect(() => deriveFulfilmentStatus({ lines: [{ quantityMilli: 1000, shippedMilli: 1000 }], current })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_TRANSITION' }));
	});
});

describe('assertOrderReadyFor', () => {
	const complete: OrderReadinessFacts = {
		customerId: 'c-1',
		currency: 'EUR',
		lines: [
			{ productId: 'p-1', quantityMilli: 1000, unitPrice: 1999 },
			{ productId: 'p-2', quantityMilli: 250, unitPrice: 0 },
		],
	};

	test.each(['confirmed', 'shipped', 'invoiced', 'closed'] as OrderStatus[])('accepts a complete order (a free item included) as %s', (status) => {
		expect(() => assertOrderReadyFor(status, complete)).not.toThrow();
	});

	test('lets a draft be empty', () => {
		expect(() => assertOrderReadyFor('draft', {})).not.toThrow();
	});

	test.each([
		['a customer', { ...complete, customerId: null }, 'customerId'],
		['a currency', { ...complete, currency: '' }, 'currency'],
		['a line', { ...complete, lines: [] }, 'lines'],
		['a product on every line', { ...complete, lines: [{ productId: null, quantityMilli: 1000, unitPrice: 100 }] }, 'lines[0].productId'],
		['a positive quantity', { ...complete, lines: [{ productId: 'p', quantityMilli: 0, unitPrice: 100 }] }, 'lines[0].quantityMilli'],
		['a price', { ...complete, lines: [{ productId: 'p', quantityMilli: 1000, unitPrice: null }] }, 'lines[0].unitPrice'],
	] as [string, OrderReadinessFacts, string][])('refuses to confirm an order without %s', (_name, order, field) => {
		expect(() => assertOrderReadyFor('confirmed', order)).toThrow(expect.objectContaining({ code: 'CRM_ORDER_INCOMPLETE', details: expect.objectContaining({ field }) }));
	});

	test('names every missing field at once', () => {
		expect(() => assertOrderReadyFor('confirmed', { lines: [{ productId: 'p', quantityMilli: -5 }] })).toThrow(
			expect.objectContaining({
				message: 'The order cannot become "confirmed" without: customerId, currency, lines[0].quantityMilli, lines[0].unitPrice.',
				details: { field: 'customerId', fields: ['customerId', 'currency', 'lines[0].quantityMilli', 'lines[0].unitPrice'], status: 'confirmed' },
			}),
		);
	});

	test('refuses a currency that is not an ISO code', () => {
		expect(() => assertOrderReadyFor('confirmed', { ...complete, currency: 'Euro' })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_CURRENCY' }));
	});

	test('refuses to cancel without a reason, blank included', () => {
		expect(() => assertOrderReadyFor('cancelled', { cancelReason: '  ' })).toThrow(expect.objectContaining({ code: 'CRM_ORDER_INCOMPLETE', details: expect.objectContaining({ field: 'cancelReason' }) }));
		expect(() => assertOrderReadyFor('cancelled', { cancelReason: 'Customer chose a competitor' })).not.toThrow();
	});
});

import { describe, expect, test } from 'vitest';
import { isCrmError } from '../../../packages/crm-core/src/errors/crm-error.ts';
import {
	orderStatusAfterSettlement,
	parseAgingQuery,
	parseAllocationRequest,
	parsePaymentRequest,
	parsePaymentReversalRequest,
	parseStatementQuery,
} from '../../../packages/crm-core/src/settlements/index.ts';

const CUSTOMER = '0a9b8c7d-1111-4222-8333-444455556666';
const INVOICE = '1b9b8c7d-1111-4222-8333-444455556666';
const TODAY = '2026-11-26';

function codeOf(fn: () => unknown): [string, unknown] {
	try {
		fn();
	} catch (error) {
		if (isCrmError(error)) return [error.code, error.details['field'] ?? error.details['parameter']];
		throw error;
	}
	throw new Error('expected a CrmError');
}

describe('parsePaymentRequest', () => {
	test('reads a payment with explicit allocations and defaults the day to today', () => {
		expect(parsePaymentRequest({ customer: CUSTOMER, amount: 4000, currency: 'EUR', reference: ' R-1 ', allocations: [{ invoice: INVOICE, amount: 4000 }] }, TODAY)).toEqual({
			customerId: CUSTOMER,
			amount: 4000,
			currency: 'EUR',
			receivedOn: TODAY,
			reference: 'R-1',
			allocations: [{ invoiceKey: INVOICE, amount: 4000 }],
		});
	});

	test('keeps "no allocations given" (automatic) apart from an empty list (all credit)', () => {
		expect(parsePaymentRequest({ customer: CUSTOMER, amount: 1, currency: 'EUR' }, TODAY)).not.toHaveProperty('allocations');
		expect(parsePaymentRequest({ customer: CUSTOMER, amount: 1, currency: 'EUR', allocations: [] }, TODAY).allocations).toEqual([]);
	});

	test.each([
		[[], 'CRM_INVALID_PAYLOAD', ''],
		[{ amount: 1, currency: 'EUR' }, 'CRM_REQUIRED_FIELD', 'customer'],
		[{ customer: 'nope', amount: 1, currency: 'EUR' }, 'CRM_REFERENCE_NOT_FOUND', 'customer'],
		[{ customer: CUSTOMER, currency: 'EUR' }, 'CRM_REQUIRED_FIELD', 'amount'],
		[{ customer: CUSTOMER, amount: 0, currency: 'EUR' }, 'CRM_INVALID_AMOUNT', 'amount'],
		[{ customer: CUSTOMER, amount: 12.5, currency: 'EUR' }, 'CRM_INVALID_AMOUNT', 'amount'],
		[{ customer: CUSTOMER, amount: '100', currency: 'EUR' }, 'CRM_INVALID_AMOUNT', 'amount'],
		[{ customer: CUSTOMER, amount: 1 }, 'CRM_REQUIRED_FIELD', 'currency'],
		[{ customer: CUSTOMER, amount: 1, currency: 'eur' }, 'CRM_INVALID_CURRENCY', 'currency'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', received_on: '2026-02-30' }, 'CRM_INVALID_FORMAT', 'received_on'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', received_on: '2026-11-27' }, 'CRM_OUT_OF_RANGE', 'received_on'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', allocations: {} }, 'CRM_INVALID_PAYLOAD', 'allocations'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', allocations: [{ invoice: INVOICE, amount: -5 }] }, 'CRM_INVALID_AMOUNT', 'allocations[0].amount'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', allocations: [{ amount: 5 }] }, 'CRM_REQUIRED_FIELD', 'allocations[0].invoice'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', allocations: [{ invoice: INVOICE, amount: 5, note: 'x' }] }, 'CRM_INVALID_PAYLOAD', 'note'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', status: 'posted' }, 'CRM_INVALID_PAYLOAD', 'status'],
		[{ customer: CUSTOMER, amount: 1, currency: 'EUR', method: 7 }, 'CRM_INVALID_TYPE', 'method'],
	])('refuses %j with %s', (body, code, field) => {
		expect(codeOf(() => parsePaymentRequest(body, TODAY))).toEqual([code, field]);
	});
});

describe('allocation and reversal bodies', () => {
	test('an empty allocation body means "settle the oldest due first"', () => {
		expect(parseAllocationRequest(undefined)).toEqual({});
		expect(parseAllocationRequest({ allocations: [{ invoice: INVOICE, amount: 3 }] })).toEqual({ allocations: [{ invoiceKey: INVOICE, amount: 3 }] });
	});

	test('a reversal needs its reason', () => {
		expect(parsePaymentReversalRequest({ reason: ' returned by the bank ' })).toEqual({ reason: 'returned by the bank' });
		expect(codeOf(() => parsePaymentReversalRequest({}))).toEqual(['CRM_REQUIRED_FIELD', 'reason']);
		expect(codeOf(() => parsePaymentReversalRequest({ reason: '  ' }))).toEqual(['CRM_REQUIRED_FIELD', 'reason']);
	});
});

describe('report queries', () => {
	test('statement defaults to the year so far in the base currency, as JSON', () => {
		expect(parseStatementQuery({}, TODAY)).toEqual({ from: '2026-01-01', to: TODAY, format: 'json' });
		expect(parseStatementQuery({ from: '2026-03-01', to: '2026-03-31', currency: 'USD', format: 'pdf' }, TODAY)).toEqual({ from: '2026-03-01', to: '2026-03-31', currency: 'USD', format: 'pdf' });
	});

	test.each([
		[{ from: '2026-04-01', to: '2026-03-01' }, 'from'],
		[{ to: '31.03.2026' }, 'to'],
		[{ currency: 'euro' }, 'currency'],
		[{ format: 'xlsx' }, 'format'],
		[{ from: ['2026-01-01', '2026-02-01'] }, 'from'],
	])('refuses the statement query %j', (query, parameter) => {
		expect(codeOf(() => parseStatementQuery(query, TODAY))).toEqual(['CRM_INVALID_QUERY', parameter]);
	});

	test('aging is as of today unless asked otherwise', () => {
		expect(parseAgingQuery({}, TODAY)).toEqual({ asOf: TODAY });
		expect(parseAgingQuery({ as_of: '2026-06-30' }, TODAY)).toEqual({ asOf: '2026-06-30' });
		expect(codeOf(() => parseAgingQuery({ as_of: 'yesterday' }, TODAY))).toEqual(['CRM_INVALID_QUERY', 'as_of']);
	});
});

describe('orderStatusAfterSettlement', () => {
	test.each([
		['invoiced', [0, 0], 'paid'],
		['invoiced', [0, -5], 'paid'],
		['invoiced', [0, 100], 'invoiced'],
		['paid', [100], 'invoiced'],
		['paid', [0], 'paid'],
		['closed', [100], 'closed'],
		['shipped', [0], 'shipped'],
		['partially_shipped', [0], 'partially_shipped'],
		['invoiced', [], 'invoiced'],
	] as const)('%s with open %j becomes %s', (current, open, expected) => {
		expect(orderStatusAfterSettlement(current, open)).toBe(expected);
	});
});

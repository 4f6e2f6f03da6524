import { AGING_QUERY_PARAMETERS, ALLOCATION_REQUEST_SCHEMA, PAYMENT_REQUEST_SCHEMA, PAYMENT_REVERSAL_REQUEST_SCHEMA, STATEMENT_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { AGING, answerOf, BALANCE, PAYMENT_ROW, STATEMENT } from './answer-schemas.ts';

const tag = 'Payments and receivables';
const PAYMENT = answerOf(PAYMENT_ROW);
const IDEMPOTENCY: ApiOperation['errors'] = ['CRM_IDEMPOTENCY_MISMATCH', 'CRM_IDEMPOTENCY_IN_PROGRESS'];
const ALLOCATION_ERRORS: ApiOperation['errors'] = ['CRM_INVALID_PAYLOAD', 'CRM_REQUIRED_FIELD', 'CRM_INVALID_AMOUNT', 'CRM_REFERENCE_NOT_FOUND', 'CRM_OVER_ALLOCATION', 'CRM_PAYMENT_EXCEEDED', 'CRM_CURRENCY_MISMATCH', 'CRM_DOCUMENT_MISMATCH'];

export const SETTLEMENT_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/payments',
		tag,
		summary: 'Receive a payment',
		description: 'Posts the payment and allocates it: as `allocations` says, or, without them, to the oldest due invoices of the customer in that currency. What is not allocated stays as customer credit.',
		body: PAYMENT_REQUEST_SCHEMA,
		idempotent: true,
		status: 201,
		answer: PAYMENT,
		errors: [...ALLOCATION_ERRORS, 'CRM_INVALID_TYPE', 'CRM_INVALID_CURRENCY', 'CRM_INVALID_FORMAT', 'CRM_OUT_OF_RANGE', 'CRM_INVALID_CHOICE', 'CRM_TOO_LONG', 'CRM_MISSING_RATE', ...IDEMPOTENCY],
	},
	{ method: 'post', path: '/payments/:id/allocations', tag, summary: 'Allocate what is left of a payment', description: 'Without `allocations` the oldest due invoices are settled first.', pathId: 'The payment.', body: ALLOCATION_REQUEST_SCHEMA, bodyOptional: true, idempotent: true, status: 200, answer: PAYMENT, errors: [...ALLOCATION_ERRORS, 'CRM_INVALID_TRANSITION', ...IDEMPOTENCY] },
	{ method: 'post', path: '/payments/:id/reversal', tag, summary: 'Reverse a payment', description: 'Takes a posted payment back once (e.g. returned by the bank); the invoices it settled reopen.', pathId: 'The payment.', body: PAYMENT_REVERSAL_REQUEST_SCHEMA, idempotent: true, status: 200, answer: PAYMENT, errors: ['CRM_INVALID_PAYLOAD', 'CRM_INVALID_TYPE', 'CRM_REQUIRED_FIELD', 'CRM_INVALID_TRANSITION', ...IDEMPOTENCY] },
	{ method: 'get', path: '/customers/:id/balance', tag, summary: "A customer's balance and open items", description: 'Per currency and in the base currency, with unallocated credit.', pathId: 'The customer.', status: 200, answer: answerOf(BALANCE), errors: [] },
	{ method: 'get', path: '/customers/:id/statement', tag, summary: "A customer's statement", description: 'Movements with a running balance over a period, as JSON, CSV or PDF.', pathId: 'The customer.', query: STATEMENT_QUERY_PARAMETERS, status: 200, answer: answerOf(STATEMENT), files: ['csv', 'pdf'], errors: ['CRM_INVALID_QUERY'] },
	{ method: 'get', path: '/receivables/aging', tag, summary: 'Receivables by age', description: 'What is open by age bucket and currency, and the ten largest debtors, over the invoices the caller may read.', query: AGING_QUERY_PARAMETERS, status: 200, answer: answerOf(AGING), errors: ['CRM_INVALID_QUERY', 'CRM_MISSING_RATE'] },
];

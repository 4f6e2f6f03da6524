import { CREDIT_NOTE_REQUEST_SCHEMA, INVOICE_REQUEST_SCHEMA, listOf, objectOf, SHIPMENT_REQUEST_SCHEMA, text, uuid } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, INVOICE_ROW, integer, objectWith, ORDER_ROW, QUOTE_ROW, SHIPMENT_ROW } from './answer-schemas.ts';
import { ORDER_BODY } from './item-bodies.ts';

const tag = 'Orders';
const ORDER = answerOf(ORDER_ROW);
const approvalBody = objectOf({ lines: listOf(uuid(), { description: 'Lines to approve; leave it out to approve every pending line.' }) });

export const ORDER_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/orders',
		tag,
		summary: 'Create an order with its lines',
		description: 'One draft order with its lines in one transaction. Prices, discounts and totals are computed by the server as for orders entered in the Studio.',
		body: ORDER_BODY,
		idempotent: true,
		status: 201,
		answer: ORDER,
		errors: ['CRM_INVALID_PAYLOAD', 'CRM_REQUIRED_FIELD', 'CRM_INVALID_TYPE', 'CRM_READONLY_FIELD', 'CRM_REFERENCE_NOT_FOUND', 'CRM_INVALID_QUANTITY', 'CRM_OUT_OF_RANGE', 'CRM_NO_PRICE', 'CRM_PROMO_CODE_INVALID', 'CRM_PROMO_CODE_EXHAUSTED', 'CRM_MISSING_RATE', 'CRM_IDEMPOTENCY_MISMATCH', 'CRM_IDEMPOTENCY_IN_PROGRESS'],
	},
	{
		method: 'post',
		path: '/orders/:id/confirm',
		tag,
		summary: 'Confirm a draft order',
		description: 'Checks credit and stock, reserves the goods in a warehouse and locks prices. A sales manager overrides a credit block with `override_reason`.',
		pathId: 'The order.',
		body: { type: 'object', properties: { override_reason: text({ description: 'Why a manager confirms despite the credit check.' }) } },
		bodyOptional: true,
		status: 200,
		answer: ORDER,
		errors: ['CRM_INVALID_TYPE', 'CRM_INVALID_TRANSITION', 'CRM_ORDER_INCOMPLETE', 'CRM_CREDIT_BLOCKED', 'CRM_OVERRIDE_FORBIDDEN', 'CRM_INSUFFICIENT_STOCK', 'CRM_APPROVAL_REQUIRED', 'CRM_MISSING_RATE'],
	},
	{ method: 'post', path: '/orders/:id/close', tag, summary: 'Close an order', pathId: 'The order.', status: 200, answer: ORDER, errors: ['CRM_INVALID_TRANSITION'] },
	{
		method: 'post',
		path: '/orders/:id/cancel',
		tag,
		summary: 'Cancel an order',
		description: 'Releases its reservations.',
		pathId: 'The order.',
		body: { type: 'object', properties: { reason: text({ description: 'Why the order is cancelled.' }) } },
		bodyOptional: true,
		status: 200,
		answer: ORDER,
		errors: ['CRM_INVALID_TYPE', 'CRM_INVALID_TRANSITION', 'CRM_ORDER_INCOMPLETE'],
	},
	{ method: 'post', path: '/orders/:id/approve-discounts', tag, summary: "Approve a draft order's manual discounts", pathId: 'The order.', body: approvalBody, bodyOptional: true, status: 200, answer: answerOf(ORDER_ROW, objectWith({ approved: integer })), errors: ['CRM_INVALID_TYPE', 'CRM_INVALID_TRANSITION', 'CRM_APPROVAL_FORBIDDEN'] },
	{ method: 'post', path: '/quotes/:id/approve-discounts', tag: 'Proposals', summary: "Approve a draft proposal's manual discounts", pathId: 'The proposal.', body: approvalBody, bodyOptional: true, status: 200, answer: answerOf(QUOTE_ROW, objectWith({ approved: integer })), errors: ['CRM_INVALID_TYPE', 'CRM_INVALID_TRANSITION', 'CRM_APPROVAL_FORBIDDEN'] },
	{
		method: 'post',
		path: '/orders/:id/shipments',
		tag: 'Fulfilment',
		summary: 'Ship an order, fully or partially',
		description: 'A waybill (goods) or an act of services rendered from a confirmed order. Without `lines` everything still to ship goes; with `lines` only those quantities (a partial shipment), and the order becomes partially_shipped.',
		pathId: 'The order.',
		body: SHIPMENT_REQUEST_SCHEMA,
		bodyOptional: true,
		status: 201,
		answer: answerOf(SHIPMENT_ROW),
		errors: ['CRM_INVALID_PAYLOAD', 'CRM_INVALID_TYPE', 'CRM_INVALID_FORMAT', 'CRM_INVALID_CHOICE', 'CRM_REQUIRED_FIELD', 'CRM_INVALID_QUANTITY', 'CRM_INVALID_TRANSITION', 'CRM_MIXED_SHIPMENT', 'CRM_NOTHING_TO_SHIP', 'CRM_OVER_SHIPMENT', 'CRM_INSUFFICIENT_STOCK', 'CRM_REFERENCE_NOT_FOUND'],
	},
	{
		method: 'post',
		path: '/orders/:id/invoices',
		tag: 'Fulfilment',
		summary: 'Invoice what shipped',
		description: 'An invoice of what shipped and is not invoiced yet (or of the chosen shipments), due after the customer\'s payment terms; posted to the ledger.',
		pathId: 'The order.',
		body: INVOICE_REQUEST_SCHEMA,
		bodyOptional: true,
		status: 201,
		answer: answerOf(INVOICE_ROW),
		errors: ['CRM_INVALID_PAYLOAD', 'CRM_INVALID_TYPE', 'CRM_INVALID_FORMAT', 'CRM_REQUIRED_FIELD', 'CRM_OUT_OF_RANGE', 'CRM_INVALID_TRANSITION', 'CRM_NOTHING_TO_INVOICE', 'CRM_MISSING_RATE', 'CRM_REFERENCE_NOT_FOUND'],
	},
	{
		method: 'post',
		path: '/invoices/:id/credit-notes',
		tag: 'Fulfilment',
		summary: 'Credit (part of) an invoice',
		pathId: 'The invoice.',
		body: CREDIT_NOTE_REQUEST_SCHEMA,
		status: 201,
		answer: answerOf(INVOICE_ROW),
		errors: ['CRM_INVALID_PAYLOAD', 'CRM_INVALID_TYPE', 'CRM_INVALID_FORMAT', 'CRM_REQUIRED_FIELD', 'CRM_TOO_LONG', 'CRM_OUT_OF_RANGE', 'CRM_INVALID_QUANTITY', 'CRM_OVER_CREDIT', 'CRM_INVALID_TRANSITION', 'CRM_MISSING_RATE', 'CRM_REFERENCE_NOT_FOUND'],
	},
];

export const QUOTE_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'post', path: '/quotes/:id/send', tag: 'Proposals', summary: 'Send a draft proposal', description: 'Fixes its validity date.', pathId: 'The proposal.', status: 200, answer: answerOf(QUOTE_ROW), errors: ['CRM_INVALID_TRANSITION', 'CRM_ORDER_INCOMPLETE', 'CRM_APPROVAL_REQUIRED'] },
	{ method: 'post', path: '/quotes/:id/accept', tag: 'Proposals', summary: 'Accept a sent proposal into a draft order', description: 'The new order has the same lines and totals; its id is in `order`.', pathId: 'The proposal.', status: 200, answer: answerOf(QUOTE_ROW), errors: ['CRM_INVALID_TRANSITION', 'CRM_QUOTE_EXPIRED'] },
	{ method: 'post', path: '/quotes/:id/reject', tag: 'Proposals', summary: 'Reject a sent proposal', pathId: 'The proposal.', status: 200, answer: answerOf(QUOTE_ROW), errors: ['CRM_INVALID_TRANSITION'] },
	{ method: 'get', path: '/quotes/:id/pdf', tag: 'Proposals', summary: 'The proposal as a PDF', pathId: 'The proposal.', status: 200, answer: null, files: ['pdf'], errors: [] },
];

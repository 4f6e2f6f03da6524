import { currencyCode, isoDay, oneOf, PRICE_QUERY_PARAMETERS, WHAT_IF_REQUEST_SCHEMA } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { ANY_OBJECT, answerOf, DISCOUNTS_GIVEN, listOf, RESOLVED_PRICE, RULES_META, WHAT_IF } from './answer-schemas.ts';

const tag = 'Prices and discounts';

export const PRICING_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/prices/resolve', tag, summary: "A product's price for a customer", description: 'Resolved through the customer\'s, group, channel and base lists for a quantity and day, with the reasons.', query: PRICE_QUERY_PARAMETERS, status: 200, answer: answerOf(RESOLVED_PRICE), errors: ['CRM_INVALID_QUERY', 'CRM_NO_PRICE', 'CRM_PRICE_LIST_CYCLE'] },
	{
		method: 'get',
		path: '/price-lists/:id/export',
		tag,
		summary: 'A price list as CSV or PDF',
		pathId: 'The price list.',
		query: [
			{ name: 'format', schema: oneOf(['csv', 'pdf']), description: 'csv (default) or pdf.' },
			{ name: 'date', schema: isoDay(), description: 'Prices valid on this day, default today.' },
		],
		status: 200,
		answer: null,
		files: ['csv', 'pdf'],
		errors: ['CRM_INVALID_QUERY', 'CRM_PRICE_LIST_CYCLE'],
	},
	{ method: 'post', path: '/pricing/quote', tag, summary: 'What-if pricing of a basket', description: 'Any customer, basket, day, campaign and promo codes, priced by the engine the documents use; nothing is stored.', body: WHAT_IF_REQUEST_SCHEMA, status: 200, answer: answerOf(WHAT_IF), errors: ['CRM_INVALID_PAYLOAD', 'CRM_REQUIRED_FIELD', 'CRM_INVALID_TYPE', 'CRM_INVALID_FORMAT', 'CRM_INVALID_CURRENCY', 'CRM_INVALID_QUANTITY', 'CRM_OUT_OF_RANGE', 'CRM_NO_PRICE', 'CRM_PROMO_CODE_INVALID', 'CRM_MISSING_RATE'] },
	{ method: 'get', path: '/pricing/rules', tag, summary: 'Discount rules in force on a day', query: [{ name: 'date', schema: isoDay(), description: 'Default today.' }], status: 200, answer: answerOf(listOf(ANY_OBJECT), RULES_META), errors: ['CRM_INVALID_QUERY'] },
	{
		method: 'get',
		path: '/pricing/discounts-given',
		tag,
		summary: 'Discount cost by rule, rep and customer group',
		description: 'Over the orders the caller may read.',
		query: [
			{ name: 'from', schema: isoDay(), description: 'Default one year before `to`.' },
			{ name: 'to', schema: isoDay(), description: 'Default today.' },
			{ name: 'currency', schema: currencyCode(), description: 'Default the base currency.' },
		],
		status: 200,
		answer: answerOf(DISCOUNTS_GIVEN),
		errors: ['CRM_INVALID_QUERY'],
	},
];

import { TIMELINE_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, listOf, PAGE_META, TIMELINE_ENTRY } from './answer-schemas.ts';
import { CUSTOMER_OVERVIEW } from './customer-overview-schema.ts';

export const CUSTOMER_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/customers/:id/timeline', tag: 'Customers', summary: "A customer's contact history", description: 'Calls, meetings, e-mails and system events, newest first.', pathId: 'The customer.', query: TIMELINE_QUERY_PARAMETERS, status: 200, answer: answerOf(listOf(TIMELINE_ENTRY), PAGE_META), errors: ['CRM_INVALID_QUERY'] },
	{ method: 'get', path: '/customers/:id/overview', tag: 'Customers', summary: 'The customer at a glance (360°)', description: 'One answer with the customer, active contacts, open proposals and orders, sales of the last twelve months in the base currency (by month and product group), balance and overdue, the last five payments, service contracts in force and open requests with their SLA, campaign memberships with their last touch, classes with their last moves, and the stock of the products they buy most. Each block is read under the caller\'s policy: a block they may not read is left out of the answer, not refused.', pathId: 'The customer.', status: 200, answer: answerOf(CUSTOMER_OVERVIEW), errors: ['CRM_NOT_PERMITTED'] },
];

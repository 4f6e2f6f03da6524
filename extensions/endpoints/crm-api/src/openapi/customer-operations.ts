import { TIMELINE_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, listOf, PAGE_META, TIMELINE_ENTRY } from './answer-schemas.ts';

export const CUSTOMER_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/customers/:id/timeline', tag: 'Customers', summary: "A customer's contact history", description: 'Calls, meetings, e-mails and system events, newest first.', pathId: 'The customer.', query: TIMELINE_QUERY_PARAMETERS, status: 200, answer: answerOf(listOf(TIMELINE_ENTRY), PAGE_META), errors: ['CRM_INVALID_QUERY'] },
];

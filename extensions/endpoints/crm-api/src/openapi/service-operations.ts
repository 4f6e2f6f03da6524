import { isoDay, uuid } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { ANY_OBJECT, answerOf, SERVICE_REQUEST, SLA_COMPLIANCE, SUPPORT_COSTS } from './answer-schemas.ts';
import { SERVICE_REQUEST_BODY } from './item-bodies.ts';

const tag = 'Service desk';

export const SERVICE_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/service/requests',
		tag,
		summary: 'Open a service request',
		description: 'Intake for external systems and mail gateways: the request is classified, routed and given its SLA targets, and read back as far as the caller may read it, with the routing summary.',
		body: SERVICE_REQUEST_BODY,
		idempotent: true,
		status: 201,
		answer: answerOf(SERVICE_REQUEST),
		errors: ['CRM_INVALID_PAYLOAD', 'CRM_REQUIRED_FIELD', 'CRM_INVALID_TYPE', 'CRM_INVALID_CHOICE', 'CRM_TOO_LONG', 'CRM_REFERENCE_NOT_FOUND', 'CRM_CONTACT_CUSTOMER_MISMATCH', 'CRM_INVALID_TRANSITION', 'CRM_DESK_FIELD_FORBIDDEN', 'CRM_IDEMPOTENCY_MISMATCH', 'CRM_IDEMPOTENCY_IN_PROGRESS'],
	},
	{ method: 'get', path: '/service/requests/:id/overview', tag, summary: "A request's SLA state, steps and routing decisions", pathId: 'The service request.', status: 200, answer: answerOf(ANY_OBJECT), errors: ['CRM_INVALID_QUERY'] },
	{ method: 'get', path: '/service/routing-decisions/:id/explanation', tag, summary: "A routing decision's full explanation", description: 'Every specialist judged again against the stored decision.', pathId: 'The routing decision.', status: 200, answer: answerOf(ANY_OBJECT), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_FOUND'] },
	{
		method: 'get',
		path: '/service/costs',
		tag,
		summary: "A customer's support cost, billable time and contract revenue",
		query: [
			{ name: 'customer', schema: uuid(), required: true, description: 'The customer.' },
			{ name: 'from', schema: isoDay(), required: true, description: 'First day.' },
			{ name: 'to', schema: isoDay(), required: true, description: 'Last day, not before `from`.' },
		],
		status: 200,
		answer: answerOf(SUPPORT_COSTS),
		errors: ['CRM_INVALID_QUERY', 'CRM_MISSING_RATE'],
	},
	{ method: 'get', path: '/service/sla-compliance', tag, summary: 'SLA compliance', description: 'Open requests by priority, the breached share, and response and resolution times per team and week.', query: [{ name: 'weeks', schema: { type: 'integer', minimum: 1, maximum: 104, default: 8 }, description: 'Weeks back from now.' }], status: 200, answer: answerOf(SLA_COMPLIANCE), errors: ['CRM_INVALID_QUERY'] },
];

import { SEGMENT_PREVIEW_BODY } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { amount, answerOf, currency, id, instant, integer, listOf, objectWith, oneOf } from './answer-schemas.ts';

const PREVIEW = objectWith({ applies_to: oneOf(['customers', 'products']), count: integer, sample: listOf(objectWith({ id, name: { type: 'string' } })) });
const BUDGET = objectWith({
	campaign: id,
	currency,
	by_item: listOf(objectWith({ cost_item: { type: 'string' }, planned: amount, actual: amount })),
	planned: amount,
	actual: amount,
	remaining: amount,
	used_bp: { type: ['integer', 'null'] },
	forecast: amount,
	overrun_forecast: { type: 'boolean' },
	warning: { type: 'boolean' },
	stop_sends: { type: 'boolean' },
});
const REFRESH = objectWith({ segment: id, applies_to: oneOf(['customers', 'products']), member_count: integer, entered: integer, left: integer, refreshed_at: instant });

export const MARKETING_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/segments/preview',
		tag: 'Marketing',
		summary: 'Preview a segment rule',
		description: 'How many of the customers (or products) the caller may read the rule selects today, and the first ten by name. Nothing is stored.',
		body: SEGMENT_PREVIEW_BODY,
		status: 200,
		answer: answerOf(PREVIEW),
		errors: ['CRM_INVALID_PAYLOAD', 'CRM_SEGMENT_RULE_INVALID'],
	},
	{
		method: 'post',
		path: '/segments/:id/refresh',
		tag: 'Marketing',
		summary: 'Refresh a segment by rule',
		description: 'Applies the rule now: members the rule no longer selects leave, new ones enter, each change is kept in the segment history. Takes the right to change the segment. The CRM also refreshes every segment by rule on its schedule (CRM_SEGMENT_REFRESH_SCHEDULE, hourly by default).',
		pathId: 'The segment.',
		status: 200,
		answer: answerOf(REFRESH),
		errors: ['CRM_SEGMENT_NOT_BY_RULE', 'CRM_SEGMENT_RULE_INVALID', 'CRM_NOT_PERMITTED'],
	},
	{
		method: 'get',
		path: '/campaigns/:id/budget',
		tag: 'Marketing',
		summary: "A campaign's budget against its spend",
		description: 'By cost item, in the base currency: the plan, the booked spend, and the discounts the campaign\'s rules (its own and its offers\') gave on orders that were not cancelled; the forecast at completion (the spend carried on at its daily rate while the campaign runs), the warning at the campaign\'s threshold, and whether sending stops (hard stop and the plan spent). For whoever may read the campaign\'s budget lines and spend.',
		pathId: 'The campaign.',
		status: 200,
		answer: answerOf(BUDGET),
		errors: [],
	},
];

import { REORDER_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, day, id, integer, listOf, objectWith, oneOf } from './answer-schemas.ts';

const tag = 'Repeat sales';
const NAMED = objectWith({ id, name: { type: 'string' } });
const REORDER = objectWith({
	customer: NAMED,
	product_group: NAMED,
	owner: { type: ['object', 'null'], properties: { id, name: { type: 'string' } }, description: 'The customer\'s sales rep; null without one.' },
	status: oneOf(['due', 'churn_risk', 'not_due']),
	cycle_days: { ...integer, description: 'The median gap between the customer\'s purchase days of the group.' },
	purchases: { ...integer, description: 'Distinct purchase days counted.' },
	last_purchase: day,
	next_due: day,
	days_since_last: integer,
	days_overdue: { ...integer, description: 'Days from the due day to `date`: 0 on the due day and before it.' },
	explanation: { type: 'string', description: 'E.g. "Buys Coffee every 30 days; last on 2026-11-01, due 2026-12-01, 6 days overdue".' },
});
const HOW = 'A purchase is a day with a counted order (neither draft nor cancelled) holding a product of the group; the cycle is the median gap between purchase days and needs three of them; due from the last purchase plus the cycle; a churn risk once the days since the last purchase reach the cycle times CRM_CHURN_FACTOR_BP (20000: twice the cycle).';

export const REPEAT_SALES_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/reorders', tag, summary: 'Due for reorder', description: `S6.9: each customer's purchase cycle per product group and whether a reorder is due, most urgent first (churn risks, then the longest overdue). ${HOW} Orders and customers are read under the caller's policy: a rep sees their own customers, a manager their teams'.`, query: REORDER_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ date: day, status: oneOf(['due', 'churn_risk', 'all']), churn_factor_bp: integer, total: integer, reorders: listOf(REORDER) })), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED', 'CRM_OUT_OF_RANGE'] },
	{ method: 'post', path: '/reorders/run', tag, summary: 'Run the daily reorder job now', description: `S6.9: what the morning job does (CRM_REORDER_SCHEDULE): a follow-up task (crm_sales_tasks) for the owner of each customer × product group that is due or at churn risk and has no open one, with a notification, and the customers' churn flags set and cleared — one task per pair and day however often and on however many servers it runs. \`date\` (YYYY-MM-DD) runs it as of that day. ${HOW} Administrators only.`, body: objectWith({ date: day }, []), bodyOptional: true, status: 200, answer: answerOf(objectWith({ date: day, assessed: integer, tasks_created: integer, churn_flagged: integer, churn_cleared: integer })), errors: ['CRM_NOT_PERMITTED', 'CRM_INVALID_PAYLOAD', 'CRM_OUT_OF_RANGE'] },
];


import type { ApiOperation } from './api-operation.ts';
import { answerOf, id, integer, listOf, nullableId, objectWith, oneOf, textOrNull } from './answer-schemas.ts';

const tag = 'Territories';
const CUSTOMERS = { ...listOf(id), description: 'Customer ids (at most 5000); leave out for every customer you may read.' };
const REASON = { type: 'string', maxLength: 500, description: 'Why: the assignment history keeps it.' } as const;
const ROW = objectWith({
	customer: id,
	customer_name: { type: 'string' },
	outcome: { ...oneOf(['change', 'keep', 'none', 'refused']), description: 'change: the rule gives it to another rep; keep: the owner already fits the rule; none: no rule (or no active rep) for it; refused: outside the caller\'s teams.' },
	from_rep: nullableId,
	from_name: textOrNull,
	to_rep: nullableId,
	to_name: textOrNull,
	rule: nullableId,
	reason: { type: 'string', description: 'Which rule matched, on which conditions, and why this rep (the team\'s rep with the fewest customers).' },
});
const PLAN = answerOf(objectWith({ changes: integer, rows: listOf(ROW) }));
const HOW = 'The first active rule by priority (crm_assignment_rules.sort, lowest first) whose conditions the customer meets wins (region, customer group, country, category; an empty condition matches any). Its target is a rep, or a team: then the team\'s active rep with the fewest customers, ties by id, counting the customers the same run assigns. A customer already owned by the rule\'s rep, or by an active rep of the rule\'s team, keeps its owner.';
const WHO = 'Administrators; sales managers for customers and reps of the teams they manage (others are listed as refused); reps are refused (CRM_NOT_PERMITTED).';

export const ASSIGNMENT_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'post', path: '/assignment/preview', tag, summary: 'Preview what the assignment rules would change', description: `S6.2: for each customer the caller may read (or those named), from → to and why, without writing anything. ${HOW} ${WHO}`, body: objectWith({ customers: CUSTOMERS }, []), bodyOptional: true, status: 200, answer: PLAN, errors: ['CRM_INVALID_PAYLOAD', 'CRM_NOT_PERMITTED', 'CRM_NOT_FOUND'] },
	{ method: 'post', path: '/assignment/apply', tag, summary: 'Apply the assignment rules to existing customers', description: `S6.2: the preview's changes, written in one transaction: each owner change with its history row (kind rule, the rule, the caller, the reason before the rule's explanation). ${HOW} ${WHO}`, body: objectWith({ customers: CUSTOMERS, reason: REASON }, ['reason']), status: 200, answer: PLAN, errors: ['CRM_INVALID_PAYLOAD', 'CRM_ASSIGNMENT_REASON_REQUIRED', 'CRM_TOO_LONG', 'CRM_NOT_PERMITTED', 'CRM_NOT_FOUND'] },
	{ method: 'post', path: '/assignment/reassign', tag, summary: 'Move every customer of a rep to another rep', description: `S6.2: a rep leaves: all their customers go to an active rep, each with its history row (kind bulk), all or nothing. Administrators; a manager only between reps of teams they manage (else CRM_OWNER_ASSIGNMENT_FORBIDDEN); an inactive target is refused (CRM_ASSIGNMENT_REP_INACTIVE).`, body: objectWith({ from_rep: id, to_rep: id, reason: REASON }), status: 200, answer: answerOf(objectWith({ moved: integer, customers: listOf(id) })), errors: ['CRM_INVALID_PAYLOAD', 'CRM_ASSIGNMENT_REASON_REQUIRED', 'CRM_TOO_LONG', 'CRM_NOT_PERMITTED', 'CRM_NOT_FOUND', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'CRM_ASSIGNMENT_REP_INACTIVE'] },
];

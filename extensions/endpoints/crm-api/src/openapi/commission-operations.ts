import type { ApiOperation } from './api-operation.ts';
import type { JsonSchema } from '@crm/core';
import { amount, answerOf, nullableAmount, currency, day, id, instant, integer, listOf, nullableDay, nullableId, objectWith, oneOf, textOrNull } from './answer-schemas.ts';

const tag = 'Commissions';
const NAMED = { type: ['object', 'null'], properties: { id, name: { type: 'string' } } } as const;
const LINE_FIELDS: Record<string, JsonSchema> = {
	id,
	sort: integer,
	kind: oneOf(['invoice_paid', 'credit_note']),
	document_number: { type: 'string' },
	invoice: nullableId,
	day: nullableDay,
	currency,
	amount: { ...amount, description: 'The document\'s net revenue or margin (as the plan pays on) in the base currency, before the split; negative on a credit note.' },
	split_bp: integer,
	basis: amount,
	commission: { ...amount, description: 'What the line pays after the cap; negative when a credit note claws back.' },
	explanation: { type: 'string' },
	uncapped: { ...nullableAmount, description: 'What the line earns before the cap.' },
	rate_bp: { type: ['integer', 'null'], description: 'The rate the line was paid at (the lowest, when it crossed a tier).' },
	top_rate_bp: { type: ['integer', 'null'], description: 'The highest rate, when the line crossed a tier.' },
};
const LINE = objectWith(LINE_FIELDS, ['id', 'kind', 'document_number', 'amount', 'split_bp', 'basis', 'commission', 'explanation']);
const STATEMENT_FIELDS: Record<string, JsonSchema> = {
	id,
	rep: NAMED,
	plan: NAMED,
	period_start: day,
	period_end: day,
	status: oneOf(['draft', 'approved']),
	currency,
	basis: amount,
	commission: amount,
	uncapped: amount,
	attainment_bp: { type: ['integer', 'null'] },
	approved_by: nullableId,
	approved_at: { ...instant, type: ['string', 'null'] },
	summary: textOrNull,
	lines: listOf(LINE),
};
const STATEMENT = objectWith(STATEMENT_FIELDS, ['id', 'rep', 'period_start', 'period_end', 'status', 'currency', 'basis', 'commission', 'uncapped', 'lines']);
const VIEW_LINE = objectWith({ ...LINE_FIELDS, customer_name: { type: ['string', 'null'], description: 'The customer of the invoice or credit note.' } }, ['id', 'kind', 'document_number', 'commission', 'explanation', 'customer_name']);
const STATEMENT_VIEW = objectWith({
	...STATEMENT_FIELDS,
	approved_by: { type: ['object', 'null'], properties: { id, name: { type: 'string' } } },
	lines: listOf(VIEW_LINE),
	totals: objectWith({ earned: amount, clawed_back: amount, capped: amount, payable: amount }),
	may_approve: { type: 'boolean', description: 'Whether the caller may approve it now (a draft, and an administrator or the manager of the rep\'s team).' },
}, ['id', 'rep', 'status', 'currency', 'lines', 'totals', 'may_approve']);
const HOW = 'A paid invoice earns in the period it became fully paid (posted allocations, with the credit notes issued against it by then, reach its gross total), on its net revenue in the base currency or its margin at its order\'s margin ratio, as the plan says; a credit note issued after its invoice was paid claws back in its own period. The rep earns on the orders they own that nobody shares, and their share of orders split between reps (crm_commission_splits, whose shares must add up to 100 %). The plan is the rep\'s active plan, else their team\'s: the rate, tiers above a share of the period\'s target (marginal, like tax brackets) and the cap.';

export const COMMISSION_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'post', path: '/commissions/statements', tag, summary: 'Compute a rep\'s commission statement', description: `S6.3: computes the rep's statement of the period and stores it as a draft with its lines in one transaction, replacing the draft of the same rep and period; an approved statement of that period is locked (CRM_COMMISSION_STATEMENT_LOCKED). ${HOW} Administrators and the manager of the rep's team. Statements are read as Directus items (crm_commission_statements, crm_commission_statement_lines) under the caller's policy: a rep reads their own.`, body: objectWith({ rep: id, period_start: day, period_end: day }), status: 201, answer: answerOf(STATEMENT), errors: ['CRM_INVALID_PAYLOAD', 'CRM_NOT_PERMITTED', 'CRM_REFERENCE_NOT_FOUND', 'CRM_COMMISSION_PLAN_MISSING', 'CRM_COMMISSION_PLAN_INVALID', 'CRM_COMMISSION_SPLIT_INVALID', 'CRM_COMMISSION_STATEMENT_INVALID', 'CRM_COMMISSION_STATEMENT_LOCKED'] },
	{ method: 'get', path: '/commissions/statements/:id', tag, summary: 'A commission statement as the rep checks it', description: 'S6.3: the statement read under the caller\'s policy (a rep reads their own, a manager their teams\'), every line with its customer\'s name, rate and explanation, the approver\'s name, the totals (earned − clawed back − above the cap = payable, to the minor unit) and whether the caller may approve it. The Studio\'s statement view (crm-commission-statement) shows it.', pathId: 'The commission statement.', status: 200, answer: answerOf(STATEMENT_VIEW), errors: ['CRM_NOT_FOUND'] },
	{ method: 'post', path: '/commissions/statements/:id/approve', tag, summary: 'Approve a commission statement', description: 'S6.3: draft → approved, recording who and when; an approved statement is final and locked (a correction is a clawback on a later period\'s statement). Administrators and the manager of the rep\'s team.', pathId: 'The commission statement.', bodyOptional: true, status: 200, answer: answerOf(STATEMENT), errors: ['CRM_NOT_PERMITTED', 'CRM_NOT_FOUND', 'CRM_INVALID_TRANSITION'] },
];

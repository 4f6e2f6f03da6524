import { describe, expect, test } from 'vitest';
import { type CommissionStatementStatus, planStatementTransition } from '../../../packages/crm-core/src/commissions/index.ts';
import { domainFailure } from '../domain-failure.ts';

const MANAGER = { isManager: true };
const REP = { isManager: false };

describe('planStatementTransition: draft → approved, by a manager, once', () => {
	test('a manager approves a draft', () => {
		expect(planStatementTransition('draft', 'approved', MANAGER)).toBe('approved');
	});

	test.each([
		['a rep cannot approve their own statement', 'draft', 'approved', REP, 'CRM_INVALID_TRANSITION'],
		['an approved statement is final, even for a manager', 'approved', 'draft', MANAGER, 'CRM_INVALID_TRANSITION'],
		['approving twice is refused', 'approved', 'approved', MANAGER, 'CRM_INVALID_TRANSITION'],
		['a draft does not "move" to draft', 'draft', 'draft', MANAGER, 'CRM_INVALID_TRANSITION'],
		['an unknown status is refused', 'draft', 'paid', MANAGER, 'CRM_INVALID_CHOICE'],
	] as [string, CommissionStatementStatus, CommissionStatementStatus, { isManager: boolean }, string][])('%s', (_, from, to, actor, code) => {
		expect(domainFailure(() => planStatementTransition(from, to, actor))).toEqual([code, 'status']);
	});
});

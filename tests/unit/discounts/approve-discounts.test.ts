import { describe, expect, test } from 'vitest';
import { approveDiscounts, type DiscountApprovalFacts } from '../../../packages/crm-core/src/discounts/index.ts';
import { domainFailure } from '../domain-failure.ts';

const facts = (f: Partial<DiscountApprovalFacts> = {}): DiscountApprovalFacts => ({
	document: { number: 'SO-2026-000042', status: 'draft' },
	lines: [
		{ id: 'l1', discountBp: 1500, approvalStatus: 'pending' },
		{ id: 'l2', discountBp: 2500, approvalStatus: 'pending' },
		{ id: 'l3', discountBp: 500, approvalStatus: 'not_needed' },
	],
	wanted: null,
	limitBp: 3000,
	approverId: 'manager',
	at: '2026-12-06T10:00:00.000Z',
	...f,
});

describe('approveDiscounts', () => {
	test('approves every pending line at its discount, below the floor included, naming who and when', () => {
		expect(approveDiscounts(facts())).toEqual([
			{ lineId: 'l1', discountApprovedBp: 1500, belowFloorApproved: true, approvedBy: 'manager', approvedAt: '2026-12-06T10:00:00.000Z' },
			{ lineId: 'l2', discountApprovedBp: 2500, belowFloorApproved: true, approvedBy: 'manager', approvedAt: '2026-12-06T10:00:00.000Z' },
		]);
	});

	test('only the named lines when the manager names them; nothing pending approves nothing', () => {
		expect(approveDiscounts(facts({ wanted: ['l1', 'l3'] })).map((a) => a.lineId)).toEqual(['l1']);
		expect(approveDiscounts(facts({ wanted: ['l3'] }))).toEqual([]);
	});

	test.each([
		['a document that is no longer a draft', facts({ document: { number: 'SO-1', status: 'confirmed' } }), ['CRM_DOCUMENT_LOCKED', 'status']],
		['a line of another document', facts({ wanted: ['elsewhere'] }), ['CRM_REFERENCE_NOT_FOUND', 'lines']],
		['a discount beyond the approver’s own limit', facts({ limitBp: 2000 }), ['CRM_APPROVAL_FORBIDDEN', 'lines']],
	] as const)('refuses %s', (_name, f, failure) => {
		expect(domainFailure(() => approveDiscounts(f))).toEqual(failure);
	});

	test('the refusal says the limit and the largest discount in percent', () => {
		expect(() => approveDiscounts(facts({ limitBp: 2000 }))).toThrow('Your approval limit is +20 %; 1 line carries up to +25 %.');
	});
});

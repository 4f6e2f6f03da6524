import { describe, expect, test } from 'vitest';
import { type AssignmentCustomer, type AssignmentRep, CrmError, type OwnerActor, parseBulkMoveRequest, parseRuleApplicationRequest, planBulkMove, planReassignment, planRuleApplication } from '../../../packages/crm-core/src/index.ts';

const AT = new Date('2026-12-07T10:00:00Z');
const stamp = { userId: 'u-pat', at: AT };
const rep = (id: string, teamId: string | null, customerCount = 0, active = true): AssignmentRep => ({ id, name: id.toUpperCase(), teamId, teamName: teamId, active, customerCount });
const ANN = rep('ann', 't1', 3);
const BEN = rep('ben', 't1', 1);
const IVY = rep('ivy', 't1', 0, false);
const OZZY = rep('ozzy', 't2', 0);
const ADMIN: OwnerActor = { admin: true, repId: null, managedTeamIds: [] };
const PAT: OwnerActor = { admin: false, repId: null, managedTeamIds: ['t1'] };
const ANN_ACTOR: OwnerActor = { admin: false, repId: 'ann', managedTeamIds: [] };
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function refusal(run: () => unknown): [string, unknown] {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(CrmError);
		return [(e as CrmError).code, (e as CrmError).details['field']];
	}
	throw new Error('not refused');
}

describe('planReassignment: one owner change and its history row', () => {
	test('a manager within their team', () => {
		expect(planReassignment(PAT, { customerId: 'c1', from: ANN, to: BEN, reason: 'Leave', kind: 'manual', ruleId: null }, stamp)).toEqual({ customer: 'c1', from_rep: 'ann', to_rep: 'ben', at: AT, by_user: 'u-pat', reason: 'Leave', rule: null, kind: 'manual' });
	});
	test('to the same rep: nothing to record', () => {
		expect(planReassignment(PAT, { customerId: 'c1', from: ANN, to: ANN, reason: 'x', kind: 'manual', ruleId: null }, stamp)).toBeNull();
	});
	test.each([
		['to an inactive rep', ADMIN, ANN, IVY, ['CRM_ASSIGNMENT_REP_INACTIVE', 'to_rep']],
		['a manager, to a rep outside their teams', PAT, ANN, OZZY, ['CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'owner']],
		['a manager, from a rep outside their teams', PAT, OZZY, ANN, ['CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'owner']],
		['a rep', ANN_ACTOR, ANN, BEN, ['CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'owner']],
	])('refused: %s', (_, actor, from, to, expected) => {
		expect(refusal(() => planReassignment(actor, { customerId: 'c1', from, to, reason: 'x', kind: 'manual', ruleId: null }, stamp))).toEqual(expected);
	});
});

describe('planBulkMove: every customer of a rep who leaves, all or nothing', () => {
	test('a row per customer, kind bulk', () => {
		const rows = planBulkMove(PAT, { from: ANN, to: BEN, customerIds: ['c1', 'c2'], reason: 'Ann left' }, stamp);
		expect(rows.map((r) => [r.customer, r.from_rep, r.to_rep, r.kind, r.reason])).toEqual([['c1', 'ann', 'ben', 'bulk', 'Ann left'], ['c2', 'ann', 'ben', 'bulk', 'Ann left']]);
	});
	test.each([
		['no such rep to move from', ADMIN, null, BEN, ['CRM_NOT_FOUND', 'from_rep']],
		['no such rep to move to', ADMIN, ANN, null, ['CRM_NOT_FOUND', 'to_rep']],
		['to the same rep', ADMIN, ANN, ANN, ['CRM_INVALID_PAYLOAD', 'to_rep']],
		['to an inactive rep', ADMIN, ANN, IVY, ['CRM_ASSIGNMENT_REP_INACTIVE', 'to_rep']],
		['a manager, from outside their teams, even without customers', PAT, OZZY, ANN, ['CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'owner']],
	])('refused: %s', (_, actor, from, to, expected) => {
		expect(refusal(() => planBulkMove(actor, { from, to, customerIds: [], reason: 'x' }, stamp))).toEqual(expected);
	});
});

describe('planRuleApplication: the preview and the apply', () => {
	const customer = (id: string, name: string, ownerId: string | null): AssignmentCustomer => ({ id, name, ownerId, regionId: 'north', groupIds: [], country: null, category: null });
	const teamRule = { id: 'r1', name: 'North', sort: 1, active: true, regionId: 'north', regionName: 'North', groupId: null, groupName: null, country: null, category: null, targetRepId: null, targetTeamId: 't1' };

	test('balances as it goes, keeps fitting owners, and a manager\'s run refuses what is outside their teams', () => {
		const customers = [customer('c3', 'Cyan', 'ozzy'), customer('c1', 'Acme', null), customer('c2', 'Bolt', null), customer('c4', 'Dune', 'ann')];
		const plan = planRuleApplication(PAT, customers, [teamRule], [ANN, BEN, OZZY], { ...stamp, note: 'Reorganisation' });
		expect(plan.rows.map((r) => [r.customer_name, r.outcome, r.from_name, r.to_name])).toEqual([
			['Acme', 'change', null, 'BEN'],
			['Bolt', 'change', null, 'BEN'],
			['Cyan', 'refused', 'OZZY', 'ANN'],
			['Dune', 'keep', 'ANN', null],
		]);
		expect(plan.history.map((h) => [h.customer, h.to_rep, h.kind, h.rule, h.reason])).toEqual([
			['c1', 'ben', 'rule', 'r1', 'Reorganisation — Rule "North" (priority 1) matched: region North; BEN has the fewest customers in team t1 (1).'],
			['c2', 'ben', 'rule', 'r1', 'Reorganisation — Rule "North" (priority 1) matched: region North; BEN has the fewest customers in team t1 (2).'],
		]);
	});
});

describe('parsing the requests', () => {
	test('preview: all customers, or the ones named once each', () => {
		expect(parseRuleApplicationRequest(undefined, false)).toEqual({ customers: null, reason: null });
		expect(parseRuleApplicationRequest({ customers: [A, B, A] }, false)).toEqual({ customers: [A, B], reason: null });
		expect(parseRuleApplicationRequest({ reason: '  Reorganisation ' }, true)).toEqual({ customers: null, reason: 'Reorganisation' });
	});
	test.each([
		['customers not a list', () => parseRuleApplicationRequest({ customers: A }, false), ['CRM_INVALID_PAYLOAD', 'customers']],
		['an empty list', () => parseRuleApplicationRequest({ customers: [] }, false), ['CRM_INVALID_PAYLOAD', 'customers']],
		['not an id', () => parseRuleApplicationRequest({ customers: ['x'] }, false), ['CRM_INVALID_PAYLOAD', 'customers']],
		['apply without a reason', () => parseRuleApplicationRequest({}, true), ['CRM_ASSIGNMENT_REASON_REQUIRED', 'reason']],
		['a blank reason', () => parseBulkMoveRequest({ from_rep: A, to_rep: B, reason: '  ' }), ['CRM_ASSIGNMENT_REASON_REQUIRED', 'reason']],
		['a reason too long', () => parseBulkMoveRequest({ from_rep: A, to_rep: B, reason: 'x'.repeat(501) }), ['CRM_TOO_LONG', 'reason']],
		['from_rep not an id', () => parseBulkMoveRequest({ from_rep: 1, to_rep: B, reason: 'x' }), ['CRM_INVALID_PAYLOAD', 'from_rep']],
	])('refused: %s', (_, run, expected) => {
		expect(refusal(run)).toEqual(expected);
	});
	test('a bulk move', () => {
		expect(parseBulkMoveRequest({ from_rep: A, to_rep: B, reason: 'Left' })).toEqual({ fromRep: A, toRep: B, reason: 'Left' });
	});
});

import { describe, expect, test } from 'vitest';
import { type AssignmentCustomer, type AssignmentRep, type AssignmentRule, chooseTeamRep, matchAssignmentRule, resolveRuleTarget } from '../../../packages/crm-core/src/index.ts';

const rule = (id: string, sort: number, over: Partial<AssignmentRule> = {}): AssignmentRule => ({ id, name: `Rule ${id}`, sort, active: true, regionId: null, regionName: null, groupId: null, groupName: null, country: null, category: null, targetRepId: 'ann', targetTeamId: null, ...over });
const customer = (over: Partial<AssignmentCustomer> = {}): AssignmentCustomer => ({ id: 'c1', name: 'Acme', ownerId: null, regionId: 'north', groupIds: ['dealers'], country: 'DE', category: 'A', ...over });
const rep = (id: string, teamId: string | null, customerCount: number, active = true): AssignmentRep => ({ id, name: id.toUpperCase(), teamId, teamName: teamId ? `Team ${teamId}` : null, active, customerCount });

const NORTH = rule('r-north', 20, { regionId: 'north', regionName: 'North', targetRepId: null, targetTeamId: 't1' });
const DEALERS = rule('r-dealers', 10, { groupId: 'dealers', groupName: 'Dealers', country: 'DE', targetRepId: 'ozzy' });
const ANYONE = rule('r-any', 99, { targetRepId: 'ben' });

describe('matchAssignmentRule: the first active rule by priority whose conditions all hold', () => {
	test.each([
		['the dealer rule goes first (priority 10 < 20)', customer(), [NORTH, DEALERS, ANYONE], 'r-dealers', 'group Dealers, country DE'],
		['another country: the dealer rule fails on one condition, the region rule holds', customer({ country: 'AT' }), [NORTH, DEALERS, ANYONE], 'r-north', 'region North'],
		['an inactive rule is skipped', customer(), [{ ...DEALERS, active: false }, NORTH], 'r-north', 'region North'],
		['no condition matches anyone', customer({ regionId: null, groupIds: [] }), [NORTH, DEALERS, ANYONE], 'r-any', 'any customer'],
		['equal priority: by name', customer(), [rule('b', 5, { name: 'B' }), rule('a', 5, { name: 'A' })], 'a', 'any customer'],
		['category must equal', customer({ category: 'B', regionId: null }), [rule('cat', 1, { category: 'A' }), ANYONE], 'r-any', 'any customer'],
	])('%s', (_, c, rules, id, why) => {
		const match = matchAssignmentRule(c, rules);
		expect([match?.rule.id, match?.why]).toEqual([id, why]);
	});

	test('no rule matches: null', () => {
		expect(matchAssignmentRule(customer({ regionId: 'south', groupIds: [] }), [NORTH, DEALERS])).toBeNull();
	});
});

describe('chooseTeamRep: the team\'s active rep with the fewest customers, ties by id', () => {
	test.each([
		['fewest customers', [rep('b', 't1', 3), rep('a', 't1', 5), rep('c', 't2', 0)], 'b'],
		['a tie goes to the lower id', [rep('b', 't1', 2), rep('a', 't1', 2)], 'a'],
		['an inactive rep is never chosen', [rep('a', 't1', 0, false), rep('b', 't1', 9)], 'b'],
		['no active rep in the team', [rep('a', 't1', 0, false), rep('c', 't2', 0)], undefined],
	])('%s', (_, reps, id) => {
		expect(chooseTeamRep('t1', reps)?.id).toBe(id);
	});
});

describe('resolveRuleTarget: assign, keep or nothing, and why', () => {
	const reps = [rep('ann', 't1', 4), rep('ben', 't1', 2), rep('ozzy', 't2', 7), rep('ivy', 't1', 0, false)];
	test.each([
		['a team target: its least busy rep', customer({ country: 'AT' }), [NORTH], { kind: 'assign', assignment: { ruleId: 'r-north', repId: 'ben', reason: 'Rule "Rule r-north" (priority 20) matched: region North; BEN has the fewest customers in team Team t1 (2).' } }],
		['a rep target', customer(), [DEALERS], { kind: 'assign', assignment: { ruleId: 'r-dealers', repId: 'ozzy', reason: 'Rule "Rule r-dealers" (priority 10) matched: group Dealers, country DE; assigned to OZZY.' } }],
		['owned by the rule\'s rep: kept', customer({ ownerId: 'ozzy' }), [DEALERS], { kind: 'keep', reason: 'Rule "Rule r-dealers" (priority 10) matched: group Dealers, country DE; OZZY already owns it.' }],
		['owned by an active rep of the rule\'s team: kept', customer({ ownerId: 'ann', country: 'AT' }), [NORTH], { kind: 'keep', reason: 'Rule "Rule r-north" (priority 20) matched: region North; the owner is already an active rep of team Team t1.' }],
		['owned by an inactive rep of the team: reassigned', customer({ ownerId: 'ivy', country: 'AT' }), [NORTH], { kind: 'assign', assignment: { ruleId: 'r-north', repId: 'ben', reason: 'Rule "Rule r-north" (priority 20) matched: region North; BEN has the fewest customers in team Team t1 (2).' } }],
		['the rule\'s rep is inactive', customer(), [{ ...DEALERS, targetRepId: 'ivy' }], { kind: 'none', reason: 'Rule "Rule r-dealers" (priority 10) matched: group Dealers, country DE, but its rep is not active.' }],
		['no rule', customer({ regionId: null, groupIds: [] }), [NORTH], { kind: 'none', reason: 'No active rule matches this customer.' }],
	])('%s', (_, c, rules, expected) => {
		expect(resolveRuleTarget(c, rules, reps)).toEqual(expected);
	});
});

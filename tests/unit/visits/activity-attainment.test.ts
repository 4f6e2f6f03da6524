import { describe, expect, test } from 'vitest';
import { type ActivityFacts, type ActivityTarget, assertActivityTargetValid, computeActivityAttainment, calendarWeekOf } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';

const week = calendarWeekOf('2026-12-09');
const target = (o: Partial<ActivityTarget>): ActivityTarget => ({ id: 't', repId: null, teamId: null, calls: 10, visits: 4, proposals: 2, validFrom: '2026-01-01', validTo: null, ...o });
const call = (repId: string, day: string) => ({ repId, type: 'call', day });
const visit = (repId: string, day: string) => ({ repId, type: 'visit', day });

const facts: ActivityFacts = {
	week,
	reps: [{ id: 'rita', name: 'Rita', teamId: 'north' }, { id: 'otto', name: 'Otto', teamId: 'north' }, { id: 'solo', name: 'Solo', teamId: null }],
	teams: [{ id: 'north', name: 'North' }],
	targets: [
		target({ id: 'team-north', teamId: 'north' }),
		target({ id: 'rita-own', repId: 'rita', calls: 20, visits: 5, proposals: 3, validFrom: '2026-12-01' }),
		target({ id: 'rita-old', repId: 'rita', calls: 1, visits: 1, proposals: 1, validFrom: '2026-01-01', validTo: '2026-11-30' }),
	],
	interactions: [
		// Rita: 3 calls and 2 visits in the week; a call on the Sunday before and one on the Monday after do not count.
		call('rita', '2026-12-07'), call('rita', '2026-12-10'), call('rita', '2026-12-13'), call('rita', '2026-12-06'), call('rita', '2026-12-14'),
		visit('rita', '2026-12-08'), visit('rita', '2026-12-09'), { repId: 'rita', type: 'meeting', day: '2026-12-09' }, { repId: 'rita', type: 'email', day: '2026-12-09' },
		// Otto: 5 calls, 4 visits.
		...['07', '08', '09', '10', '11'].map((d) => call('otto', `2026-12-${d}`)), ...['08', '09', '10', '11'].map((d) => visit('otto', `2026-12-${d}`)),
		call('solo', '2026-12-09'),
	],
	quotes: [{ ownerId: 'rita', day: '2026-12-07' }, { ownerId: 'otto', day: '2026-12-12' }, { ownerId: 'otto', day: '2026-12-13' }, { ownerId: 'otto', day: '2026-12-14' }],
};

describe('computeActivityAttainment: calls, visits and proposals of an ISO week against target', () => {
	const result = computeActivityAttainment(facts);

	test.each([
		// Rita's own target (from 2026-12-01) wins over the team's and over her expired one.
		['Rita', 'rita-own', { calls: { target: 20, actual: 3, attainmentBp: 1500 }, visits: { target: 5, actual: 2, attainmentBp: 4000 }, proposals: { target: 3, actual: 1, attainmentBp: 3333 } }],
		['Otto', 'team-north', { calls: { target: 10, actual: 5, attainmentBp: 5000 }, visits: { target: 4, actual: 4, attainmentBp: 10000 }, proposals: { target: 2, actual: 2, attainmentBp: 10000 } }],
		['Solo', null, { calls: { target: null, actual: 1, attainmentBp: null }, visits: { target: null, actual: 0, attainmentBp: null }, proposals: { target: null, actual: 0, attainmentBp: null } }],
	])('%s', (name, targetId, measures) => {
		expect(result.reps.find((r) => r.name === name)).toMatchObject({ targetId, measures });
	});

	test('a team adds up its reps\' targets and actuals', () => {
		expect(result.teams).toEqual([expect.objectContaining({ name: 'North', measures: { calls: { target: 30, actual: 8, attainmentBp: 2666 }, visits: { target: 9, actual: 6, attainmentBp: 6666 }, proposals: { target: 5, actual: 3, attainmentBp: 6000 } } })]);
	});

	test('says it in a sentence', () => {
		expect(result.reps[0]!.sentence).toBe('Rita in 2026-W50 (2026-12-07 to 2026-12-13): 3 of 20 calls (15 %), 2 of 5 visits (40 %), 1 of 3 proposals (33.33 %).');
		expect(result.reps[2]!.sentence).toBe('Solo in 2026-W50 (2026-12-07 to 2026-12-13): 1 call (no target), 0 visits (no target), 0 proposals (no target).');
	});
});

describe('assertActivityTargetValid', () => {
	test.each([
		['neither rep nor team', {}, 'rep'],
		['both rep and team', { repId: 'r', teamId: 't' }, 'team'],
		['negative calls', { repId: 'r', calls: -1 }, 'calls'],
		['a fraction of a visit', { repId: 'r', visits: 1.5 }, 'visits'],
		['nothing to measure', { repId: 'r', calls: 0, visits: 0, proposals: 0 }, 'calls'],
		['a malformed start', { repId: 'r', validFrom: '2026-13-01' }, 'valid_from'],
		['an end before the start', { repId: 'r', validTo: '2025-12-31' }, 'valid_to'],
	] as [string, Partial<ActivityTarget>, string][])('refuses %s', (_, change, field) => {
		expect(domainFailure(() => assertActivityTargetValid(target(change)))).toEqual(['CRM_ACTIVITY_TARGET_INVALID', field]);
	});

	test('accepts a team target without an end', () => {
		expect(domainFailure(() => assertActivityTargetValid(target({ teamId: 'north' })))).toBeNull();
	});
});

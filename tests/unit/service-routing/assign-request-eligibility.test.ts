import { describe, expect, test } from 'vitest';
import { assignRequest, type Specialist } from '../../../packages/crm-core/src/service-routing/index.ts';
import { candidateOf, NOW, outcomes, routed, specialist } from './routing-fixtures.ts';

describe('assignRequest: skills and levels', () => {
	const request = routed({ requiredSkills: [{ skillId: 'db', minLevel: 3 }, { skillId: 'net', minLevel: 1 }] });
	const table: [string, Specialist['skills'], string, string][] = [
		['ann', [{ skillId: 'db', level: 3 }, { skillId: 'net', level: 1 }], 'chosen', 'lowest load 0/10 = 0, shared with 1 other; chosen by round robin (never assigned)'],
		['bob', [{ skillId: 'db', level: 2 }, { skillId: 'net', level: 5 }], 'skill_too_low', 'skill db too low (needs level 3, has 2)'],
		['cid', [{ skillId: 'net', level: 2 }], 'missing_skill', 'lacks skill db (needs level 3)'],
		['dan', [], 'missing_skill', 'lacks skill db (needs level 3); lacks skill net (needs level 1)'],
		['eve', [{ skillId: 'db', level: 1 }], 'missing_skill', 'lacks skill net (needs level 1)'],
		['fay', [{ skillId: 'db', level: 1 }, { skillId: 'net', level: 1 }, { skillId: 'db', level: 4 }], 'lost_round_robin', 'same load 0 as Ann and the same last assignment; Ann comes first by id'],
		['gus', [{ skillId: 'db', level: 5 }, { skillId: 'net', level: 1 }], 'higher_load', 'load 2/10 = 0.2 is higher than 0 of Ann'],
	];
	const specialists = table.map(([id, skills]) => specialist({ id, skills, load: id === 'gus' ? [{ priority: 'normal', count: 1 }] : [] }));
	const result = assignRequest({ request, specialists, now: NOW });

	test.each(table)('%s with %j → %s: %s', (id, _skills, outcome, detail) => {
		expect(candidateOf(result, id)).toMatchObject({ outcome, detail });
	});

	test('counts at the highest level a skill is listed with, at or above the required level', () => {
		expect(result.assignee).toBe('ann');
		expect(result.explanation.counts).toMatchObject({ chosen: 1, lost_round_robin: 1, higher_load: 1, missing_skill: 3, skill_too_low: 1 });
	});

	test('lets anyone active take a request that needs no skill', () => {
		expect(assignRequest({ request: routed(), specialists: [specialist({ id: 'ann' })], now: NOW }).explanation.candidates).toEqual([
			{ specialistId: 'ann', name: 'Ann', outcome: 'chosen', load: 0, capacity: 10, loadRatio: 0, detail: 'load 0/10 = 0; the only eligible specialist' },
		]);
	});
});

describe('assignRequest: team', () => {
	const specialists = [specialist({ id: 'ann', teamIds: ['support'] }), specialist({ id: 'bob', teamIds: [] }), specialist({ id: 'cid', teamIds: ['billing', 'support'], load: [{ priority: 'urgent', count: 1 }] })];

	test('keeps a team request to the team, naming the teams of the others', () => {
		const result = assignRequest({ request: routed({ teamId: 'billing' }), specialists, now: NOW });
		expect(result).toMatchObject({ assignee: 'cid', queue: null });
		expect(candidateOf(result, 'ann').detail).toBe('not in team billing (teams: support)');
		expect(candidateOf(result, 'bob').detail).toBe('not in team billing (in no team)');
	});

	test('lets anyone take a request without a team', () => {
		expect(assignRequest({ request: routed({ teamId: null }), specialists, now: NOW }).assignee).toBe('ann');
	});
});

describe('assignRequest: availability and absence', () => {
	test.each<[Partial<Specialist>, string, string | null]>([
		[{ available: false }, 'not_available', 'not working now per their calendar'],
		[{ absentUntil: '2026-05-05T08:00:00Z' }, 'absent', 'absent until 2026-05-05T08:00:00Z'],
		[{ absentUntil: '2026-05-04T11:30:00+02:00' }, 'absent', 'absent until 2026-05-04T11:30:00+02:00'],
		[{ absentUntil: NOW }, 'chosen', null],
		[{ absentUntil: '2026-05-04T10:30:00+02:00' }, 'chosen', null],
		[{ absentUntil: undefined }, 'chosen', null],
		[{ absentUntil: '2026-05-05T08:00:00Z', available: false }, 'absent', 'absent until 2026-05-05T08:00:00Z'],
		[{ active: false, available: false, teamIds: [] }, 'inactive', 'inactive: takes no requests'],
	])('%j → %s', (overrides, outcome, detail) => {
		const result = assignRequest({ request: routed(), specialists: [specialist({ id: 'ann', ...overrides })], now: NOW });
		expect(candidateOf(result, 'ann').outcome).toBe(outcome);
		if (detail !== null) expect(candidateOf(result, 'ann').detail).toBe(detail);
		expect(result.assignee).toBe(outcome === 'chosen' ? 'ann' : null);
	});

	test('judges who they are before their state: an inactive specialist of another team is inactive, one lacking a skill and absent lacks the skill', () => {
		const result = assignRequest({
			request: routed({ teamId: 'support', requiredSkills: [{ skillId: 'db', minLevel: 1 }] }),
			specialists: [specialist({ id: 'ann', active: false, teamIds: ['sales'] }), specialist({ id: 'bob', absentUntil: '2026-06-01T00:00:00Z' }), specialist({ id: 'cid', teamIds: ['sales'], available: false })],
			now: NOW,
		});
		expect(outcomes(result)).toEqual({ ann: 'inactive', bob: 'missing_skill', cid: 'other_team' });
	});
});

describe('assignRequest: capacity', () => {
	test.each<[string, Specialist['load'], number, string, string | null]>([
		['normal', [{ priority: 'normal', count: 4 }], 10, 'chosen', null],
		['normal', [{ priority: 'normal', count: 4 }, { priority: 'low', count: 1 }], 10, 'over_capacity', 'load 9/10 + 2 for this normal request = 11 would exceed capacity 10'],
		['urgent', [{ priority: 'normal', count: 2 }, { priority: 'low', count: 1 }], 10, 'chosen', null],
		['urgent', [{ priority: 'high', count: 2 }], 10, 'over_capacity', 'load 6/10 + 5 for this urgent request = 11 would exceed capacity 10'],
		['low', [{ priority: 'urgent', count: 1 }, { priority: 'urgent', count: 1 }], 10, 'over_capacity', 'load 10/10 + 1 for this low request = 11 would exceed capacity 10'],
		['low', [], 1, 'chosen', null],
		['normal', [], 1, 'over_capacity', 'load 0/1 + 2 for this normal request = 2 would exceed capacity 1'],
	])('a %s request, load %j, capacity %i → %s', (priority, load, capacity, outcome, detail) => {
		const result = assignRequest({ request: routed({ priority: priority as 'normal' }), specialists: [specialist({ id: 'ann', load, capacity })], now: NOW });
		expect(candidateOf(result, 'ann').outcome).toBe(outcome);
		if (detail !== null) expect(candidateOf(result, 'ann').detail).toBe(detail);
	});

	test('weighs loads and the request with the given weights', () => {
		const specialists = [specialist({ id: 'ann', load: [{ priority: 'urgent', count: 1 }], capacity: 10 })];
		const result = assignRequest({ request: routed({ priority: 'urgent' }), specialists, now: NOW, weights: { urgent: 6 } });
		expect(candidateOf(result, 'ann')).toMatchObject({ outcome: 'over_capacity', load: 6, detail: 'load 6/10 + 6 for this urgent request = 12 would exceed capacity 10' });
		expect(result.explanation.weight).toBe(6);
	});
});

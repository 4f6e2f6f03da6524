import { describe, expect, test } from 'vitest';
import { assignRequest, indexSpecialists, RUNNERS_UP, type Specialist } from '../../../packages/crm-core/src/service-routing/index.ts';
import { candidateOf, NOW, outcomes, routed, shuffled, specialist } from './routing-fixtures.ts';

const normal = (count: number): Specialist['load'] => [{ priority: 'normal', count }];

describe('assignRequest: lowest weighted load ratio', () => {
	test('chooses the lowest load relative to capacity, not the lowest count', () => {
		const specialists = [
			specialist({ id: 'ann', load: normal(3), capacity: 8 }),
			specialist({ id: 'bob', load: [{ priority: 'low', count: 4 }], capacity: 8 }),
			specialist({ id: 'cid', load: [{ priority: 'urgent', count: 1 }, { priority: 'high', count: 1 }], capacity: 40 }),
		];
		const result = assignRequest({ request: routed(), specialists, now: NOW });
		expect(result.assignee).toBe('cid');
		expect(result.explanation.candidates.map((c) => [c.specialistId, c.outcome, c.load, c.loadRatio, c.detail])).toEqual([
			['cid', 'chosen', 8, 0.2, 'lowest load 8/40 = 0.2 of 3 eligible'],
			['bob', 'higher_load', 4, 0.5, 'load 4/8 = 0.5 is higher than 0.2 of Cid'],
			['ann', 'higher_load', 6, 0.75, 'load 6/8 = 0.75 is higher than 0.2 of Cid'],
		]);
		expect(result.explanation.summary).toBe('Assigned to Cid with the lowest load 8/40 = 0.2; 3 of 3 eligible.');
	});

	test('compares ratios exactly: 1/3 and 3/9 tie, 1/3 and 33/100 do not', () => {
		const low = [{ priority: 'low', count: 1 }] as Specialist['load'];
		const tie = assignRequest({ request: routed({ priority: 'low' }), specialists: [specialist({ id: 'bob', load: low, capacity: 3 }), specialist({ id: 'ann', load: [{ priority: 'low', count: 3 }], capacity: 9 })], now: NOW });
		expect(outcomes(tie)).toEqual({ ann: 'chosen', bob: 'lost_round_robin' });
		expect(candidateOf(tie, 'ann').detail).toBe('lowest load 3/9 ≈ 0.33, shared with 1 other; chosen by round robin (never assigned)');
		const near = assignRequest({ request: routed({ priority: 'low' }), specialists: [specialist({ id: 'ann', load: low, capacity: 3 }), specialist({ id: 'bob', load: [{ priority: 'low', count: 33 }], capacity: 100 })], now: NOW });
		expect(outcomes(near)).toEqual({ bob: 'chosen', ann: 'higher_load' });
		expect(candidateOf(near, 'ann').detail).toBe('load 1/3 ≈ 0.33 is higher than 0.33 of Bob');
	});
});

describe('assignRequest: round robin among equal loads', () => {
	const base = [
		specialist({ id: 'ann', load: normal(1), lastAssignedAt: '2026-05-04T08:00:00Z' }),
		specialist({ id: 'bob', load: normal(1), lastAssignedAt: '2026-05-03T17:00:00Z' }),
		specialist({ id: 'cid', load: normal(2), capacity: 20, lastAssignedAt: null }),
		specialist({ id: 'dan', load: normal(2), capacity: 10 }),
	];

	test.each<[string, string[], string, Record<string, string>]>([
		['never assigned goes first', ['ann', 'bob', 'cid', 'dan'], 'cid', { cid: 'chosen', ann: 'lost_round_robin', bob: 'lost_round_robin', dan: 'higher_load' }],
		['then the least recently assigned', ['ann', 'bob', 'dan'], 'bob', { bob: 'chosen', ann: 'lost_round_robin', dan: 'higher_load' }],
		['a later assignment loses', ['ann', 'dan'], 'ann', { ann: 'chosen', dan: 'higher_load' }],
	])('%s', (_label, ids, chosen, expected) => {
		const result = assignRequest({ request: routed(), specialists: base.filter((s) => ids.includes(s.id)), now: NOW });
		expect(result.assignee).toBe(chosen);
		expect(outcomes(result)).toEqual(expected);
	});

	test('explains the round robin in plain words', () => {
		const result = assignRequest({ request: routed(), specialists: base, now: NOW });
		expect(candidateOf(result, 'cid').detail).toBe('lowest load 4/20 = 0.2, shared with 2 others; chosen by round robin (never assigned)');
		expect(candidateOf(result, 'bob').detail).toBe('same load 0.2 as Cid, who has waited longer (Cid: never assigned; this one: last assigned 2026-05-03T17:00:00.000Z)');
		expect(result.explanation.summary).toBe('Assigned to Cid by round robin among 3 with the lowest load 4/20 = 0.2; 4 of 4 eligible.');
		// The eligible come in rank order: ratio, then turn.
		expect(result.explanation.candidates.map((c) => c.specialistId)).toEqual(['cid', 'bob', 'ann', 'dan']);
	});

	test('compares instants, not text: 10:00+02:00 is before 08:30Z', () => {
		const result = assignRequest({
			request: routed(),
			specialists: [specialist({ id: 'ann', lastAssignedAt: '2026-05-04T08:30:00Z' }), specialist({ id: 'bob', lastAssignedAt: '2026-05-04T10:00:00+02:00' })],
			now: NOW,
		});
		expect(result.assignee).toBe('bob');
	});

	test('falls back to the id when loads and last assignments are equal', () => {
		const at = '2026-05-01T12:00:00Z';
		const result = assignRequest({ request: routed(), specialists: [specialist({ id: 'bob', lastAssignedAt: at }), specialist({ id: 'ann', lastAssignedAt: at })], now: NOW });
		expect(result.assignee).toBe('ann');
		expect(candidateOf(result, 'bob').detail).toBe('same load 0 as Ann and the same last assignment; Ann comes first by id');
	});

	test('rotates through equals as an index records each assignment', () => {
		const index = indexSpecialists(['ann', 'bob', 'cid'].map((id) => specialist({ id, capacity: 100 })));
		const picks: string[] = [];
		for (let i = 0; i < 7; i++) {
			const { assignee } = assignRequest({ request: routed({ id: `R${i}` }), specialists: index, now: NOW });
			picks.push(assignee!);
			index.recordAssignment(assignee!, 'normal', NOW);
		}
		expect(picks).toEqual(['ann', 'bob', 'cid', 'ann', 'bob', 'cid', 'ann']);
		expect(index.loadOf('ann')).toEqual({ load: 6, capacity: 100 });
		index.releaseAssignment('ann', 'urgent');
		index.releaseAssignment('ann', 'urgent');
		expect(index.loadOf('ann')).toEqual({ load: 0, capacity: 100 });
		expect(index.loadOf('zed')).toBeNull();
	});
});

describe('assignRequest: nobody eligible', () => {
	const specialists = [
		specialist({ id: 'ann', teamIds: ['sales'] }),
		specialist({ id: 'bob', skills: [{ skillId: 'db', level: 1 }] }),
		specialist({ id: 'cid', skills: [{ skillId: 'db', level: 4 }], absentUntil: '2026-05-10T00:00:00Z' }),
		specialist({ id: 'dan', skills: [{ skillId: 'db', level: 4 }], load: normal(5) }),
		specialist({ id: 'eve', active: false }),
	];
	const request = routed({ teamId: 'support', requiredSkills: [{ skillId: 'db', minLevel: 2 }] });

	test("leaves the request in its team's queue, with every reason", () => {
		const result = assignRequest({ request, specialists, now: NOW });
		expect(result).toMatchObject({ requestId: 'REQ-1', assignee: null, queue: 'support' });
		expect(outcomes(result)).toEqual({ ann: 'other_team', bob: 'skill_too_low', cid: 'absent', dan: 'over_capacity', eve: 'inactive' });
		expect(result.explanation.summary).toBe('No eligible specialist of 5; queued for team support. 1 inactive, 1 in another team, 1 with a skill level too low, 1 absent, 1 at capacity.');
	});

	test('leaves a request without a team unassigned', () => {
		const result = assignRequest({ request: { ...request, teamId: null }, specialists: specialists.slice(1), now: NOW });
		expect(result).toMatchObject({ assignee: null, queue: null });
		expect(result.explanation.summary).toBe('No eligible specialist of 4; left unassigned (no team queue). 1 inactive, 1 with a skill level too low, 1 absent, 1 at capacity.');
		expect(assignRequest({ request, specialists: [], now: NOW }).explanation.summary).toBe('No specialists to choose from; queued for team support.');
	});
});

describe('assignRequest: explanation', () => {
	// A small mixed roster: every outcome appears.
	const roster = [
		specialist({ id: 'ann', skills: [{ skillId: 'db', level: 3 }], load: normal(2), lastAssignedAt: '2026-05-04T07:00:00Z' }),
		specialist({ id: 'bob', skills: [{ skillId: 'db', level: 3 }], load: normal(2), lastAssignedAt: '2026-05-04T06:00:00Z' }),
		specialist({ id: 'cid', skills: [{ skillId: 'db', level: 5 }], load: normal(3) }),
		specialist({ id: 'dan', skills: [{ skillId: 'db', level: 1 }] }),
		specialist({ id: 'eve', skills: [{ skillId: 'web', level: 5 }] }),
		specialist({ id: 'fay', skills: [{ skillId: 'db', level: 3 }], available: false }),
		specialist({ id: 'gus', skills: [{ skillId: 'db', level: 3 }], absentUntil: '2026-05-06T00:00:00Z' }),
		specialist({ id: 'hal', skills: [{ skillId: 'db', level: 3 }], active: false }),
		specialist({ id: 'ivy', skills: [{ skillId: 'db', level: 3 }], teamIds: ['sales'] }),
		specialist({ id: 'jon', skills: [{ skillId: 'db', level: 3 }], load: normal(5) }),
	];
	const request = routed({ teamId: 'support', requiredSkills: [{ skillId: 'db', minLevel: 2 }] });

	test('lists every specialist once: the chosen, the other eligible by rank, then the rest by id', () => {
		const result = assignRequest({ request, specialists: roster, now: NOW });
		expect(result.explanation.candidates.map((c) => [c.specialistId, c.outcome])).toEqual([
			['bob', 'chosen'],
			['ann', 'lost_round_robin'],
			['cid', 'higher_load'],
			['dan', 'skill_too_low'],
			['eve', 'missing_skill'],
			['fay', 'not_available'],
			['gus', 'absent'],
			['hal', 'inactive'],
			['ivy', 'other_team'],
			['jon', 'over_capacity'],
		]);
		expect(result.explanation.mode).toBe('full');
		expect(Object.values(result.explanation.counts).reduce((a, b) => a + b, 0)).toBe(roster.length);
	});

	test('summary mode chooses the same, counts the same, and describes the chosen one and the next three eligible by rank', () => {
		for (const teamId of ['support', 'sales', 'nobody', null]) {
			for (const requiredSkills of [[], [{ skillId: 'db', minLevel: 2 }], [{ skillId: 'web', minLevel: 1 }], [{ skillId: 'db', minLevel: 1 }, { skillId: 'web', minLevel: 1 }], [{ skillId: 'none', minLevel: 1 }]]) {
				const r = routed({ teamId, requiredSkills });
				const full = assignRequest({ request: r, specialists: roster, now: NOW });
				const summary = assignRequest({ request: r, specialists: roster, now: NOW, explain: 'summary' });
				expect(summary.assignee, JSON.stringify(r)).toBe(full.assignee);
				expect(summary.explanation.counts, JSON.stringify(r)).toEqual(full.explanation.counts);
				expect(summary.explanation.summary).toBe(full.explanation.summary);
				const eligible = full.explanation.candidates.filter((c) => ['chosen', 'higher_load', 'lost_round_robin'].includes(c.outcome));
				expect(summary.explanation.candidates).toEqual(eligible.slice(0, 1 + RUNNERS_UP));
			}
		}
	});

	test('gives the same result whatever the order of the specialists', () => {
		const expected = assignRequest({ request, specialists: roster, now: NOW });
		for (const seed of [1, 2, 3, 4, 5]) expect(assignRequest({ request, specialists: shuffled(roster, seed), now: NOW })).toEqual(expected);
	});

	test('gives the same result from an index as from the list, and refuses other weights for an index', () => {
		const index = indexSpecialists(shuffled(roster, 7));
		expect(assignRequest({ request, specialists: index, now: NOW })).toEqual(assignRequest({ request, specialists: roster, now: NOW }));
		expect(assignRequest({ request, specialists: index, now: NOW, weights: { normal: 2 } }).assignee).toBe('bob');
		expect(() => assignRequest({ request, specialists: index, now: NOW, weights: { normal: 3 } })).toThrow(expect.objectContaining({ code: 'CRM_INVALID_FORMAT', details: { field: 'weights' } }));
	});

	test('leaves the specialists passed in unchanged', () => {
		const copy = structuredClone(roster);
		const index = indexSpecialists(roster);
		index.recordAssignment('bob', 'urgent', NOW);
		assignRequest({ request, specialists: index, now: NOW });
		expect(roster).toEqual(copy);
	});
});

describe('assignRequest: work per request', () => {
	test('in summary mode judges only the team or the holders of the rarest required skill', () => {
		let reads = 0;
		const watched = (s: Specialist): Specialist =>
			new Proxy(s, {
				get(target, key, receiver) {
					if (key === 'available') reads++;
					return Reflect.get(target, key, receiver);
				},
			});
		const crowd = Array.from({ length: 2000 }, (_, i) => watched(specialist({ id: `s${String(i).padStart(4, '0')}`, teamIds: [`team-${i % 100}`], skills: [{ skillId: 'common', level: 3 }, ...(i % 500 === 0 ? [{ skillId: 'rare', level: 3 }] : [])] })));
		const index = indexSpecialists(crowd);
		reads = 0;
		const team = assignRequest({ request: routed({ teamId: 'team-7' }), specialists: index, now: NOW, explain: 'summary' });
		expect(reads).toBe(20);
		// Twenty eligible, four described: the chosen one and the three who would have been next.
		expect(team.explanation.candidates.map((c) => c.outcome)).toEqual(['chosen', 'lost_round_robin', 'lost_round_robin', 'lost_round_robin']);
		expect(team.explanation.counts).toMatchObject({ chosen: 1, lost_round_robin: 19, other_team: 1980 });
		reads = 0;
		const result = assignRequest({ request: routed({ requiredSkills: [{ skillId: 'common', minLevel: 1 }, { skillId: 'rare', minLevel: 1 }] }), specialists: index, now: NOW, explain: 'summary' });
		expect(reads).toBe(4);
		expect(result.explanation.counts).toMatchObject({ chosen: 1, lost_round_robin: 3, missing_skill: 1996 });
	});
});

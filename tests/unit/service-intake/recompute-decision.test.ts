import { describe, expect, test } from 'vitest';
import { assignRequest, recomputeDecision, type RecomputeDecisionInput } from '../../../packages/crm-core/src/index.ts';
import { NOW, routed, specialist } from '../service-routing/routing-fixtures.ts';

const normal = (count: number) => [{ priority: 'normal' as const, count }];
const team = [
	specialist({ id: 'ann', load: normal(1), capacity: 10 }),
	specialist({ id: 'bob', load: normal(2), capacity: 10 }),
	specialist({ id: 'cid', load: normal(3), capacity: 10 }),
	specialist({ id: 'dan', load: normal(4), capacity: 12 }),
	specialist({ id: 'eve', load: normal(4), capacity: 10 }),
	specialist({ id: 'fay', skills: [], teamIds: ['sales'] }),
];

function input(overrides: Partial<RecomputeDecisionInput> = {}): RecomputeDecisionInput {
	return {
		request: routed({ id: 'sr-1', priority: 'normal', teamId: 'support' }),
		holder: { assignee: null, open: true },
		decision: { kind: 'intake', assignee: 'ann', decidedAt: NOW, previousAssignee: null },
		specialists: team,
		...overrides,
	};
}

describe('recomputeDecision', () => {
	test('judges and describes every specialist, where the stored summary keeps only the chosen one and three runners-up', () => {
		const stored = assignRequest({ request: input().request, specialists: team, now: NOW, explain: 'summary' });
		const again = recomputeDecision(input());
		expect(stored.explanation.candidates.map((c) => c.specialistId)).toEqual(['ann', 'bob', 'cid', 'dan']);
		expect(again.explanation.mode).toBe('full');
		expect(again.explanation.candidates.map((c) => [c.specialistId, c.outcome])).toEqual([
			['ann', 'chosen'],
			['bob', 'higher_load'],
			['cid', 'higher_load'],
			['dan', 'higher_load'],
			['eve', 'higher_load'],
			['fay', 'other_team'],
		]);
		expect(again.explanation.counts).toEqual(stored.explanation.counts);
		expect(again).toMatchObject({ assignee: 'ann', agrees: true });
		expect(again.basis).toMatch(/as at the decision.*as they are now/);
	});

	test("takes the request's own weight off its holder's load, as it was not counted when it was routed", () => {
		// Ann holds it now: 3 normal requests with this one. Counted, Bob (2) would lead; taken off, Ann ties with him and wins by id.
		const held = recomputeDecision(input({ holder: { assignee: 'ann', open: true }, specialists: team.map((s) => (s.id === 'ann' ? { ...s, load: normal(3) } : s)) }));
		expect(held.explanation.candidates[0]).toMatchObject({ specialistId: 'ann', outcome: 'chosen', load: 4 });
		expect(held.explanation.candidates[1]).toMatchObject({ specialistId: 'bob', outcome: 'lost_round_robin', load: 4 });
		expect(held.agrees).toBe(true);
		// Closed since: its weight is no longer in anybody's load, nothing to take off.
		const closed = recomputeDecision(input({ holder: { assignee: 'ann', open: false } }));
		expect(closed.explanation.candidates[0]).toMatchObject({ specialistId: 'ann', load: 2 });
	});

	test('a re-route is judged away from the specialist it moved the request from', () => {
		const again = recomputeDecision(input({ decision: { kind: 'reroute', assignee: 'bob', decidedAt: NOW, previousAssignee: 'ann' } }));
		expect(again).toMatchObject({ assignee: 'bob', agrees: true });
		expect(again.explanation.candidates.find((c) => c.specialistId === 'ann')?.outcome).toBe('absent');
	});

	test('judges absences and working hours at the moment of the decision', () => {
		const later = '2026-05-04T12:00:00Z';
		const away = team.map((s) => (s.id === 'ann' ? { ...s, absentUntil: later } : s));
		expect(recomputeDecision(input({ specialists: away })).explanation.candidates.find((c) => c.specialistId === 'ann')?.outcome).toBe('absent');
		expect(recomputeDecision(input({ specialists: away, decision: { kind: 'intake', assignee: 'ann', decidedAt: later, previousAssignee: null } })).assignee).toBe('ann');
	});

	test('says when routing would now choose someone else, and never agrees with a decision made by hand', () => {
		expect(recomputeDecision(input({ decision: { kind: 'intake', assignee: 'eve', decidedAt: NOW, previousAssignee: null } }))).toMatchObject({ assignee: 'ann', agrees: false });
		expect(recomputeDecision(input({ decision: { kind: 'manual', assignee: 'ann', decidedAt: NOW, previousAssignee: null } }))).toMatchObject({ assignee: 'ann', agrees: false });
	});
});

import { describe, expect, test } from 'vitest';
import { type OpenRequest, reroutePlan } from '../../../packages/crm-core/src/service-routing/index.ts';
import { NOW, routed, shuffled, specialist } from './routing-fixtures.ts';

const open = (overrides: Partial<OpenRequest> & Pick<OpenRequest, 'id' | 'createdAt'>): OpenRequest => ({ ...routed({ teamId: 'support' }), ...overrides });

describe('reroutePlan', () => {
	const specialists = [
		// Anna is still marked available: the plan counts her absent all the same.
		specialist({ id: 'anna', load: [{ priority: 'urgent', count: 1 }, { priority: 'normal', count: 2 }, { priority: 'low', count: 1 }] }),
		specialist({ id: 'bob', load: [{ priority: 'normal', count: 1 }], lastAssignedAt: '2026-05-01T10:00:00Z' }),
		specialist({ id: 'cid', capacity: 6 }),
		specialist({ id: 'dan', teamIds: ['sales'] }),
	];
	const requests = [
		open({ id: 'R1', priority: 'normal', createdAt: '2026-05-04T08:00:00Z' }),
		open({ id: 'R2', priority: 'urgent', createdAt: '2026-05-04T08:30:00Z' }),
		open({ id: 'R3', priority: 'normal', createdAt: '2026-05-04T07:00:00Z' }),
		open({ id: 'R4', priority: 'low', createdAt: '2026-05-04T06:00:00Z', requiredSkills: [{ skillId: 'legal', minLevel: 1 }] }),
	];

	test('moves the most urgent first, then the oldest, updating loads after each', () => {
		const plan = reroutePlan(requests, specialists, 'anna', { now: NOW });
		// R2 (urgent, 5 units) goes to Cid (0/6); Cid is then too full for a normal one (5 + 2 > 6), so Bob takes R3 and R1.
		expect(plan.steps.map((s) => [s.requestId, s.assignee, s.queue])).toEqual([
			['R2', 'cid', null],
			['R3', 'bob', null],
			['R1', 'bob', null],
			['R4', null, 'support'],
		]);
		expect(plan.steps[2]!.explanation.candidates.find((c) => c.specialistId === 'cid')!.detail).toBe('load 5/6 + 2 for this normal request = 7 would exceed capacity 6');
		expect(plan.loads).toEqual([
			{ specialistId: 'anna', load: 0, capacity: 10 },
			{ specialistId: 'bob', load: 6, capacity: 10 },
			{ specialistId: 'cid', load: 5, capacity: 6 },
			{ specialistId: 'dan', load: 0, capacity: 10 },
		]);
		expect(plan.summary).toBe('4 open requests of Anna re-routed: 2 to Bob, 1 to Cid, 1 to team queues.');
		expect(plan.steps.every((s) => s.previousAssignee === 'anna')).toBe(true);
	});

	test('counts the leaving specialist absent, whatever their calendar says', () => {
		const plan = reroutePlan(requests, specialists, 'anna', { now: NOW });
		expect(plan.steps[0]!.explanation.candidates.find((c) => c.specialistId === 'anna')).toMatchObject({ outcome: 'absent', detail: 'became absent: their open requests are being re-routed' });
	});

	test('takes turns among equals within the plan', () => {
		const equals = [specialist({ id: 'anna' }), specialist({ id: 'eve', capacity: 100 }), specialist({ id: 'fay', capacity: 100 })];
		const batch = ['A', 'B', 'C', 'D', 'E'].map((id) => open({ id, createdAt: '2026-05-04T08:00:00Z' }));
		const plan = reroutePlan(batch, equals, 'anna', { now: NOW });
		expect(plan.steps.map((s) => s.assignee)).toEqual(['eve', 'fay', 'eve', 'fay', 'eve']);
		expect(plan.steps[2]!.explanation.candidates.find((c) => c.specialistId === 'fay')!.detail).toBe('same load 0.02 as Eve, whose last assignment came first');
	});

	test('gives the same plan whatever the order of requests and specialists', () => {
		const expected = reroutePlan(requests, specialists, 'anna', { now: NOW });
		for (const seed of [1, 2, 3]) expect(reroutePlan(shuffled(requests, seed), shuffled(specialists, seed + 10), 'anna', { now: NOW })).toEqual(expected);
	});

	test('leaves the specialists passed in unchanged and explains in summary mode on request', () => {
		const copy = structuredClone(specialists);
		const plan = reroutePlan(requests, specialists, 'anna', { now: NOW, explain: 'summary' });
		expect(specialists).toEqual(copy);
		// The chosen one and the runner-up; the absent one and the other team are only counted.
		expect(plan.steps[0]!.explanation.candidates.map((c) => [c.specialistId, c.outcome])).toEqual([['cid', 'chosen'], ['bob', 'higher_load']]);
		expect(plan.steps[0]!.explanation.counts).toMatchObject({ absent: 1, other_team: 1 });
	});

	test('has nothing to do without open requests', () => {
		expect(reroutePlan([], specialists, 'anna', { now: NOW })).toMatchObject({ steps: [], summary: 'Anna has no open requests to re-route.' });
	});

	test('refuses an unknown specialist', () => {
		expect(() => reroutePlan(requests, specialists, 'zed', { now: NOW })).toThrow(expect.objectContaining({ code: 'CRM_REFERENCE_NOT_FOUND', details: { field: 'absentSpecialistId' } }));
	});
});

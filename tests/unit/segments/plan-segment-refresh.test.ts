import { describe, expect, test } from 'vitest';
import { CrmError, planSegmentRefresh, segmentTargetOf } from '../../../packages/crm-core/src/index.ts';

const at = '2026-12-06T10:00:00.000Z';

describe('planSegmentRefresh', () => {
	test('adds who the rule now selects, removes who it no longer does, and records each as entered or left', () => {
		const plan = planSegmentRefresh({ segment: 's', target: 'customers', current: ['a', 'b', 'c'], matched: ['c', 'd', 'b', 'e'], at });
		expect(plan).toEqual({
			add: ['d', 'e'],
			remove: ['a'],
			events: [
				{ segment: 's', target: 'customers', member: 'd', change: 'entered', at },
				{ segment: 's', target: 'customers', member: 'e', change: 'entered', at },
				{ segment: 's', target: 'customers', member: 'a', change: 'left', at },
			],
			memberCount: 4,
			refreshedAt: at,
		});
	});

	test.each([
		['nothing changed', ['a', 'b'], ['b', 'a'], 0, 2],
		['a first refresh', [], ['a', 'b'], 2, 2],
		['everyone left', ['a', 'b'], [], 2, 0],
		['a member listed twice by the query', [], ['a', 'a'], 1, 1],
	])('%s: %j → %j writes %i events and counts %i members', (_name, current, matched, events, count) => {
		const plan = planSegmentRefresh({ segment: 's', target: 'products', current, matched, at });
		expect([plan.events.length, plan.memberCount]).toEqual([events, count]);
	});
});

describe('segmentTargetOf', () => {
	test('a rule selects customers or products, never both', () => {
		expect([segmentTargetOf('customers'), segmentTargetOf('products')]).toEqual(['customers', 'products']);
		expect(() => segmentTargetOf('both')).toThrow(CrmError);
	});
});

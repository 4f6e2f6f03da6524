import { describe, expect, test } from 'vitest';
import { manualAssignmentDecision, type RequestUpdateFacts, statusMoveAfterUpdate, termsDependOnChange } from '../../../packages/crm-core/src/service-intake/index.ts';

const NOW = '2026-12-06T10:00:00.000Z';
const facts = (f: Partial<RequestUpdateFacts> = {}): RequestUpdateFacts => ({
	status: 'new',
	assignee: null,
	team: 'desk',
	priority: 'normal',
	customer: 'c1',
	product: null,
	category: null,
	clock: { status: 'new', firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] },
	before: { assignee: null, priority: 'normal', customer: 'c1', product: null, category: null },
	manual: true,
	...f,
});

describe('statusMoveAfterUpdate', () => {
	test('a new request given to someone by hand counts as assigned', () => {
		expect(statusMoveAfterUpdate(facts({ assignee: 'sp1' }), NOW)?.status).toBe('assigned');
	});

	test('the CRM’s own assignment of a new request moves nothing by itself', () => {
		expect(statusMoveAfterUpdate(facts({ assignee: 'sp1', manual: false }), NOW)).toBeNull();
	});

	test('the clock never moves back behind a pause another instance recorded a little ahead', () => {
		const paused = facts({ status: 'in_progress', clock: { status: 'waiting_for_customer', firstResponseAt: '2026-12-06T09:00:00.000Z', resolvedAt: null, closedAt: null, pauses: [{ kind: 'customer', from: '2026-12-06T09:30:00.000Z', to: null }] } });
		const earlyNow = '2026-12-06T09:29:00.000Z';
		expect(statusMoveAfterUpdate(paused, earlyNow)?.clock.pauses).toEqual([{ kind: 'customer', from: '2026-12-06T09:30:00.000Z', to: '2026-12-06T09:30:00.000Z' }]);
	});
});

describe('termsDependOnChange', () => {
	test.each([
		['a new priority', facts({ priority: 'high' }), true],
		['another product', facts({ product: 'p1' }), true],
		['only the assignee', facts({ assignee: 'sp1' }), false],
		['a write the filter did not see', facts({ before: null, priority: 'high' }), false],
	] as const)('%s: %s', (_name, f, expected) => {
		expect(termsDependOnChange(f)).toBe(expected);
	});
});

describe('manualAssignmentDecision', () => {
	const names = new Map([
		['sp1', 'Ada'],
		['sp2', 'Ben'],
	]);
	test('names who now has the request and who had it', () => {
		expect(manualAssignmentDecision(facts({ assignee: 'sp2', before: { ...facts().before!, assignee: 'sp1' } }), names)).toEqual({ kind: 'manual', assignee: 'sp2', queue: null, summary: 'Assigned by hand to Ben (was Ada).', classification: null, explanation: null });
	});
	test('unassigned by hand, the request waits in its team’s queue', () => {
		expect(manualAssignmentDecision(facts({ before: { ...facts().before!, assignee: 'sp1' } }), names)?.summary).toBe('Unassigned by hand (was Ada); waits in the team queue.');
	});
	test('no decision when the assignee did not change, or the CRM changed it', () => {
		expect(manualAssignmentDecision(facts(), names)).toBeNull();
		expect(manualAssignmentDecision(facts({ assignee: 'sp1', manual: false }), names)).toBeNull();
	});
});

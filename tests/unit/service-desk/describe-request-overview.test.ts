import { describe, expect, test } from 'vitest';
import { ALWAYS_OPEN } from '../../../packages/crm-core/src/business-time/index.ts';
import { describeRequestOverview, type RequestOverviewFacts, slaSourceLabel } from '../../../packages/crm-core/src/service-desk/index.ts';

const facts = (f: Partial<RequestOverviewFacts> = {}): RequestOverviewFacts => ({
	request: { id: 'r1', number: 'SR-2026-000001', subject: 'Printer', status: 'assigned', priority: 'high', createdAt: '2026-05-04T09:00:00Z', assigneeId: 'ann', calledBackAt: null, surveySentAt: null },
	clock: { status: 'assigned', firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] },
	sla: { source: 'service_map', responseMinutes: 60, resolutionMinutes: 480, warnAtPercent: 80 },
	customer: { id: 'c1', name: 'Acme', dedicatedSpecialistId: null },
	assignee: { id: 'ann', name: 'Ann Lee' },
	team: { id: 'team-1', name: 'Support' },
	contract: null,
	calendar: { id: null, name: 'Around the clock', calendar: ALWAYS_OPEN },
	map: { id: 'm1', name: 'Key customers', customerStatus: 'key', calendarId: null, targets: [], steps: [{ id: 's1', sort: 1, kind: 'first_response', name: 'First response', targetMinutes: 60 }] },
	decisions: [
		{ id: 'd1', decidedAt: '2026-05-04T09:00:00.000Z', kind: 'intake', assignee: 'ann', queue: null, summary: 'team-1: Ann Lee has room', classification: { trace: [{ rule_code: 'R' }], set: { priority: 'high' }, sla: 'Service map "Key customers": high' }, explanation: { candidates: [{ specialistId: 'ann', name: 'Ann Lee', outcome: 'chosen', load: 2, capacity: 8, loadRatio: 0.25, detail: 'in team-1' }], counts: { chosen: 1 } } },
	],
	teamNames: new Map([['team-1', 'Support']]),
	loggedMinutes: [30, 15],
	mySpecialistId: 'ann',
	myTimer: null,
	now: '2026-05-04T09:30:00Z',
	...f,
});

describe('describeRequestOverview', () => {
	test.each([
		['contract', { code: 'SC-0001', level: 'premium' }, null, 'Contract SC-0001 (Premium)'],
		['contract', null, null, 'Service contract'],
		['service_map', null, 'Key customers', 'Service map: Key customers'],
		['service_map', null, null, "No SLA: no contract covers the request and no service map fits the customer's status"],
		[null, null, 'Key customers', "No SLA: no contract covers the request and no service map fits the customer's status"],
	] as const)('the terms of a %s source read "%s…"', (source, contract, mapName, label) => {
		expect(slaSourceLabel(source, contract, mapName)).toBe(label);
	});

	test('shows the clocks half used, the steps, the time logged and the decisions in people\'s words', () => {
		const view = describeRequestOverview(facts());
		expect([view.sla.source_label, view.sla.explanation, view.sla.calendar, view.sla.response?.percent_used, view.sla.overall]).toEqual(['Service map: Key customers', 'Service map "Key customers": high', { name: 'Around the clock', time_zone: 'UTC' }, 50, 'ok']);
		expect([view.steps.map((s) => s.kind), view.current_step, view.time]).toEqual([['first_response'], 0, { logged_minutes: 45, can_log: true, my_specialist: 'ann', my_timer: null }]);
		expect(view.routing).toEqual([
			{ id: 'd1', decided_at: '2026-05-04T09:00:00.000Z', kind: 'intake', assignee: { id: 'ann', name: 'Ann Lee' }, queue: null, summary: 'Support: Ann Lee has room', classification: { trace: [{ rule_code: 'R' }], set: { priority: 'high' } }, candidates: [{ specialist_id: 'ann', name: 'Ann Lee', outcome: 'chosen', load: 2, capacity: 8, load_ratio: 0.25, detail: 'in Support' }], counts: { chosen: 1 } },
		]);
	});

	test('what the caller may not read stays out: no decisions, no time, and the list says so', () => {
		const view = describeRequestOverview(facts({ decisions: null, loggedMinutes: null }));
		expect([view.routing_visible, view.routing, view.time.logged_minutes, view.time.can_log, view.sla.explanation]).toEqual([false, [], null, false, 'Service map: Key customers']);
	});
});

import { describe, expect, test } from 'vitest';
import { ALWAYS_OPEN } from '../../../packages/crm-core/src/business-time/index.ts';
import { describeRequestOverview, idsMentioned, NOT_VISIBLE, type RequestOverviewFacts, skillCodesMentioned, slaSourceLabel, type StoredDecision } from '../../../packages/crm-core/src/service-desk/index.ts';

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
	names: new Map([['team-1', 'Support']]),
	skillNames: new Map(),
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

describe('the request page names what decisions store by id', () => {
	const TYPE = '65c40f22-8d1a-4c3e-9f00-0a1b2c3d4e5f';
	const CATEGORY = '7d0e5b11-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
	const TEAM = '9a1e2b3c-4d5e-4f60-8172-839405a6b7c8';
	const HIDDEN_TEAM = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
	const decision = (over: Partial<StoredDecision> = {}): StoredDecision => ({
		id: 'd1',
		decidedAt: '2026-05-04T09:00:00.000Z',
		kind: 'intake',
		assignee: null,
		queue: TEAM,
		summary: `Nobody fits: waits in the queue of ${TEAM}`,
		classification: { trace: [{ rule_code: 'PRN', outcome: 'applied', detail: `matched keyword toner; sets type ${TYPE}; sets category ${CATEGORY}` }], set: { type: TYPE, category: CATEGORY, priority: 'high', required_skills: [{ skill: 'PRINT', min_level: 2 }, { skill: 'NET', min_level: 1 }] } },
		explanation: { candidates: [{ specialistId: 's1', name: 'Ann Lee', outcome: 'other_team', load: 0, capacity: 8, loadRatio: 0, detail: `in ${HIDDEN_TEAM}` }], counts: { other_team: 1 } },
		...over,
	});
	const names = new Map([[TYPE, 'Incident'], [CATEGORY, 'Printer'], [TEAM, 'Helpdesk']]);

	test('asks for the names of every id a decision holds or writes into its texts, and of the skills it requires', () => {
		expect(idsMentioned([decision()]).sort()).toEqual([TYPE, CATEGORY, TEAM, HIDDEN_TEAM].sort());
		expect(skillCodesMentioned([decision(), decision()])).toEqual(['PRINT', 'NET']);
	});

	test('shows the type, category, skills, queue and texts by name', () => {
		const [routed] = describeRequestOverview(facts({ assignee: null, decisions: [decision()], names, skillNames: new Map([['PRINT', 'Printers']]) })).routing;
		expect(routed!.classification!.set).toEqual({ type: 'Incident', category: 'Printer', priority: 'high', required_skills: [{ skill: 'Printers', min_level: 2 }, { skill: 'NET', min_level: 1 }] });
		expect(routed!.classification!.trace).toEqual([{ rule_code: 'PRN', outcome: 'applied', detail: 'matched keyword toner; sets type Incident; sets category Printer' }]);
		expect([routed!.queue, routed!.summary]).toEqual([{ id: TEAM, name: 'Helpdesk' }, 'Nobody fits: waits in the queue of Helpdesk']);
	});

	test('names what the caller may not read neutrally, never by its id', () => {
		const view = describeRequestOverview(facts({ assignee: null, decisions: [decision({ assignee: 's9', explanation: null })], names: new Map(), skillNames: new Map() }));
		const text = JSON.stringify(view.routing.map(({ id: _, queue, assignee, ...shown }) => ({ ...shown, queue: queue?.name, assignee: assignee?.name })));
		expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
		expect(view.routing[0]!.classification!.set).toMatchObject({ type: NOT_VISIBLE.type, category: NOT_VISIBLE.category });
		expect([view.routing[0]!.queue!.name, view.routing[0]!.assignee!.name]).toEqual([NOT_VISIBLE.team, NOT_VISIBLE.specialist]);
		expect(view.routing[0]!.summary).toBe(`Nobody fits: waits in the queue of ${NOT_VISIBLE.record}`);
	});
});

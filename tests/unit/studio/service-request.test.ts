import { describe, expect, it, test } from 'vitest';
import {
	calendarText,
	candidateToggleLabel,
	classificationSetText,
	countsText,
	decisionView,
	doneAtOf,
	explainAllLabel,
	explanationUrl,
	formatLoad,
	formatWhen,
	isSavedKey,
	matchedRules,
	OVERALL_BADGES,
	overviewUrl,
	readOverview,
	readRecomputed,
	ROUTING_HIDDEN_TEXT,
	routingNote,
	slaRow,
	stepRows,
	visibleCandidates,
	type Candidate,
	type SlaView,
	readableInstants,
	timerAction,
	timerEnd,
} from '../../../extensions/interfaces/crm-service-request/src/service-request.ts';

/** Tuesday 17 November 2026, 12:00 UTC. */
const NOW = Date.parse('2026-11-17T12:00:00Z');
const TZ = 'UTC';

const candidate = (name: string, outcome: Candidate['outcome'], load = 2, capacity = 8): Candidate => ({
	specialist_id: name.toLowerCase(),
	name,
	outcome,
	load,
	capacity,
	load_ratio: load / capacity,
	detail: `${name} detail`,
});

const body = {
	data: {
		request: {
			id: 12,
			number: 'SR-000012',
			subject: 'Printer offline',
			status: 'waiting_for_customer',
			priority: 'high',
			created_at: '2026-11-17T08:00:00Z',
			customer: { id: 'c1', name: 'ACME' },
			assignee: { id: 's1', name: 'Anna' },
			team: null,
		},
		sla: {
			source: 'contract',
			source_label: 'Contract SC-0007 (Premium)',
			explanation: 'Premium contract: response 1 h, resolution 8 h on the Berlin calendar.',
			calendar: { name: 'Berlin office', time_zone: 'Europe/Berlin' },
			overall: 'paused',
			response: { target_minutes: 60, deadline: '2026-11-17T09:00:00Z', warn_at: '2026-11-17T08:48:00Z', elapsed_minutes: 20, remaining_minutes: 40, percent_used: 33.3, state: 'met' },
			resolution: { target_minutes: 480, deadline: null, warn_at: null, elapsed_minutes: 130, remaining_minutes: 350, percent_used: 27.08, state: 'paused' },
		},
		steps: [
			{ step_id: 'a', kind: 'first_response', name: 'First response', due_at: '2026-11-17T09:00:00Z', done_at: '2026-11-17T08:20:00Z', status: 'done', detail: 'Answered by Anna' },
			{ step_id: 'b', kind: 'call_back', name: 'Call back', due_at: '2026-11-17T14:30:00Z', done_at: null, status: 'waiting', detail: '' },
			{ step_id: 'c', kind: 'resolution', name: 'Resolution', due_at: null, done_at: null, status: 'mystery', detail: '' },
		],
		current_step: 1,
		routing: [
			{
				id: 'r2',
				decided_at: '2026-11-17T08:05:00Z',
				kind: 'intake',
				assignee: { id: 's1', name: 'Anna' },
				queue: null,
				summary: 'Assigned to Anna with the lowest load 2/8; 2 of 3 eligible. Not eligible: 1 absent.',
				classification: {
					trace: [
						{ rule_code: 'PRINT', rule_name: 'Printers', outcome: 'applied', detail: 'matched keyword "printer"; sets category Printer' },
						{ rule_code: 'VIP', rule_name: 'VIP customers', outcome: 'not_matched', detail: 'customer status is not vip' },
						{ rule_code: 'OLD', rule_name: 'Old rule', outcome: 'inactive', detail: 'inactive' },
						{ rule_code: 'URG', rule_name: 'Urgent words', outcome: 'overridden', detail: 'priority set by the request' },
					],
					set: { category: 'Printer', priority: 'high', required_skills: [{ skill: 'PRINT', min_level: 2 }, { skill: 'NET', min_level: '1' }, { min_level: 3 }] },
				},
				candidates: [candidate('Bob', 'higher_load', 4), candidate('Anna', 'chosen'), candidate('Cleo', 'absent', 0)],
				counts: { chosen: 1, higher_load: 1, absent: 1, other_team: 0, bogus: 4 },
			},
			{ id: 'r1', decided_at: null, kind: 'weird', assignee: null, queue: { id: 't1', name: 'Helpdesk' }, summary: '', classification: null, candidates: 'none', counts: null },
		],
	},
};

describe('keys and url', () => {
	it('knows a saved key from a new item', () => {
		expect(isSavedKey(12)).toBe(true);
		expect(isSavedKey('0b5f…')).toBe(true);
		for (const key of ['+', '', '  ', null, undefined, Number.NaN]) expect(isSavedKey(key)).toBe(false);
	});

	it('builds the overview path', () => {
		expect(overviewUrl(12)).toBe('/crm/service/requests/12/overview');
		expect(overviewUrl('a/b')).toBe('/crm/service/requests/a%2Fb/overview');
	});
});

describe('readOverview', () => {
	it('reads the request, the SLA, the steps and the routing', () => {
		const o = readOverview(body)!;
		expect(o.request).toMatchObject({ id: 12, number: 'SR-000012', status: 'waiting_for_customer', customer: { id: 'c1', name: 'ACME' }, team: null });
		expect(o.sla).toMatchObject({ source: 'contract', source_label: 'Contract SC-0007 (Premium)', overall: 'paused', calendar: { name: 'Berlin office', time_zone: 'Europe/Berlin' } });
		expect(o.sla.resolution).toEqual({ target_minutes: 480, deadline: null, warn_at: null, elapsed_minutes: 130, remaining_minutes: 350, percent_used: 27.08, state: 'paused' });
		expect(o.steps.map((s) => s.status)).toEqual(['done', 'waiting', 'pending']);
		expect(o.current_step).toBe(1);
		expect(o.routing).toHaveLength(2);
		expect(o.routing[0]!.counts).toEqual({ chosen: 1, higher_load: 1, absent: 1 });
		expect(o.routing[0]!.classification!.set.required_skills).toEqual([
			{ skill: 'PRINT', min_level: 2 },
			{ skill: 'NET', min_level: 1 },
		]);
		expect(o.routing[1]).toMatchObject({ id: 'r1', kind: 'manual', assignee: null, queue: { id: 't1', name: 'Helpdesk' }, classification: null, candidates: [], counts: {} });
	});

	it('reads a request without SLA, steps or routing', () => {
		const o = readOverview({ data: { request: { id: 'x' }, current_step: 3 } })!;
		expect(o.sla).toEqual({ source: 'none', source_label: '', explanation: '', calendar: null, overall: 'none', response: null, resolution: null });
		expect(o.steps).toEqual([]);
		expect(o.current_step).toBe(-1);
		expect(o.routing).toEqual([]);
	});

	it('names a related record it has no name for neutrally, never by its id', () => {
		const o = readOverview({ data: { request: { id: 'x', assignee: { id: '65c40f22-8d1a-4c3e-9f00-0a1b2c3d4e5f' } }, routing: [{ id: 'd', queue: { id: 't9' } }] } })!;
		expect([o.request.assignee, o.routing[0]!.queue]).toEqual([
			{ id: '65c40f22-8d1a-4c3e-9f00-0a1b2c3d4e5f', name: '(not visible to you)' },
			{ id: 't9', name: '(not visible to you)' },
		]);
	});

	it('is null without a request', () => {
		expect(readOverview(null)).toBeNull();
		expect(readOverview({ data: {} })).toBeNull();
		expect(readOverview({ data: [] })).toBeNull();
	});
});

describe('formatWhen', () => {
	it('shows weekday and time within six days, else the date', () => {
		expect(formatWhen('2026-11-17T14:30:00Z', NOW, TZ)).toBe('Tue 14:30');
		expect(formatWhen('2026-11-20T09:05:00Z', NOW, TZ)).toBe('Fri 09:05');
		expect(formatWhen('2026-11-12T16:00:00Z', NOW, TZ)).toBe('Thu 16:00');
		expect(formatWhen('2026-11-30T08:00:00Z', NOW, TZ)).toBe('30 Nov 08:00');
		expect(formatWhen('2025-12-30T08:00:00Z', NOW, TZ)).toBe('30 Dec 2025 08:00');
	});

	it('uses the given time zone', () => {
		expect(formatWhen('2026-11-17T14:30:00Z', NOW, 'Europe/Berlin')).toBe('Tue 15:30');
	});

	it('is empty for no or an unreadable time', () => {
		expect(formatWhen(null, NOW, TZ)).toBe('');
		expect(formatWhen('soon', NOW, TZ)).toBe('');
	});
});

describe('SLA rows', () => {
	const view = (over: Partial<SlaView>): SlaView => ({
		target_minutes: 240,
		deadline: '2026-11-17T14:30:00Z',
		warn_at: '2026-11-17T13:42:00Z',
		elapsed_minutes: 105,
		remaining_minutes: 135,
		percent_used: 43.75,
		state: 'ok',
		...over,
	});
	const ctx = { now: NOW, timeZone: TZ, requestStatus: 'in_progress', doneAt: null };

	it('shows the deadline and the business time left', () => {
		expect(slaRow('resolution', view({}), ctx)).toEqual({
			kind: 'resolution',
			label: 'Resolution',
			state: 'ok',
			tone: 'ok',
			barPercent: 43.75,
			percentText: '44 %',
			text: 'due Tue 14:30 (in 2 h 15 min)',
			detail: '1 h 45 min of 4 h used (business time)',
		});
		expect(slaRow('response', view({ state: 'warning', remaining_minutes: 10.2, deadline: null }), ctx)).toMatchObject({ label: 'Response', tone: 'warning', text: '11 min left' });
	});

	it('shows how far over a breached target is, the bar capped at 100 %', () => {
		expect(slaRow('resolution', view({ state: 'breached', remaining_minutes: -45.5, elapsed_minutes: 285.5, percent_used: 118.96 }), ctx)).toMatchObject({
			tone: 'danger',
			barPercent: 100,
			percentText: '119 %',
			text: 'overdue by 45 min',
			detail: '4 h 46 min of 4 h used (business time)',
		});
	});

	it('names the reason of a pause', () => {
		expect(slaRow('resolution', view({ state: 'paused', deadline: null }), { ...ctx, requestStatus: 'waiting_for_customer' }).text).toBe('paused (waiting for customer)');
		expect(slaRow('resolution', view({ state: 'paused', deadline: null }), { ...ctx, requestStatus: 'resolved' }).text).toBe('paused (resolved)');
		expect(slaRow('resolution', view({ state: 'paused' }), ctx)).toMatchObject({ text: 'paused', tone: 'muted' });
	});

	it('says when a target was met or by how much it was missed', () => {
		expect(slaRow('response', view({ state: 'met' }), { ...ctx, doneAt: '2026-11-17T08:20:00Z' })).toMatchObject({ tone: 'met', text: 'met at Tue 08:20' });
		expect(slaRow('response', view({ state: 'met' }), ctx).text).toBe('met');
		expect(slaRow('response', view({ state: 'missed', remaining_minutes: -30 }), { ...ctx, doneAt: '2026-11-17T11:00:00Z' })).toMatchObject({ tone: 'danger', text: 'missed by 30 min (done Tue 11:00)' });
	});

	it('has a row without a bar for no target', () => {
		expect(slaRow('response', null, ctx)).toEqual({ kind: 'response', label: 'Response', state: null, tone: 'none', barPercent: 0, percentText: '', text: 'no target', detail: '' });
	});

	it('takes the done time of the first-response and resolution steps', () => {
		const o = readOverview(body)!;
		expect(doneAtOf(o.steps, 'response')).toBe('2026-11-17T08:20:00Z');
		expect(doneAtOf(o.steps, 'resolution')).toBeNull();
	});

	it('colours the overall badge', () => {
		expect(OVERALL_BADGES.breached).toEqual({ label: 'SLA breached', tone: 'danger' });
		expect(OVERALL_BADGES.missed.tone).toBe('danger');
		expect(OVERALL_BADGES.met.tone).toBe('met');
		expect(OVERALL_BADGES.paused.tone).toBe('muted');
		expect(OVERALL_BADGES.none).toEqual({ label: 'No SLA', tone: 'none' });
	});

	it('names the calendar', () => {
		expect(calendarText({ name: 'Berlin office', time_zone: 'Europe/Berlin' })).toBe('Calendar Berlin office (Europe/Berlin)');
		expect(calendarText({ name: '', time_zone: 'UTC' })).toBe('Calendar in UTC');
		expect(calendarText(null)).toBeNull();
	});
});

describe('steps', () => {
	it('marks the current step and says when each was done or is due', () => {
		const o = readOverview(body)!;
		expect(stepRows(o.steps, o.current_step, NOW, TZ)).toEqual([
			{ key: 'a-0', name: 'First response', status: 'done', icon: 'check_circle', tone: 'ok', statusLabel: 'done', current: false, when: 'done Tue 08:20', detail: 'Answered by Anna' },
			{ key: 'b-1', name: 'Call back', status: 'waiting', icon: 'pause_circle', tone: 'muted', statusLabel: 'waiting', current: true, when: 'due Tue 14:30', detail: '' },
			{ key: 'c-2', name: 'Resolution', status: 'pending', icon: 'radio_button_unchecked', tone: 'none', statusLabel: 'pending', current: false, when: '', detail: '' },
		]);
		expect(stepRows(o.steps, -1, NOW, TZ).some((s) => s.current)).toBe(false);
	});
});

describe('routing', () => {
	const many = [candidate('A', 'higher_load'), candidate('B', 'absent'), candidate('C', 'inactive'), candidate('D', 'other_team'), candidate('E', 'missing_skill'), candidate('F', 'over_capacity'), candidate('G', 'chosen')];

	it('shows the chosen one first and collapses after five', () => {
		expect(visibleCandidates(many, false).map((c) => c.name)).toEqual(['G', 'A', 'B', 'C', 'D']);
		expect(visibleCandidates(many, true).map((c) => c.name)).toEqual(['G', 'A', 'B', 'C', 'D', 'E', 'F']);
		expect(candidateToggleLabel(7, false)).toBe('Show all 7 candidates');
		expect(candidateToggleLabel(7, true)).toBe('Show fewer candidates');
		expect(candidateToggleLabel(5, false)).toBeNull();
	});

	it('formats loads, counts, matched rules and what classification set', () => {
		expect(formatLoad({ load: 6, capacity: 8, load_ratio: 0.75 })).toBe('6 / 8 (75 %)');
		expect(countsText({ absent: 2, chosen: 1, higher_load: 3 })).toBe('1 chosen · 3 higher load · 2 absent');
		const o = readOverview(body)!;
		expect(matchedRules(o.routing[0]!.classification!.trace).map((r) => r.rule_code)).toEqual(['PRINT', 'URG']);
		expect(classificationSetText(o.routing[0]!.classification!.set)).toBe('category Printer · priority high · skills PRINT ≥ 2, NET ≥ 1');
		expect(classificationSetText({})).toBe('');
	});

	it('describes a decision', () => {
		const o = readOverview(body)!;
		expect(decisionView(o.routing[0]!, NOW, TZ)).toEqual({
			key: 'r2',
			kindLabel: 'Intake',
			when: 'Tue 08:05',
			summary: 'Assigned to Anna with the lowest load 2/8; 2 of 3 eligible. Not eligible: 1 absent.',
			chosen: { name: 'Anna', detail: 'Anna detail', load: '2 / 8 (25 %)' },
			queue: null,
			countsText: '1 chosen · 1 higher load · 1 absent',
			candidateTotal: 3,
			matchedRules: [o.routing[0]!.classification!.trace[0], o.routing[0]!.classification!.trace[3]],
			setText: 'category Printer · priority high · skills PRINT ≥ 2, NET ≥ 1',
		});
		expect(decisionView(o.routing[1]!, NOW, TZ)).toMatchObject({ kindLabel: 'Manual assignment', when: '', chosen: null, queue: 'Helpdesk', candidateTotal: 0, matchedRules: [], setText: '' });
	});
});

describe('the routing section when it lists no decisions', () => {
	test('says "Not routed yet." only to a viewer who may read the decisions', () => {
		expect(routingNote({ routing: [], routing_visible: true })).toBe('Not routed yet.');
		expect(routingNote(readOverview({ data: { request: { id: 'x' }, routing: [] } })!)).toBe('Not routed yet.');
	});

	test('tells a viewer whose policy hides the decisions that the service desk sees them, not that it was not routed', () => {
		const o = readOverview({ data: { request: { id: 'x' }, routing_visible: false, routing: [] } })!;
		expect(routingNote(o)).toBe(ROUTING_HIDDEN_TEXT);
		expect(ROUTING_HIDDEN_TEXT).toMatch(/visible to the service desk/);
	});

	test('says nothing over a list of decisions', () => {
		expect(routingNote(readOverview(body)!)).toBeNull();
	});
});

describe('the full explanation of a stored decision, on request', () => {
	const runnerUp = { specialist_id: 'bob', name: 'Bob', outcome: 'higher_load', load: 4, capacity: 10, load_ratio: 0.4, detail: 'load 4/10' };
	test('is offered when the decision counted more specialists than it describes', () => {
		expect(explainAllLabel({ candidates: [], counts: { chosen: 1, higher_load: 1, other_team: 10 } })).toBe('Explain all 12 candidates');
		expect(explainAllLabel({ candidates: [], counts: { missing_skill: 3 } })).toBe('Explain all 3 candidates');
		expect(explainAllLabel({ candidates: [runnerUp as Candidate], counts: { higher_load: 1 } })).toBeNull();
		expect(explainAllLabel({ candidates: [], counts: {} })).toBeNull();
	});

	test('is read with every candidate, the basis of the figures and whether routing would choose differently now', () => {
		expect(explanationUrl('d 1')).toBe('/crm/service/routing-decisions/d%201/explanation');
		const body = (agrees: boolean, kind = 'intake') => ({ data: { kind, agrees, basis: 'Recomputed on request', recomputed: { assignee: { id: 'bob', name: 'Bob' }, candidates: [runnerUp, { specialist_id: 'cid', outcome: 'nonsense' }] } } });
		const read = readRecomputed(body(true))!;
		// A candidate without a name is named neutrally, not by its id.
		expect(read.candidates).toEqual([runnerUp, { specialist_id: 'cid', name: '(not visible to you)', outcome: 'other_team', load: 0, capacity: 0, load_ratio: 0, detail: '' }]);
		expect(read).toMatchObject({ basis: 'Recomputed on request', differs: null });
		expect(readRecomputed(body(false))!.differs).toBe('On these facts routing would choose Bob.');
		expect(readRecomputed(body(false, 'manual'))!.differs).toBe('On these facts routing would choose Bob; this decision was made by hand.');
		expect(readRecomputed({ data: {} })).toBeNull();
		expect(readRecomputed('nope')).toBeNull();
	});
});

describe('readableInstants', () => {
	test('writes the ISO instants of a step detail as local times, leaving the words alone', () => {
		const now = Date.parse('2026-11-27T10:00:00Z');
		expect(readableInstants('Done at 2026-11-27T08:15:00.000Z, due 2026-11-27T09:00:00Z', now, 'UTC')).toBe(`Done at ${formatWhen('2026-11-27T08:15:00.000Z', now, 'UTC')}, due ${formatWhen('2026-11-27T09:00:00Z', now, 'UTC')}`);
		expect(readableInstants('No deadline', now, 'UTC')).toBe('No deadline');
	});
});

describe('timerAction: the Start/Stop timer button', () => {
	const now = Date.parse('2026-11-27T10:30:00Z');
	const base = { logged_minutes: 85, can_log: true, my_specialist: 's1', my_timer: null };
	const running = (request: string) => ({ ...base, my_timer: { id: 't1', request, request_number: 'SR-2026-000007', started_at: '2026-11-27T10:18:00Z' } });
	test.each([
		['a specialist without a running timer may start one', base, { logged: '1 h 25 min logged', action: 'start', note: '' }],
		['their timer on this request can be stopped, showing how long it runs', running('r1'), { logged: '1 h 25 min logged', action: 'stop', note: 'Timer running for 12 min' }],
		['a timer on another request must be stopped there first', running('r2'), { logged: '1 h 25 min logged', action: null, note: 'Your timer runs on SR-2026-000007 (12 min): stop it there first.' }],
		['someone who may not log time gets no button', { ...base, can_log: false }, { logged: '1 h 25 min logged', action: null, note: '' }],
		['without read access to time entries nothing is said about logged time', { ...base, logged_minutes: null, can_log: false }, { logged: '', action: null, note: '' }],
	] as const)('%s', (_name, time, expected) => {
		expect(timerAction(time, 'r1', now)).toEqual(expected);
	});

	test('a timer started less than a minute ago says so', () => {
		expect(timerAction({ ...base, my_timer: { id: 't1', request: 'r1', request_number: 'SR-2026-000007', started_at: '2026-11-27T10:29:30Z' } }, 'r1', now).note).toBe('Timer started just now');
	});

	test('a timer stopped within its first minute still books one minute', () => {
		expect(timerEnd('2026-11-27T10:29:40Z', now)).toBe('2026-11-27T10:30:40.000Z');
		expect(timerEnd('2026-11-27T10:18:00Z', now)).toBe('2026-11-27T10:30:00.000Z');
	});
});

import { describe, expect, test } from 'vitest';
import { currentStepIndex, type RequestClock, type ServiceStep, serviceStepProgress, type StepProgress, type StepProgressContext, type StepStatus } from '../../../packages/crm-core/src/index.ts';
import { BERLIN_OFFICE } from '../business-time/business-calendars.ts';
import { bad, expectCrmError, freshClock } from './desk-fixtures.ts';

const step = (id: string, sort: number, kind: ServiceStep['kind'], name: string, targetMinutes: number | null): ServiceStep => ({ id, sort, kind, name, targetMinutes });

const STEPS: ServiceStep[] = [
	step('s-resp', 10, 'first_response', 'First response', 60),
	step('s-ded', 20, 'dedicated_engineer', 'Dedicated engineer', 30),
	step('s-call', 30, 'call_back', 'Call back', 240),
	step('s-res', 40, 'resolution', 'Resolution', 960),
	step('s-survey', 50, 'survey', 'Satisfaction survey', 480),
];

// Created Friday 27 Nov 2026 16:00 Berlin (15:00Z) on the Berlin office calendar (08:00Z–16:00Z):
// 30 minutes → Fri 15:30Z, 60 → Fri 16:00Z (closing), 240 → Mon 30 Nov 12:00 Berlin (11:00Z),
// 960 → Tue 1 Dec 16:00 Berlin (15:00Z). Answered Monday 09:30 Berlin, after its Friday deadline.
const answered = (overrides: Partial<RequestClock> = {}) => freshClock({ status: 'in_progress', firstResponseAt: '2026-11-30T08:30:00.000Z', ...overrides });
const ctx: StepProgressContext = {
	createdAt: '2026-11-27T15:00:00Z',
	now: '2026-11-30T10:00:00Z',
	calendar: BERLIN_OFFICE,
	clock: answered(),
	assigneeId: 'ann',
	dedicatedSpecialistId: 'ann',
	calledBackAt: null,
	surveySentAt: null,
};

const only = (kind: ServiceStep['kind'], overrides: Partial<StepProgressContext>, steps = STEPS) => {
	const progress = serviceStepProgress(steps, { ...ctx, ...overrides }).find((p) => p.kind === kind)!;
	return { dueAt: progress.dueAt, doneAt: progress.doneAt, status: progress.status, detail: progress.detail };
};

describe('serviceStepProgress', () => {
	test('shows every step of the map on Monday morning', () => {
		expect(serviceStepProgress(STEPS, ctx)).toEqual<StepProgress[]>([
			{ stepId: 's-resp', kind: 'first_response', name: 'First response', dueAt: '2026-11-27T16:00:00.000Z', doneAt: '2026-11-30T08:30:00.000Z', status: 'late', detail: 'Done at 2026-11-30T08:30:00.000Z, after the due time 2026-11-27T16:00:00.000Z' },
			{ stepId: 's-ded', kind: 'dedicated_engineer', name: 'Dedicated engineer', dueAt: '2026-11-27T15:30:00.000Z', doneAt: '2026-11-27T15:00:00.000Z', status: 'done', detail: 'Done at 2026-11-27T15:00:00.000Z, due 2026-11-27T15:30:00.000Z' },
			{ stepId: 's-call', kind: 'call_back', name: 'Call back', dueAt: '2026-11-30T11:00:00.000Z', doneAt: null, status: 'pending', detail: 'Due 2026-11-30T11:00:00.000Z' },
			{ stepId: 's-res', kind: 'resolution', name: 'Resolution', dueAt: '2026-12-01T15:00:00.000Z', doneAt: null, status: 'pending', detail: 'Due 2026-12-01T15:00:00.000Z' },
			{ stepId: 's-survey', kind: 'survey', name: 'Satisfaction survey', dueAt: null, doneAt: null, status: 'waiting', detail: 'Starts when the request is resolved or closed' },
		]);
	});

	test('keeps map order (sort, then id) whatever order the steps come in', () => {
		const shuffled = [STEPS[3]!, STEPS[0]!, { ...STEPS[2]!, id: 's-a', sort: 20 }, STEPS[4]!, STEPS[1]!];
		expect(serviceStepProgress(shuffled, ctx).map((p) => p.stepId)).toEqual(['s-resp', 's-a', 's-ded', 's-res', 's-survey']);
	});

	test.each<[string, ServiceStep['kind'], Partial<StepProgressContext>, { dueAt: string | null; doneAt: string | null; status: StepStatus; detail: string }]>([
		['call back overdue after its due time', 'call_back', { now: '2026-11-30T12:00:00Z' }, { dueAt: '2026-11-30T11:00:00.000Z', doneAt: null, status: 'overdue', detail: 'Overdue since 2026-11-30T11:00:00.000Z' }],
		['call back at the due instant is in time', 'call_back', { calledBackAt: '2026-11-30T12:00:00+01:00' }, { dueAt: '2026-11-30T11:00:00.000Z', doneAt: '2026-11-30T11:00:00.000Z', status: 'done', detail: 'Done at 2026-11-30T11:00:00.000Z, due 2026-11-30T11:00:00.000Z' }],
		['call back a minute later is late', 'call_back', { calledBackAt: '2026-11-30T11:01:00Z' }, { dueAt: '2026-11-30T11:00:00.000Z', doneAt: '2026-11-30T11:01:00.000Z', status: 'late', detail: 'Done at 2026-11-30T11:01:00.000Z, after the due time 2026-11-30T11:00:00.000Z' }],
		[
			'call back waits while the customer is asked (paused after 180 minutes)',
			'call_back',
			{ now: '2026-12-01T12:00:00Z', clock: answered({ status: 'waiting_for_customer', pauses: [{ from: '2026-11-30T10:00:00.000Z', to: null, kind: 'customer' }] }) },
			{ dueAt: null, doneAt: null, status: 'pending', detail: 'Clock paused while waiting for the customer' },
		],
		[
			'call back made during the wait: the pause counts up to the call, due 60 minutes after it',
			'call_back',
			{ now: '2026-12-01T12:00:00Z', calledBackAt: '2026-11-30T11:30:00Z', clock: answered({ status: 'waiting_for_customer', pauses: [{ from: '2026-11-30T10:00:00.000Z', to: null, kind: 'customer' }] }) },
			{ dueAt: '2026-11-30T12:30:00.000Z', doneAt: '2026-11-30T11:30:00.000Z', status: 'done', detail: 'Done at 2026-11-30T11:30:00.000Z, due 2026-11-30T12:30:00.000Z' },
		],
		['no dedicated engineer on the customer', 'dedicated_engineer', { dedicatedSpecialistId: null }, { dueAt: '2026-11-27T15:30:00.000Z', doneAt: null, status: 'overdue', detail: 'No dedicated engineer on the customer; overdue since 2026-11-27T15:30:00.000Z' }],
		['someone else holds the request', 'dedicated_engineer', { assigneeId: 'bob', now: '2026-11-27T15:10:00Z' }, { dueAt: '2026-11-27T15:30:00.000Z', doneAt: null, status: 'pending', detail: 'Assigned to someone other than the dedicated engineer; due 2026-11-27T15:30:00.000Z' }],
		['nobody holds the request yet', 'dedicated_engineer', { assigneeId: null, now: '2026-11-27T15:10:00Z' }, { dueAt: '2026-11-27T15:30:00.000Z', doneAt: null, status: 'pending', detail: 'Not assigned yet; due 2026-11-27T15:30:00.000Z' }],
		[
			'resolution moved by a wait from Mon 11:00 to Wed 10:00 Berlin: due Thu 3 Dec 15:00 Berlin',
			'resolution',
			{ now: '2026-12-02T10:00:00Z', clock: answered({ pauses: [{ from: '2026-11-30T10:00:00.000Z', to: '2026-12-02T09:00:00.000Z', kind: 'customer' }] }) },
			{ dueAt: '2026-12-03T14:00:00.000Z', doneAt: null, status: 'pending', detail: 'Due 2026-12-03T14:00:00.000Z' },
		],
		[
			'resolution after a reopening: resolved Mon 13:00, reopened Wed 09:00 Berlin, due Thu 12:00 Berlin',
			'resolution',
			{ now: '2026-12-02T10:00:00Z', clock: answered({ status: 'reopened', pauses: [{ from: '2026-11-30T12:00:00.000Z', to: '2026-12-02T08:00:00.000Z', kind: 'resolved' }] }) },
			{ dueAt: '2026-12-03T11:00:00.000Z', doneAt: null, status: 'pending', detail: 'Due 2026-12-03T11:00:00.000Z' },
		],
		[
			'resolution in time',
			'resolution',
			{ now: '2026-12-02T10:00:00Z', clock: answered({ status: 'resolved', resolvedAt: '2026-12-01T14:00:00.000Z' }) },
			{ dueAt: '2026-12-01T15:00:00.000Z', doneAt: '2026-12-01T14:00:00.000Z', status: 'done', detail: 'Done at 2026-12-01T14:00:00.000Z, due 2026-12-01T15:00:00.000Z' },
		],
		[
			'survey counted from closure Thu 3 Dec 16:30 Berlin: 30 minutes Thursday, 450 Friday',
			'survey',
			{ now: '2026-12-04T15:00:00Z', clock: answered({ status: 'closed', resolvedAt: '2026-12-01T14:00:00.000Z', closedAt: '2026-12-03T15:30:00.000Z' }) },
			{ dueAt: '2026-12-04T15:30:00.000Z', doneAt: null, status: 'pending', detail: 'Due 2026-12-04T15:30:00.000Z' },
		],
		[
			'survey sent at its due instant',
			'survey',
			{ now: '2026-12-07T09:00:00Z', surveySentAt: '2026-12-04T15:30:00Z', clock: answered({ status: 'closed', resolvedAt: '2026-12-01T14:00:00.000Z', closedAt: '2026-12-03T15:30:00.000Z' }) },
			{ dueAt: '2026-12-04T15:30:00.000Z', doneAt: '2026-12-04T15:30:00.000Z', status: 'done', detail: 'Done at 2026-12-04T15:30:00.000Z, due 2026-12-04T15:30:00.000Z' },
		],
		[
			'survey counted from the resolution while not closed: Tue 15:00 Berlin + 480 → Wed 15:00 Berlin',
			'survey',
			{ now: '2026-12-02T15:00:00Z', clock: answered({ status: 'resolved', resolvedAt: '2026-12-01T14:00:00.000Z' }) },
			{ dueAt: '2026-12-02T14:00:00.000Z', doneAt: null, status: 'overdue', detail: 'Overdue since 2026-12-02T14:00:00.000Z' },
		],
		['survey sent before the request ended', 'survey', { surveySentAt: '2026-11-30T09:00:00Z' }, { dueAt: null, doneAt: '2026-11-30T09:00:00.000Z', status: 'done', detail: 'Done at 2026-11-30T09:00:00.000Z' }],
	])('%s', (_, kind, overrides, expected) => {
		expect(only(kind, overrides)).toEqual(expected);
	});

	test.each<[string, Partial<StepProgressContext>, { dueAt: string | null; doneAt: string | null; status: StepStatus; detail: string }]>([
		['a step without target is pending until done', { clock: freshClock() }, { dueAt: null, doneAt: null, status: 'pending', detail: 'No deadline' }],
		['and done whenever it is done', {}, { dueAt: null, doneAt: '2026-11-30T08:30:00.000Z', status: 'done', detail: 'Done at 2026-11-30T08:30:00.000Z' }],
	])('%s', (_, overrides, expected) => {
		expect(only('first_response', overrides, [step('s1', 1, 'first_response', 'First response', null)])).toEqual(expected);
	});

	test('counts over Christmas: created Wed 23 Dec 16:00 Berlin, 120 minutes due Mon 28 Dec 10:00 Berlin', () => {
		expect(only('first_response', { createdAt: '2026-12-23T15:00:00Z', now: '2026-12-24T12:00:00Z', clock: freshClock() }, [step('s1', 1, 'first_response', 'First response', 120)])).toEqual({
			dueAt: '2026-12-28T09:00:00.000Z',
			doneAt: null,
			status: 'pending',
			detail: 'Due 2026-12-28T09:00:00.000Z',
		});
	});

	test.each<[string, () => unknown, string, string]>([
		['steps with the same id', () => serviceStepProgress([STEPS[0]!, { ...STEPS[1]!, id: 's-resp' }], ctx), 'CRM_INVALID_CHOICE', 'steps[1].id'],
		['a fractional sort', () => serviceStepProgress([{ ...STEPS[0]!, sort: 1.5 }], ctx), 'CRM_INVALID_TYPE', 'steps[0].sort'],
		['a negative target', () => serviceStepProgress([{ ...STEPS[0]!, targetMinutes: -5 }], ctx), 'CRM_OUT_OF_RANGE', 'steps[0].targetMinutes'],
		['a forgotten assignee', () => serviceStepProgress(STEPS, { ...ctx, assigneeId: bad(undefined) }), 'CRM_REQUIRED_FIELD', 'ctx.assigneeId'],
		['a call-back time that is not one', () => serviceStepProgress(STEPS, { ...ctx, calledBackAt: 'soon' }), 'CRM_INVALID_FORMAT', 'calledBackAt'],
		['a now without zone', () => serviceStepProgress(STEPS, { ...ctx, now: '2026-11-30T10:00:00' }), 'CRM_INVALID_FORMAT', 'ctx.now'],
	])('refuses %s', (_, run, code, field) => expectCrmError(run, code, field));
});

describe('currentStepIndex', () => {
	const progress = (statuses: StepStatus[]) => statuses.map((status, i): StepProgress => ({ stepId: `s${i}`, kind: 'call_back', name: '', dueAt: null, doneAt: null, status, detail: '' }));
	test.each<[StepStatus[], number]>([
		[[], -1],
		[['done', 'late'], -1],
		[['pending', 'pending'], 0],
		[['done', 'late', 'overdue', 'pending'], 2],
		[['done', 'waiting'], 1],
		[['late', 'pending', 'done'], 1],
	])('%j → %i', (statuses, expected) => {
		expect(currentStepIndex(progress(statuses))).toBe(expected);
	});

	test('is at the call back on Monday morning', () => {
		expect(currentStepIndex(serviceStepProgress(STEPS, ctx))).toBe(2);
	});
});

import { describe, expect, test } from 'vitest';
import { composeTimeEntry, OPEN_END, planTimeEntry, type TimeEntryWrite, timeEntryNeedsCheck } from '../../../packages/crm-core/src/service-desk/index.ts';
import { domainFailure } from '../domain-failure.ts';

const NOW = '2026-12-06T12:00:00.000Z';
const write = (w: Partial<TimeEntryWrite> = {}): TimeEntryWrite => ({
	payload: { started_at: '2026-12-06T09:00:00.000Z', duration_minutes: 30, request: 'r1' },
	storedId: null,
	isCreate: true,
	times: { startedAt: '2026-12-06T09:00:00.000Z', endedAt: undefined, durationMinutes: 30 },
	specialistId: 'sp1',
	requestId: 'r1',
	now: NOW,
	...w,
});

describe('timeEntryNeedsCheck', () => {
	test.each([
		['a create is always checked', { note: 'x' }, null, true],
		['an update of the note alone is not', { note: 'x' }, 3, false],
		['an update of the times of one entry is', { ended_at: NOW }, 1, true],
	] as const)('%s', (_name, payload, keys, expected) => {
		expect(timeEntryNeedsCheck(payload, keys)).toBe(expected);
	});

	test('times change one entry at a time', () => {
		expect(domainFailure(() => timeEntryNeedsCheck({ duration_minutes: 5 }, 2))).toEqual(['CRM_TIME_ENTRY_INVALID', 'duration_minutes']);
	});
});

describe('composeTimeEntry', () => {
	test('a start with a length gives the end', () => {
		expect(composeTimeEntry(write())).toEqual({ specialistId: 'sp1', startedAt: '2026-12-06T09:00:00.000Z', endedAt: '2026-12-06T09:30:00.000Z', minutes: 30 });
	});

	test('a start alone is a running timer', () => {
		expect(composeTimeEntry(write({ payload: { started_at: '2026-12-06T11:59:00.000Z' }, times: { startedAt: '2026-12-06T11:59:00.000Z', endedAt: null, durationMinutes: null } }))).toEqual({ specialistId: 'sp1', startedAt: '2026-12-06T11:59:00.000Z', endedAt: null, minutes: null });
	});

	test('an update that sets only the end stops the timer; the stored length no longer applies', () => {
		const stopped = write({ isCreate: false, storedId: 'e1', payload: { ended_at: '2026-12-06T10:15:00.000Z' }, times: { startedAt: '2026-12-06T09:00:00.000Z', endedAt: '2026-12-06T10:15:00.000Z', durationMinutes: 30 } });
		expect(composeTimeEntry(stopped)).toMatchObject({ endedAt: '2026-12-06T10:15:00.000Z', minutes: 75 });
	});

	test.each([
		['no specialist', write({ specialistId: null }), ['CRM_REQUIRED_FIELD', 'specialist']],
		['no request on create', write({ requestId: null }), ['CRM_REQUIRED_FIELD', 'request']],
		['a timer started in the future', write({ times: { startedAt: '2026-12-06T12:05:00.000Z', endedAt: null, durationMinutes: null } }), ['CRM_TIME_ENTRY_IN_FUTURE', 'started_at']],
		['a timer without a date and time', write({ times: { startedAt: 'yesterday', endedAt: null, durationMinutes: null } }), ['CRM_TIME_ENTRY_INVALID', 'started_at']],
		['an end before the start, named as stored', write({ payload: { started_at: '2026-12-06T09:00:00.000Z', ended_at: '2026-12-06T08:00:00.000Z', request: 'r1' }, times: { startedAt: '2026-12-06T09:00:00.000Z', endedAt: '2026-12-06T08:00:00.000Z', durationMinutes: undefined } }), ['CRM_TIME_ENTRY_INVALID', 'ended_at']],
	] as const)('refuses %s', (_name, w, failure) => {
		expect(domainFailure(() => composeTimeEntry(w))).toEqual(failure);
	});
});

describe('planTimeEntry', () => {
	const entry = { specialistId: 'sp1', startedAt: '2026-12-06T09:00:00.000Z', endedAt: '2026-12-06T09:30:00.000Z', minutes: 30 };

	test('stores the canonical times with the specialist', () => {
		expect(planTimeEntry(write(), entry, [])).toEqual({ started_at: '2026-12-06T09:00:00.000Z', ended_at: '2026-12-06T09:30:00.000Z', duration_minutes: 30, request: 'r1', specialist: 'sp1' });
	});

	test('a running timer is stored without end and length', () => {
		const running = { ...entry, endedAt: null, minutes: null };
		expect(planTimeEntry(write({ payload: { started_at: entry.startedAt, ended_at: null, request: 'r1' } }), running, [])).toEqual({ started_at: entry.startedAt, request: 'r1', specialist: 'sp1' });
	});

	test('refuses an overlap with a running timer of the same specialist, naming it', () => {
		expect(() => planTimeEntry(write(), entry, [{ id: 'e9', startedAt: '2026-12-06T08:00:00.000Z', endedAt: OPEN_END }])).toThrow('a timer running since 2026-12-06T08:00:00.000Z');
	});

	test('the entry being edited does not overlap itself', () => {
		expect(domainFailure(() => planTimeEntry(write({ storedId: 'e1', isCreate: false }), entry, [{ id: 'e1', startedAt: entry.startedAt, endedAt: entry.endedAt }]))).toBeNull();
	});
});

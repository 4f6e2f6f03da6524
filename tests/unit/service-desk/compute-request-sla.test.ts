import { describe, expect, test } from 'vitest';
import { computeRequestSla, type RequestClock, type RequestSla, type RequestSlaInput, type SlaState } from '../../../packages/crm-core/src/index.ts';
import { BERLIN_OFFICE } from '../business-time/business-calendars.ts';
import { bad, expectCrmError, freshClock } from './desk-fixtures.ts';

// Created Friday 27 Nov 2026 at 16:00 Berlin (15:00Z), an hour before closing; Berlin office hours
// 09:00–17:00 = 08:00Z–16:00Z. Response 120 business minutes: 60 on Friday, 60 on Monday → due Mon 30
// Nov 10:00 Berlin (09:00Z), warning at 96 minutes (08:36Z). Resolution 960: 60 + 480 Monday + 420
// Tuesday → due Tue 1 Dec 16:00 Berlin (15:00Z), warning at 768 minutes (Tue 12:48 Berlin, 11:48Z).
const base: RequestSlaInput = { createdAt: '2026-11-27T15:00:00Z', now: '2026-11-30T08:40:00Z', calendar: BERLIN_OFFICE, responseMinutes: 120, resolutionMinutes: 960, clock: freshClock() };
const RESPONSE_DUE = { deadline: '2026-11-30T09:00:00.000Z', warnAt: '2026-11-30T08:36:00.000Z' };
const RESOLUTION_DUE = { deadline: '2026-12-01T15:00:00.000Z', warnAt: '2026-12-01T11:48:00.000Z' };

const answered = (overrides: Partial<RequestClock> = {}) => freshClock({ status: 'in_progress', firstResponseAt: '2026-11-30T08:30:00.000Z', ...overrides });

describe('computeRequestSla', () => {
	test('counts both clocks over the weekend and shows the response countdown until the first response', () => {
		const response: SlaState = { ...RESPONSE_DUE, elapsedMinutes: 100, remainingMinutes: 20, percentUsed: 250 / 3, state: 'warning' };
		const resolution: SlaState = { ...RESOLUTION_DUE, elapsedMinutes: 100, remainingMinutes: 860, percentUsed: 1000 / 96, state: 'ok' };
		expect(computeRequestSla(base)).toEqual<RequestSla>({ response, resolution, overall: 'warning', next: { target: 'response', ...RESPONSE_DUE, state: 'warning' } });
	});

	test('switches the countdown to resolution once answered', () => {
		const result = computeRequestSla({ ...base, clock: answered() });
		expect(result.response).toMatchObject({ elapsedMinutes: 90, state: 'met' });
		expect(result.next).toEqual({ target: 'resolution', ...RESOLUTION_DUE, state: 'ok' });
		expect(result.overall).toBe('ok');
	});

	test('waiting for the customer pauses the resolution clock and moves its deadline', () => {
		// Paused Mon 11:00 Berlin after 180 minutes until Wed 2 Dec 10:00 Berlin; 780 left: 420 on Wednesday,
		// 360 on Thursday → due Thu 3 Dec 15:00 Berlin (14:00Z); warning at 768 = Thu 11:48 Berlin (10:48Z).
		const pause = { from: '2026-11-30T10:00:00.000Z', kind: 'customer' as const };
		const closed = computeRequestSla({ ...base, now: '2026-12-02T10:00:00Z', clock: answered({ pauses: [{ ...pause, to: '2026-12-02T09:00:00.000Z' }] }) });
		expect(closed.resolution).toEqual({ deadline: '2026-12-03T14:00:00.000Z', warnAt: '2026-12-03T10:48:00.000Z', elapsedMinutes: 240, remainingMinutes: 720, percentUsed: 25, state: 'ok' });

		const open = computeRequestSla({ ...base, now: '2026-12-01T12:00:00Z', clock: answered({ status: 'waiting_for_customer', pauses: [{ ...pause, to: null }] }) });
		expect(open.resolution).toEqual({ deadline: null, warnAt: null, elapsedMinutes: 180, remainingMinutes: 780, percentUsed: 18.75, state: 'paused' });
		expect(open.overall).toBe('paused');
		expect(open.next).toEqual({ target: 'resolution', deadline: null, warnAt: null, state: 'paused' });
	});

	test('a reopened request runs on from where its resolution stopped the clock', () => {
		// Resolved Mon 13:00 Berlin after 300 minutes, reopened Wed 2 Dec 09:00 Berlin; 660 left: 480 on
		// Wednesday, 180 on Thursday → due Thu 3 Dec 12:00 Berlin (11:00Z); warning at 768 = Wed 16:48 Berlin.
		const clock = answered({ status: 'reopened', pauses: [{ from: '2026-11-30T12:00:00.000Z', to: '2026-12-02T08:00:00.000Z', kind: 'resolved' }] });
		const result = computeRequestSla({ ...base, now: '2026-12-02T10:00:00Z', clock });
		expect(result.resolution).toEqual({ deadline: '2026-12-03T11:00:00.000Z', warnAt: '2026-12-02T15:48:00.000Z', elapsedMinutes: 420, remainingMinutes: 540, percentUsed: 43.75, state: 'ok' });
		expect(result.response).toMatchObject({ ...RESPONSE_DUE, elapsedMinutes: 90, state: 'met' });
	});

	test('the response clock ignores resolved pauses, the resolution clock honours them', () => {
		const clock = freshClock({ status: 'reopened', pauses: [{ from: '2026-11-30T08:10:00.000Z', to: '2026-11-30T08:30:00.000Z', kind: 'resolved' }] });
		const result = computeRequestSla({ ...base, clock });
		expect([result.response?.elapsedMinutes, result.resolution?.elapsedMinutes]).toEqual([100, 80]);
	});

	test('a resolved request is met or missed on resolution', () => {
		const clock = answered({ status: 'resolved', resolvedAt: '2026-12-01T15:30:00.000Z' });
		const result = computeRequestSla({ ...base, now: '2026-12-05T12:00:00Z', clock });
		expect(result.resolution).toMatchObject({ ...RESOLUTION_DUE, elapsedMinutes: 990, state: 'missed' });
		expect(result.overall).toBe('missed');
		expect(result.next).toEqual({ target: 'resolution', ...RESOLUTION_DUE, state: 'missed' });
	});

	test.each<[string, Partial<RequestSlaInput>, RequestSla['overall']]>([
		['breached beats ok: no response by Monday 10:30 Berlin', { now: '2026-11-30T09:30:00Z' }, 'breached'],
		['missed beats ok: the response came late, resolution still running', { now: '2026-11-30T09:30:00Z', clock: answered({ firstResponseAt: '2026-11-30T09:30:00.000Z' }) }, 'missed'],
		['breached beats missed', { now: '2026-12-01T15:30:00Z', clock: answered({ firstResponseAt: '2026-11-30T09:30:00.000Z' }) }, 'breached'],
		['ok beats met', { now: '2026-11-30T09:30:00Z', clock: answered() }, 'ok'],
		['met when both are met', { now: '2026-11-30T09:30:00Z', clock: answered({ status: 'resolved', resolvedAt: '2026-11-30T09:00:00.000Z' }) }, 'met'],
		['warning beats met', { now: '2026-12-01T12:00:00Z', clock: answered() }, 'warning'],
		['none without targets', { responseMinutes: null, resolutionMinutes: null }, 'none'],
	])('overall is the worst state: %s', (_, overrides, overall) => {
		expect(computeRequestSla({ ...base, ...overrides }).overall).toBe(overall);
	});

	test.each<[string, Partial<RequestSlaInput>, RequestSla['next']]>([
		['no targets: no countdown', { responseMinutes: null, resolutionMinutes: null }, null],
		['no response target: resolution from the start', { responseMinutes: null }, { target: 'resolution', ...RESOLUTION_DUE, state: 'ok' }],
		['answered and no resolution target: nothing left to count', { resolutionMinutes: null, clock: answered() }, null],
		[
			'over Christmas: created Wed 23 Dec 16:00 Berlin, 24–27 Dec off, due Mon 28 Dec 10:00 Berlin',
			{ createdAt: '2026-12-23T15:00:00Z', now: '2026-12-23T15:10:00Z' },
			{ target: 'response', deadline: '2026-12-28T09:00:00.000Z', warnAt: '2026-12-28T08:36:00.000Z', state: 'ok' },
		],
	])('next: %s', (_, overrides, next) => {
		expect(computeRequestSla({ ...base, ...overrides }).next).toEqual(next);
	});

	test('passes warnAtPercent on to both clocks', () => {
		// Half of 120 is used up at Friday's closing (17:00 Berlin); half of 960 is 60 on Friday + 420 on Monday.
		const result = computeRequestSla({ ...base, warnAtPercent: 50 });
		expect([result.response?.warnAt, result.resolution?.warnAt]).toEqual(['2026-11-27T16:00:00.000Z', '2026-11-30T15:00:00.000Z']);
	});

	test.each<[string, () => unknown, string, string]>([
		['a fractional target', () => computeRequestSla({ ...base, responseMinutes: 1.5 }), 'CRM_INVALID_TYPE', 'responseMinutes'],
		['a forgotten resolution target', () => computeRequestSla({ ...base, resolutionMinutes: bad(undefined) }), 'CRM_REQUIRED_FIELD', 'resolutionMinutes'],
		['a clock without pauses', () => computeRequestSla({ ...base, clock: freshClock({ pauses: bad(null) }) }), 'CRM_REQUIRED_FIELD', 'clock.pauses'],
		['a creation time that is not one', () => computeRequestSla({ ...base, createdAt: 'yesterday' }), 'CRM_INVALID_FORMAT', 'startedAt'],
		['a calendar without zone', () => computeRequestSla({ ...base, calendar: bad({ ...BERLIN_OFFICE, timeZone: undefined }) }), 'CRM_REQUIRED_FIELD', 'calendar.timeZone'],
	])('refuses %s', (_, run, code, field) => expectCrmError(run, code, field));
});

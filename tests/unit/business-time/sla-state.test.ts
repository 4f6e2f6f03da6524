import { describe, expect, it } from 'vitest';
import { type SlaPause, type SlaState, slaState, type SlaStateInput } from '../../../packages/crm-core/src/index.ts';
import { BERLIN_OFFICE } from './business-calendars.ts';

// A one-hour target started Wed 25 Nov 2026 at 09:00 Berlin (08:00Z): warning from 48 minutes (80 %) at 08:48Z, due at 09:00Z.
const base: SlaStateInput = { startedAt: '2026-11-25T08:00:00Z', targetMinutes: 60, now: '2026-11-25T08:00:00Z', calendar: BERLIN_OFFICE };
const onTime = { deadline: '2026-11-25T09:00:00.000Z', warnAt: '2026-11-25T08:48:00.000Z' };

describe('slaState of an open request', () => {
	it.each<[string, string, SlaState]>([
		['ok at the start', '2026-11-25T08:00:00Z', { ...onTime, elapsedMinutes: 0, remainingMinutes: 60, percentUsed: 0, state: 'ok' }],
		['ok at half time', '2026-11-25T08:30:00Z', { ...onTime, elapsedMinutes: 30, remainingMinutes: 30, percentUsed: 50, state: 'ok' }],
		['warning at 80 %', '2026-11-25T08:48:00Z', { ...onTime, elapsedMinutes: 48, remainingMinutes: 12, percentUsed: 80, state: 'warning' }],
		['still warning at the deadline itself', '2026-11-25T09:00:00Z', { ...onTime, elapsedMinutes: 60, remainingMinutes: 0, percentUsed: 100, state: 'warning' }],
		['breached after the deadline, remaining going negative', '2026-11-25T10:00:00Z', { ...onTime, elapsedMinutes: 120, remainingMinutes: -60, percentUsed: 200, state: 'breached' }],
		['ok when this instance\'s clock reads a moment before the start', '2026-11-25T07:59:59Z', { ...onTime, elapsedMinutes: 0, remainingMinutes: 60, percentUsed: 0, state: 'ok' }],
	])('is %s', (_, now, expected) => {
		expect(slaState({ ...base, now })).toEqual(expected);
	});

	it('is breached after a Friday-evening deadline although no business minute passed since', () => {
		expect(slaState({ ...base, startedAt: '2026-11-27T15:00:00Z', now: '2026-11-28T10:00:00Z' })).toEqual({
			deadline: '2026-11-27T16:00:00.000Z',
			warnAt: '2026-11-27T15:48:00.000Z',
			elapsedMinutes: 60,
			remainingMinutes: 0,
			percentUsed: 100,
			state: 'breached',
		});
	});

	it('warns at the given percentage', () => {
		expect(slaState({ ...base, warnAtPercent: 50, now: '2026-11-25T08:30:00Z' })).toMatchObject({ warnAt: '2026-11-25T08:30:00.000Z', state: 'warning' });
	});

	it('runs on after a closed pause, the deadline moved by it', () => {
		const pauses: SlaPause[] = [{ from: '2026-11-25T08:30:00Z', to: '2026-11-25T10:00:00Z' }];
		expect(slaState({ ...base, pauses, now: '2026-11-25T10:10:00Z' })).toEqual({
			deadline: '2026-11-25T10:30:00.000Z',
			warnAt: '2026-11-25T10:18:00.000Z',
			elapsedMinutes: 40,
			remainingMinutes: 20,
			percentUsed: 200 / 3,
			state: 'ok',
		});
	});
});

describe('slaState while waiting for the customer (open pause)', () => {
	it.each<[string, string, SlaState]>([
		['paused with no deadline, paused before the warning', '2026-11-25T08:30:00Z', { deadline: null, warnAt: null, elapsedMinutes: 30, remainingMinutes: 30, percentUsed: 50, state: 'paused' }],
		['paused, keeping the warning moment already passed', '2026-11-25T08:50:00Z', { deadline: null, warnAt: '2026-11-25T08:48:00.000Z', elapsedMinutes: 50, remainingMinutes: 10, percentUsed: 250 / 3, state: 'paused' }],
		['still breached when paused after the deadline', '2026-11-25T09:30:00Z', { ...onTime, elapsedMinutes: 90, remainingMinutes: -30, percentUsed: 150, state: 'breached' }],
	])('is %s', (_, pausedFrom, expected) => {
		expect(slaState({ ...base, pauses: [{ from: pausedFrom, to: null }], now: '2026-11-26T12:00:00Z' })).toEqual(expected);
	});

	it('is not paused yet while the open pause lies ahead', () => {
		expect(slaState({ ...base, pauses: [{ from: '2026-11-25T08:50:00Z', to: null }], now: '2026-11-25T08:40:00Z' })).toMatchObject({ deadline: null, elapsedMinutes: 40, state: 'ok' });
	});
});

describe('slaState of a completed request', () => {
	it.each<[string, string, number, SlaState['state']]>([
		['met when completed before the deadline', '2026-11-25T08:50:00Z', 50, 'met'],
		['met when completed at the deadline', '2026-11-25T09:00:00Z', 60, 'met'],
		['missed when completed after it', '2026-11-25T09:30:00Z', 90, 'missed'],
		['missed when completed on Monday after a Wednesday deadline', '2026-11-30T08:00:00Z', 60 + 2 * 480 + 420, 'missed'],
	])('is %s, counting up to completion', (_, completedAt, elapsedMinutes, state) => {
		expect(slaState({ ...base, completedAt, now: '2026-12-02T12:00:00Z' })).toMatchObject({ ...onTime, elapsedMinutes, state });
	});

	it('is met when completed during an open pause that started before the deadline', () => {
		const pauses: SlaPause[] = [{ from: '2026-11-25T08:30:00Z', to: null }];
		expect(slaState({ ...base, pauses, completedAt: '2026-11-26T12:00:00Z', now: '2026-11-26T12:00:00Z' })).toMatchObject({ deadline: null, elapsedMinutes: 30, state: 'met' });
	});

	it('makes a target of 0 minutes due at the start: met only when completed at once', () => {
		expect(slaState({ ...base, targetMinutes: 0, completedAt: base.startedAt })).toMatchObject({ deadline: '2026-11-25T08:00:00.000Z', percentUsed: 100, state: 'met' });
		expect(slaState({ ...base, targetMinutes: 0, now: '2026-11-25T08:01:00Z' })).toMatchObject({ state: 'breached' });
	});
});

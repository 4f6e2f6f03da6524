import { describe, expect, it } from 'vitest';
import {
	countdown,
	countdownTitle,
	formatMinutes,
	formatTimeLeft,
	formatTimeOver,
	NONE_LABEL,
	parseSlaClock,
	REFRESH_MS,
} from '../../../extensions/interfaces/crm-sla-countdown/src/sla-countdown.ts';

const NOW = Date.parse('2026-11-17T12:00:00Z');
const MIN = 60_000;
const at = (offsetMinutes: number) => new Date(NOW + offsetMinutes * MIN).toISOString();

/** A resolution clock due at 14:15 with the warning from 13:00. */
const running = { state: 'ok', target: 'resolution', due_at: '2026-11-17T14:15:00Z', warn_at: '2026-11-17T13:00:00Z' } as const;

describe('formatMinutes', () => {
	it.each([
		[0, '0 min'],
		[1, '1 min'],
		[45, '45 min'],
		[59, '59 min'],
		[60, '1 h'],
		[135, '2 h 15 min'],
		[1439, '23 h 59 min'],
		[1440, '1 d'],
		[1440 * 3 + 4 * 60 + 59, '3 d 4 h'],
		[-5, '0 min'],
		[44.9, '44 min'],
	])('%d → %s', (minutes, text) => {
		expect(formatMinutes(minutes)).toBe(text);
	});

	it('rounds time left up and time over down (at least a minute)', () => {
		expect(formatTimeLeft(30_000)).toBe('1 min');
		expect(formatTimeLeft(2 * 60 * MIN + 14 * MIN + 1)).toBe('2 h 15 min');
		expect(formatTimeOver(30_000)).toBe('1 min');
		expect(formatTimeOver(45 * MIN + 59_000)).toBe('45 min');
	});
});

describe('parseSlaClock', () => {
	it('reads an object or its JSON text', () => {
		expect(parseSlaClock(running)).toEqual(running);
		expect(parseSlaClock(JSON.stringify(running))).toEqual(running);
	});

	it('is null for nothing, blank or unreadable text and non-objects', () => {
		for (const value of [null, undefined, '', '  ', '{oops', '[]', [], 42, 'null']) expect(parseSlaClock(value)).toBeNull();
	});

	it('reads an unknown state as none and drops fields of the wrong type', () => {
		expect(parseSlaClock({ state: 'late', target: 'other', due_at: 5, warn_at: null })).toEqual({ state: 'none', target: null, due_at: null, warn_at: null });
	});
});

describe('countdown', () => {
	it('shows the time left in green before the warning', () => {
		expect(countdown(running, NOW)).toEqual({ label: '2 h 15 min', tone: 'ok', dueAt: running.due_at, target: 'resolution' });
	});

	it('turns amber from warn_at on although the server said ok', () => {
		expect(countdown(running, Date.parse('2026-11-17T13:00:00Z'))).toMatchObject({ label: '1 h 15 min', tone: 'warning' });
		expect(countdown(running, Date.parse('2026-11-17T14:14:30Z'))).toMatchObject({ label: '1 min', tone: 'warning' });
	});

	it('turns red with the time over once the deadline has passed', () => {
		expect(countdown(running, Date.parse('2026-11-17T14:15:00Z'))).toMatchObject({ label: '−1 min', tone: 'breached' });
		expect(countdown(running, Date.parse('2026-11-17T15:00:00Z'))).toMatchObject({ label: '−45 min', tone: 'breached' });
		expect(countdown(running, Date.parse('2026-11-18T16:15:00Z'))).toMatchObject({ label: '−1 d 2 h', tone: 'breached' });
	});

	it('goes by the time, not by a stale state from the server', () => {
		expect(countdown({ ...running, state: 'warning' }, NOW)).toMatchObject({ tone: 'ok' });
		expect(countdown({ ...running, state: 'breached', due_at: at(30), warn_at: at(-10) }, NOW)).toMatchObject({ label: '30 min', tone: 'warning' });
		expect(countdown({ ...running, state: 'ok', due_at: at(-5), warn_at: at(-20) }, NOW)).toMatchObject({ label: '−5 min', tone: 'breached' });
	});

	it('falls back on the stored state for the warning when warn_at is missing', () => {
		expect(countdown({ state: 'ok', target: 'response', due_at: at(90), warn_at: null }, NOW)).toMatchObject({ label: '1 h 30 min', tone: 'ok' });
		expect(countdown({ state: 'warning', target: 'response', due_at: at(10), warn_at: null }, NOW)).toMatchObject({ label: '10 min', tone: 'warning' });
	});

	it('labels a running clock without a readable deadline by its stored state', () => {
		expect(countdown({ state: 'ok', target: 'response', due_at: null, warn_at: null }, NOW)).toMatchObject({ label: 'on time', tone: 'ok' });
		expect(countdown({ state: 'warning', target: 'response', due_at: 'soon', warn_at: null }, NOW)).toMatchObject({ label: 'warning', tone: 'warning' });
		expect(countdown({ state: 'breached', target: 'response', due_at: null, warn_at: null }, NOW)).toMatchObject({ label: 'breached', tone: 'breached' });
	});

	it('shows paused, met and missed whatever the deadline', () => {
		expect(countdown({ ...running, state: 'paused', due_at: null }, NOW)).toMatchObject({ label: 'paused', tone: 'paused' });
		expect(countdown({ ...running, state: 'paused', due_at: at(-60) }, NOW)).toMatchObject({ label: 'paused', tone: 'paused' });
		expect(countdown({ ...running, state: 'met' }, NOW)).toMatchObject({ label: 'met', tone: 'met' });
		expect(countdown({ ...running, state: 'missed' }, NOW)).toMatchObject({ label: 'missed', tone: 'missed' });
	});

	it('shows a dash for none, null and unreadable values', () => {
		expect(NONE_LABEL).toBe('—');
		for (const value of [null, undefined, '', 'not json', { state: 'none', target: null, due_at: null, warn_at: null }]) {
			expect(countdown(value, NOW)).toMatchObject({ label: '—', tone: 'none' });
		}
	});

	it('reads JSON text and takes a Date as now', () => {
		expect(countdown(JSON.stringify(running), new Date(NOW))).toMatchObject({ label: '2 h 15 min', tone: 'ok' });
	});

	it('is worked out again every 30 seconds', () => {
		expect(REFRESH_MS).toBe(30_000);
	});
});

describe('countdownTitle', () => {
	const format = (ms: number) => new Date(ms).toISOString();

	it('names the target and its deadline', () => {
		expect(countdownTitle(countdown(running, NOW), format)).toBe('Resolution due 2026-11-17T14:15:00.000Z');
		expect(countdownTitle(countdown({ ...running, target: 'response', state: 'paused' }, NOW), format)).toBe('Response clock paused');
		expect(countdownTitle(countdown({ ...running, target: null, state: 'met' }, NOW), format)).toBe('SLA target met');
		expect(countdownTitle(countdown({ ...running, state: 'missed' }, NOW), format)).toBe('Resolution target missed');
		expect(countdownTitle(countdown({ ...running, due_at: null }, NOW), format)).toBe('Resolution: on time');
		expect(countdownTitle(countdown(null, NOW), format)).toBeNull();
	});
});

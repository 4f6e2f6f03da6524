import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, ALWAYS_OPEN, type BusinessCalendar } from '../../../packages/crm-core/src/index.ts';
import { BERLIN_24X7, BERLIN_OFFICE, BERLIN_SEVEN_DAYS, officeIn, SPLIT_SHIFT } from './business-calendars.ts';

describe('addBusinessMinutes on a Berlin office calendar (Mon–Fri 09:00–17:00 CET = 08:00Z–16:00Z)', () => {
	it.each<[string, string | number, number, string]>([
		['within one working day', '2026-11-25T08:00:00Z', 90, '2026-11-25T09:30:00.000Z'],
		['used up exactly at closing time: due at closing, not next morning', '2026-11-25T08:00:00Z', 480, '2026-11-25T16:00:00.000Z'],
		['across a night', '2026-11-25T15:00:00Z', 120, '2026-11-26T09:00:00.000Z'],
		['across a weekend', '2026-11-27T15:30:00Z', 60, '2026-11-30T08:30:00.000Z'],
		['across two holidays and a weekend', '2026-12-23T15:00:00Z', 120, '2026-12-28T09:00:00.000Z'],
		['a whole working week', '2026-11-23T08:00:00Z', 5 * 480, '2026-11-27T16:00:00.000Z'],
		['one minute past a working week', '2026-11-23T08:00:00Z', 5 * 480 + 1, '2026-11-30T08:01:00.000Z'],
		['starting before opening', '2026-11-25T05:00:00Z', 30, '2026-11-25T08:30:00.000Z'],
		['starting after closing', '2026-11-25T19:00:00Z', 30, '2026-11-26T08:30:00.000Z'],
		['starting on a Sunday', '2026-11-29T12:00:00Z', 30, '2026-11-30T08:30:00.000Z'],
		['starting on a holiday', '2026-12-24T10:00:00Z', 60, '2026-12-28T09:00:00.000Z'],
		['starting at 00:30 Berlin time, still 23:30 the day before in UTC', '2026-11-26T23:30:00Z', 60, '2026-11-27T09:00:00.000Z'],
		['starting with an offset instead of Z', '2026-11-25T09:00:00+01:00', 90, '2026-11-25T09:30:00.000Z'],
		['starting at epoch milliseconds', Date.UTC(2026, 10, 25, 8), 90, '2026-11-25T09:30:00.000Z'],
		['half a minute', '2026-11-25T08:00:00Z', 0.5, '2026-11-25T08:00:30.000Z'],
	])('%s', (_, start, minutes, deadline) => {
		expect(addBusinessMinutes(start, minutes, BERLIN_OFFICE)).toBe(deadline);
	});

	it.each([
		['inside working hours', '2026-11-25T10:00:00Z', '2026-11-25T10:00:00.000Z'],
		['on a Sunday', '2026-11-29T12:00:00Z', '2026-11-29T12:00:00.000Z'],
		['at night', '2026-11-25T23:00:00+01:00', '2026-11-25T22:00:00.000Z'],
	])('makes a target of 0 minutes due at the start itself, %s', (_, start, deadline) => {
		expect(addBusinessMinutes(start, 0, BERLIN_OFFICE)).toBe(deadline);
	});
});

describe('addBusinessMinutes with split shifts (09:00–12:00, 13:00–17:00 Berlin)', () => {
	it.each([
		['skips the lunch break', '2026-11-25T10:30:00Z', 60, '2026-11-25T12:30:00.000Z'],
		['starts after lunch when started during it', '2026-11-25T11:15:00Z', 30, '2026-11-25T12:30:00.000Z'],
		['fills the day with 7 hours', '2026-11-25T08:00:00Z', 420, '2026-11-25T16:00:00.000Z'],
		['goes on next morning from the 421st minute', '2026-11-25T08:00:00Z', 421, '2026-11-26T08:01:00.000Z'],
		['ends at the start of lunch when used up there', '2026-11-25T08:00:00Z', 180, '2026-11-25T11:00:00.000Z'],
	])('%s', (_, start, minutes, deadline) => {
		expect(addBusinessMinutes(start, minutes, SPLIT_SHIFT)).toBe(deadline);
	});
});

describe('addBusinessMinutes in different time zones', () => {
	// Wed 2026-11-25 20:00Z is 21:00 in Berlin (closed), 15:00 in New York (open), Thu 05:00 in Tokyo (not yet open).
	it.each([
		['Europe/Berlin', '2026-11-26T09:00:00.000Z'],
		['America/New_York', '2026-11-25T21:00:00.000Z'],
		['Asia/Tokyo', '2026-11-26T01:00:00.000Z'],
	])('gives the same request a different deadline on a %s office calendar', (timeZone, deadline) => {
		expect(addBusinessMinutes('2026-11-25T20:00:00Z', 60, officeIn(timeZone))).toBe(deadline);
	});

	it('reads holidays in the calendar zone: 1 Jan in Tokyo starts at 15:00Z on 31 Dec', () => {
		const tokyo = officeIn('Asia/Tokyo', ['2027-01-01']);
		// Thu 31 Dec 2026 16:30 Tokyo (07:30Z) + 60: 30 minutes on Thursday, Friday 1 Jan off, Monday 4 Jan from 09:00 Tokyo.
		expect(addBusinessMinutes('2026-12-31T07:30:00Z', 60, tokyo)).toBe('2027-01-04T00:30:00.000Z');
	});

	it('makes a 24×7 calendar the same in every zone', () => {
		for (const timeZone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo']) {
			expect(addBusinessMinutes('2026-03-28T12:00:00Z', 3 * 1440, { ...ALWAYS_OPEN, timeZone })).toBe('2026-03-31T12:00:00.000Z');
		}
	});
});

describe('addBusinessMinutes on days the clocks change (Europe/Berlin 2026)', () => {
	it.each([
		// Sun 29 Mar: 02:00 CET → 03:00 CEST, so 09:00 is 07:00Z that day instead of 08:00Z.
		['spring forward: Sunday opens at 09:00 CEST', '2026-03-28T15:00:00Z', 120, '2026-03-29T08:00:00.000Z'],
		['spring forward: a 09:00–17:00 day is still 8 hours', '2026-03-29T00:00:00Z', 480, '2026-03-29T15:00:00.000Z'],
		// Sun 25 Oct: 03:00 CEST → 02:00 CET, so 09:00 is 08:00Z that day instead of 07:00Z.
		['fall back: Sunday opens at 09:00 CET', '2026-10-24T14:00:00Z', 120, '2026-10-25T09:00:00.000Z'],
		['fall back: a 09:00–17:00 day is still 8 hours', '2026-10-25T00:00:00Z', 480, '2026-10-25T16:00:00.000Z'],
	])('%s', (_, start, minutes, deadline) => {
		expect(addBusinessMinutes(start, minutes, BERLIN_SEVEN_DAYS)).toBe(deadline);
	});

	it.each([
		// From Berlin midnight, 24 real hours end at 01:00 wall clock after the 23-hour day …
		['spring forward', '2026-03-28T23:00:00Z', '2026-03-29T23:00:00.000Z'],
		// … and at 23:00 wall clock on the 25-hour day.
		['fall back', '2026-10-24T22:00:00Z', '2026-10-25T22:00:00.000Z'],
	])('counts real elapsed time on a 24×7 calendar across the %s night', (_, start, deadline) => {
		expect(addBusinessMinutes(start, 1440, BERLIN_24X7)).toBe(deadline);
	});
});

describe('addBusinessMinutes with pauses (waiting for the customer)', () => {
	const start = '2026-11-25T08:00:00Z';
	it.each<[string, string, number, { from: string; to: string | null }[], string | null]>([
		['stops the clock inside working time', start, 120, [{ from: '2026-11-25T08:30:00Z', to: '2026-11-25T09:00:00Z' }], '2026-11-25T10:30:00.000Z'],
		['stops it across a night', '2026-11-25T14:00:00Z', 120, [{ from: '2026-11-25T15:00:00Z', to: '2026-11-26T09:00:00Z' }], '2026-11-26T10:00:00.000Z'],
		[
			'counts overlapping pauses once',
			start,
			120,
			[
				{ from: '2026-11-25T08:30:00Z', to: '2026-11-25T09:30:00Z' },
				{ from: '2026-11-25T09:00:00Z', to: '2026-11-25T10:00:00Z' },
			],
			'2026-11-25T11:30:00.000Z',
		],
		['ignores a pause in non-working time', '2026-11-25T15:00:00Z', 120, [{ from: '2026-11-25T17:00:00Z', to: '2026-11-26T07:00:00Z' }], '2026-11-26T09:00:00.000Z'],
		['ignores a pause before the start', start, 60, [{ from: '2026-11-24T09:00:00Z', to: '2026-11-24T12:00:00Z' }], '2026-11-25T09:00:00.000Z'],
		['holds the clock when the start falls in a pause', start, 60, [{ from: '2026-11-25T07:00:00Z', to: '2026-11-25T08:30:00Z' }], '2026-11-25T09:30:00.000Z'],
		['has no deadline while an open pause holds the clock', start, 120, [{ from: '2026-11-25T09:00:00Z', to: null }], null],
		['keeps a deadline reached before an open pause began', start, 60, [{ from: '2026-11-25T12:00:00Z', to: null }], '2026-11-25T09:00:00.000Z'],
		[
			'takes pauses in any order',
			start,
			120,
			[
				{ from: '2026-11-25T10:00:00Z', to: '2026-11-25T10:30:00Z' },
				{ from: '2026-11-25T08:30:00Z', to: '2026-11-25T09:00:00Z' },
			],
			'2026-11-25T11:00:00.000Z',
		],
	])('%s', (_, from, minutes, pauses, deadline) => {
		expect(addBusinessMinutes(from, minutes, BERLIN_OFFICE, pauses)).toBe(deadline);
	});
});

describe('addBusinessMinutes over long targets', () => {
	it('walks a month-long target by working interval, not by minute', () => {
		// 22 working days of 7 hours from Mon 2 Nov 2026 09:00 CET: Mon 2 Nov … Tue 1 Dec, closing time.
		const started = performance.now();
		for (let i = 0; i < 200; i++) expect(addBusinessMinutes('2026-11-02T08:00:00Z', 22 * 420, SPLIT_SHIFT)).toBe('2026-12-01T16:00:00.000Z');
		// Generous bound: a minute-by-minute walk would need over 40,000 steps per deadline.
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('gives up with a clear error when holidays leave no working time for ten years', () => {
		const mondays = Array.from({ length: 600 }, (_, week) => new Date(Date.UTC(2026, 10, 23 + 7 * week)).toISOString().slice(0, 10));
		const calendar: BusinessCalendar = { timeZone: 'Europe/Berlin', weeklyHours: { 1: [{ from: '09:00', to: '17:00' }] }, holidays: mondays };
		expect(() => addBusinessMinutes('2026-11-23T08:00:00Z', 60, calendar)).toThrow(
			expect.objectContaining({ code: 'CRM_OUT_OF_RANGE', details: { field: 'calendar', horizonDays: 3653 } }),
		);
	});
});

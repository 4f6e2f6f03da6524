import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, ALWAYS_OPEN, type BusinessCalendar, businessMinutesBetween, type SlaPause } from '../../../packages/crm-core/src/index.ts';
import { BERLIN_24X7, BERLIN_OFFICE, BERLIN_SEVEN_DAYS, officeIn, SPLIT_SHIFT } from './business-calendars.ts';

describe('businessMinutesBetween', () => {
	it.each<[string, string, string, BusinessCalendar, number]>([
		['nothing from an instant to itself', '2026-11-25T10:00:00Z', '2026-11-25T10:00:00Z', BERLIN_OFFICE, 0],
		['the minutes within a working day', '2026-11-25T08:00:00Z', '2026-11-25T09:30:00Z', BERLIN_OFFICE, 90],
		['only working hours across a night', '2026-11-25T15:00:00Z', '2026-11-26T09:00:00Z', BERLIN_OFFICE, 120],
		['nothing over a weekend', '2026-11-27T16:00:00Z', '2026-11-30T08:00:00Z', BERLIN_OFFICE, 0],
		['a working week as 40 hours', '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z', BERLIN_OFFICE, 2400],
		['no minutes on holidays', '2026-12-23T16:00:00Z', '2026-12-28T08:00:00Z', BERLIN_OFFICE, 0],
		['seconds as fractions of a minute', '2026-11-25T08:00:00Z', '2026-11-25T08:00:30Z', BERLIN_OFFICE, 0.5],
		['split shifts without the lunch break', '2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z', SPLIT_SHIFT, 420],
		['a 09:00–17:00 spring-forward day as 8 hours', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', BERLIN_SEVEN_DAYS, 480],
		['a 09:00–17:00 fall-back day as 8 hours', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', BERLIN_SEVEN_DAYS, 480],
		['a 24×7 spring-forward day as 23 real hours', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', BERLIN_24X7, 1380],
		['a 24×7 fall-back day as 25 real hours', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', BERLIN_24X7, 1500],
		['a 24×7 UTC day as 24 hours', '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z', ALWAYS_OPEN, 1440],
		[
			'a Santiago Sunday whose midnight the clocks skip as 23 hours',
			'2026-09-05T00:00:00Z',
			'2026-09-08T00:00:00Z',
			{ timeZone: 'America/Santiago', weeklyHours: { 7: [{ from: '00:00', to: '24:00' }] }, holidays: [] },
			1380,
		],
		['a 24×7 holiday of 23 hours as nothing', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', { ...BERLIN_24X7, holidays: ['2026-03-29'] }, 0],
	])('counts %s', (_, from, to, calendar, minutes) => {
		expect(businessMinutesBetween(from, to, calendar)).toBe(minutes);
	});

	// Boundaries are "the first moment the clock shows that time": a skipped time is the jump itself, a
	// repeated one its first occurrence. So adjacent intervals never overlap and none runs backwards.
	const sundayNight = (...intervals: [string, string][]): BusinessCalendar => ({
		timeZone: 'Europe/Berlin',
		weeklyHours: { 7: intervals.map(([from, to]) => ({ from, to })) },
		holidays: [],
	});
	it.each<[string, BusinessCalendar, string, string, number]>([
		['an ordinary Sunday', sundayNight(['02:30', '03:30']), '2026-03-21T23:00:00Z', '2026-03-22T23:00:00Z', 60],
		['spring forward, 02:30 skipped: from the jump at 03:00 CEST', sundayNight(['02:30', '03:30']), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 30],
		['fall back, 02:30 shown twice: from its first showing', sundayNight(['02:30', '03:30']), '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 120],
		['spring forward, two intervals meeting at 02:30', sundayNight(['00:00', '02:30'], ['02:30', '24:00']), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 1380],
		['fall back, two intervals meeting at 02:30', sundayNight(['00:00', '02:30'], ['02:30', '24:00']), '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 1500],
	])('on a night shift: %s', (_, calendar, from, to, minutes) => {
		expect(businessMinutesBetween(from, to, calendar)).toBe(minutes);
	});

	it.each<[string, SlaPause[], number]>([
		['leaves out a pause inside working time', [{ from: '2026-11-25T09:00:00Z', to: '2026-11-25T10:00:00Z' }], 480],
		['counts overlapping pauses once', [{ from: '2026-11-25T09:00:00Z', to: '2026-11-25T10:00:00Z' }, { from: '2026-11-25T09:30:00Z', to: '2026-11-25T11:00:00Z' }], 420],
		['stops counting at an open pause', [{ from: '2026-11-25T10:00:00Z', to: null }], 120],
		['leaves out a pause spanning the night', [{ from: '2026-11-25T15:00:00Z', to: '2026-11-26T09:00:00Z' }], 420],
	])('%s', (_, pauses, minutes) => {
		// Wed 08:00Z → Thu 09:00Z is 8 + 1 = 9 working hours without pauses.
		expect(businessMinutesBetween('2026-11-25T08:00:00Z', '2026-11-26T09:00:00Z', BERLIN_OFFICE, pauses)).toBe(minutes);
	});
});

describe('businessMinutesBetween and addBusinessMinutes', () => {
	const calendars: [string, BusinessCalendar][] = [
		['Berlin office', BERLIN_OFFICE],
		['split shifts', SPLIT_SHIFT],
		['seven days', BERLIN_SEVEN_DAYS],
		['24×7 Berlin', BERLIN_24X7],
		['New York office', officeIn('America/New_York', ['2026-11-26'])],
	];
	const starts = [
		'2026-11-25T08:00:00Z', // opening
		'2026-11-25T11:37:00Z', // mid-day, mid-lunch for split shifts
		'2026-11-27T15:59:00Z', // a minute before the weekend
		'2026-11-29T12:00:00Z', // Sunday
		'2026-12-23T23:30:00Z', // the night before a holiday
		'2026-03-28T20:00:00Z', // the evening before spring forward
		'2026-10-24T23:59:00Z', // the night of fall back
		'2026-03-08T06:59:00Z', // the night New York springs forward
	];
	const targets = [0, 1, 30, 59, 60, 61, 179, 420, 480, 481, 1440, 2400, 10_000];
	const pauses: SlaPause[] = [
		{ from: '2026-11-25T09:00:00Z', to: '2026-11-25T09:45:00Z' },
		{ from: '2026-11-25T09:30:00Z', to: '2026-11-26T10:00:00Z' },
		{ from: '2026-03-29T07:30:00Z', to: '2026-03-29T08:00:00Z' },
	];

	it.each(calendars)('round-trips every target from every start on the %s calendar', (_, calendar) => {
		for (const start of starts) {
			for (const minutes of targets) {
				for (const withPauses of [undefined, pauses]) {
					const deadline = addBusinessMinutes(start, minutes, calendar, withPauses);
					expect(deadline).not.toBeNull();
					expect({ start, minutes, withPauses: withPauses !== undefined, used: businessMinutesBetween(start, deadline!, calendar, withPauses) }).toEqual({
						start,
						minutes,
						withPauses: withPauses !== undefined,
						used: minutes,
					});
				}
			}
		}
	});

	it('puts the deadline at the first moment the target is used up', () => {
		// A millisecond earlier the target is not yet reached.
		for (const [, calendar] of calendars) {
			for (const start of starts) {
				const deadline = Date.parse(addBusinessMinutes(start, 61, calendar)!);
				expect(businessMinutesBetween(start, deadline - 1, calendar)).toBeLessThan(61);
			}
		}
	});
});

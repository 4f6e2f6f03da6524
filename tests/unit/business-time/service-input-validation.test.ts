import { describe, expect, it } from 'vitest';
import {
	addBusinessMinutes,
	ALWAYS_OPEN,
	assertValidBusinessCalendar,
	type BusinessCalendar,
	businessMinutesBetween,
	type CrmErrorCode,
	slaState,
	type SlaStateInput,
} from '../../../packages/crm-core/src/index.ts';
import { BERLIN_OFFICE, SPLIT_SHIFT } from './business-calendars.ts';

function rejection(code: CrmErrorCode, field: string) {
	return expect.objectContaining({ name: 'CrmError', code, details: expect.objectContaining({ field }) });
}

const nineToFive = [{ from: '09:00', to: '17:00' }];
const withHours = (weeklyHours: unknown): unknown => ({ ...BERLIN_OFFICE, weeklyHours });

describe('assertValidBusinessCalendar', () => {
	it.each<[string, unknown]>([
		['an office calendar', BERLIN_OFFICE],
		['split shifts listed out of order', SPLIT_SHIFT],
		['24×7', ALWAYS_OPEN],
		['intervals that touch', withHours({ 1: [{ from: '09:00', to: '12:00' }, { from: '12:00', to: '17:00' }] })],
		['a day ending at midnight', withHours({ 6: [{ from: '18:00', to: '24:00' }] })],
		['a day off written as an empty list or null', withHours({ 1: nineToFive, 6: [], 7: null })],
	])('accepts %s', (_, calendar) => {
		expect(() => assertValidBusinessCalendar(calendar)).not.toThrow();
	});

	it.each<[string, unknown, CrmErrorCode, string]>([
		['no calendar', undefined, 'CRM_REQUIRED_FIELD', 'calendar'],
		['a list', [], 'CRM_INVALID_TYPE', 'calendar'],
		['no time zone', { ...BERLIN_OFFICE, timeZone: '' }, 'CRM_REQUIRED_FIELD', 'calendar.timeZone'],
		['a time zone that is a number', { ...BERLIN_OFFICE, timeZone: 1 }, 'CRM_INVALID_TYPE', 'calendar.timeZone'],
		['an unknown time zone', { ...BERLIN_OFFICE, timeZone: 'Mars/Olympus_Mons' }, 'CRM_INVALID_FORMAT', 'calendar.timeZone'],
		['no weekly hours', { ...BERLIN_OFFICE, weeklyHours: undefined }, 'CRM_REQUIRED_FIELD', 'calendar.weeklyHours'],
		['weekly hours as a list', withHours([nineToFive]), 'CRM_INVALID_TYPE', 'calendar.weeklyHours'],
		['weekday 8', withHours({ 8: nineToFive }), 'CRM_OUT_OF_RANGE', 'calendar.weeklyHours.8'],
		['weekday 0', withHours({ 0: nineToFive }), 'CRM_OUT_OF_RANGE', 'calendar.weeklyHours.0'],
		['a day that is not a list', withHours({ 1: { from: '09:00', to: '17:00' } }), 'CRM_INVALID_TYPE', 'calendar.weeklyHours.1'],
		['an interval that is text', withHours({ 1: ['09:00-17:00'] }), 'CRM_INVALID_TYPE', 'calendar.weeklyHours.1[0]'],
		['a start without a leading zero', withHours({ 2: [{ from: '9:00', to: '17:00' }] }), 'CRM_INVALID_FORMAT', 'calendar.weeklyHours.2[0].from'],
		['a start at 24:00', withHours({ 2: [{ from: '24:00', to: '24:00' }] }), 'CRM_INVALID_FORMAT', 'calendar.weeklyHours.2[0].from'],
		['an end at 25:00', withHours({ 2: [{ from: '09:00', to: '25:00' }] }), 'CRM_INVALID_FORMAT', 'calendar.weeklyHours.2[0].to'],
		['an end with seconds', withHours({ 2: [{ from: '09:00', to: '17:00:00' }] }), 'CRM_INVALID_FORMAT', 'calendar.weeklyHours.2[0].to'],
		['an interval ending before it starts', withHours({ 3: [{ from: '17:00', to: '09:00' }] }), 'CRM_OUT_OF_RANGE', 'calendar.weeklyHours.3[0].to'],
		['an empty interval', withHours({ 3: [{ from: '09:00', to: '09:00' }] }), 'CRM_OUT_OF_RANGE', 'calendar.weeklyHours.3[0].to'],
		['overlapping intervals', withHours({ 4: [{ from: '13:00', to: '17:00' }, { from: '09:00', to: '13:30' }] }), 'CRM_OUT_OF_RANGE', 'calendar.weeklyHours.4[0]'],
		['a week without working time', withHours({ 1: [], 7: null }), 'CRM_REQUIRED_FIELD', 'calendar.weeklyHours'],
		['no holidays list', { ...BERLIN_OFFICE, holidays: undefined }, 'CRM_REQUIRED_FIELD', 'calendar.holidays'],
		['holidays as text', { ...BERLIN_OFFICE, holidays: '2026-12-25' }, 'CRM_INVALID_TYPE', 'calendar.holidays'],
		['a holiday that is not a day', { ...BERLIN_OFFICE, holidays: ['2026-12-25', '2026-02-30'] }, 'CRM_INVALID_FORMAT', 'calendar.holidays[1]'],
		['a holiday with a time', { ...BERLIN_OFFICE, holidays: ['2026-12-25T00:00:00Z'] }, 'CRM_INVALID_FORMAT', 'calendar.holidays[0]'],
	])('refuses %s', (_, calendar, code, field) => {
		expect(() => assertValidBusinessCalendar(calendar)).toThrow(rejection(code, field));
	});

	it('names fields under the prefix it is given', () => {
		expect(() => assertValidBusinessCalendar({ ...BERLIN_OFFICE, timeZone: 'CET+1' }, 'business_calendar')).toThrow(rejection('CRM_INVALID_FORMAT', 'business_calendar.timeZone'));
	});

	it('is checked by the clock functions too', () => {
		const broken = { ...BERLIN_OFFICE, timeZone: 'Nowhere' } as BusinessCalendar;
		expect(() => addBusinessMinutes('2026-11-25T08:00:00Z', 60, broken)).toThrow(rejection('CRM_INVALID_FORMAT', 'calendar.timeZone'));
		expect(() => businessMinutesBetween('2026-11-25T08:00:00Z', '2026-11-25T09:00:00Z', broken)).toThrow(rejection('CRM_INVALID_FORMAT', 'calendar.timeZone'));
	});
});

describe('addBusinessMinutes input', () => {
	it.each<[string, unknown, CrmErrorCode]>([
		['no start', undefined, 'CRM_REQUIRED_FIELD'],
		['a start without a zone', '2026-11-25T09:00:00', 'CRM_INVALID_FORMAT'],
		['a day without a time', '2026-11-25', 'CRM_INVALID_FORMAT'],
		['a start on a day that does not exist', '2026-02-30T09:00:00Z', 'CRM_INVALID_FORMAT'],
		['a start at 24:30', '2026-11-25T24:30:00Z', 'CRM_INVALID_FORMAT'],
		['free text', 'tomorrow', 'CRM_INVALID_FORMAT'],
		['fractional epoch milliseconds', 1.5, 'CRM_OUT_OF_RANGE'],
		['NaN', Number.NaN, 'CRM_OUT_OF_RANGE'],
		['a Date object', new Date('2026-11-25T08:00:00Z'), 'CRM_INVALID_TYPE'],
	])('refuses %s', (_, start, code) => {
		expect(() => addBusinessMinutes(start as string, 60, BERLIN_OFFICE)).toThrow(rejection(code, 'start'));
	});

	it.each<[string, unknown, CrmErrorCode]>([
		['negative minutes', -1, 'CRM_OUT_OF_RANGE'],
		['infinite minutes', Number.POSITIVE_INFINITY, 'CRM_OUT_OF_RANGE'],
		['minutes as text', '60', 'CRM_INVALID_TYPE'],
		['no minutes', undefined, 'CRM_REQUIRED_FIELD'],
	])('refuses %s', (_, minutes, code) => {
		expect(() => addBusinessMinutes('2026-11-25T08:00:00Z', minutes as number, BERLIN_OFFICE)).toThrow(rejection(code, 'minutes'));
	});

	it.each<[string, unknown, CrmErrorCode, string]>([
		['pauses that are not a list', { from: '2026-11-25T09:00:00Z', to: null }, 'CRM_INVALID_TYPE', 'pauses'],
		['a pause that is text', ['2026-11-25T09:00:00Z'], 'CRM_INVALID_TYPE', 'pauses[0]'],
		['a pause without a start', [{ to: '2026-11-25T09:00:00Z' }], 'CRM_REQUIRED_FIELD', 'pauses[0].from'],
		['a pause without an end (null means still paused)', [{ from: '2026-11-25T09:00:00Z' }], 'CRM_REQUIRED_FIELD', 'pauses[0].to'],
		['a pause ending before it starts', [{ from: '2026-11-25T09:00:00Z', to: '2026-11-25T10:00:00Z' }, { from: '2026-11-25T11:00:00Z', to: '2026-11-25T10:30:00Z' }], 'CRM_OUT_OF_RANGE', 'pauses[1].to'],
		['a pause with a bad end', [{ from: '2026-11-25T09:00:00Z', to: 'soon' }], 'CRM_INVALID_FORMAT', 'pauses[0].to'],
	])('refuses %s', (_, pauses, code, field) => {
		expect(() => addBusinessMinutes('2026-11-25T08:00:00Z', 60, BERLIN_OFFICE, pauses as never)).toThrow(rejection(code, field));
	});
});

describe('businessMinutesBetween input', () => {
	it.each<[string, string, string, string]>([
		['an end before the start', '2026-11-25T10:00:00Z', '2026-11-25T09:00:00Z', 'to'],
		['a span of more than ten years', '2016-01-01T00:00:00Z', '2026-11-25T09:00:00Z', 'to'],
	])('refuses %s', (_, from, to, field) => {
		expect(() => businessMinutesBetween(from, to, BERLIN_OFFICE)).toThrow(rejection('CRM_OUT_OF_RANGE', field));
	});

	it('names the bad end', () => {
		expect(() => businessMinutesBetween('2026-11-25T09:00:00Z', 'later', BERLIN_OFFICE)).toThrow(rejection('CRM_INVALID_FORMAT', 'to'));
		expect(() => businessMinutesBetween('earlier', '2026-11-25T09:00:00Z', BERLIN_OFFICE)).toThrow(rejection('CRM_INVALID_FORMAT', 'from'));
	});
});

describe('slaState input', () => {
	const base: SlaStateInput = { startedAt: '2026-11-25T08:00:00Z', targetMinutes: 60, now: '2026-11-25T08:30:00Z', calendar: BERLIN_OFFICE };
	it.each<[string, Partial<SlaStateInput>, CrmErrorCode, string]>([
		['a bad start', { startedAt: '25.11.2026 09:00' }, 'CRM_INVALID_FORMAT', 'startedAt'],
		['no now', { now: undefined as never }, 'CRM_REQUIRED_FIELD', 'now'],
		['a negative target', { targetMinutes: -5 }, 'CRM_OUT_OF_RANGE', 'targetMinutes'],
		['a warning at 0 %', { warnAtPercent: 0 }, 'CRM_OUT_OF_RANGE', 'warnAtPercent'],
		['a warning beyond 100 %', { warnAtPercent: 120 }, 'CRM_OUT_OF_RANGE', 'warnAtPercent'],
		['a warning percentage as text', { warnAtPercent: '80' as never }, 'CRM_INVALID_TYPE', 'warnAtPercent'],
		['a completion before the start', { completedAt: '2026-11-25T07:00:00Z' }, 'CRM_OUT_OF_RANGE', 'completedAt'],
		['a bad completion', { completedAt: 'done' }, 'CRM_INVALID_FORMAT', 'completedAt'],
		['a bad pause', { pauses: [{ from: 'now', to: null }] }, 'CRM_INVALID_FORMAT', 'pauses[0].from'],
		['a calendar without hours', { calendar: { ...BERLIN_OFFICE, weeklyHours: {} } }, 'CRM_REQUIRED_FIELD', 'calendar.weeklyHours'],
	])('refuses %s', (_, overrides, code, field) => {
		expect(() => slaState({ ...base, ...overrides })).toThrow(rejection(code, field));
	});
});

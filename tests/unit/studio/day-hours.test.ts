import { describe, expect, it } from 'vitest';
import { formatDayHours, parseDayHours } from '../../../packages/crm-studio/src/day-hours.ts';

describe('parseDayHours', () => {
	it.each([
		['09:00–17:00', [{ from: '09:00', to: '17:00' }]],
		['9-12, 13:00 - 17:30', [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:30' }]],
		['0-24', [{ from: '00:00', to: '24:00' }]],
		['08:00—12:00; 14-18', [{ from: '08:00', to: '12:00' }, { from: '14:00', to: '18:00' }]],
		['', []],
		['  ', []],
	])('reads "%s"', (text, intervals) => {
		expect(parseDayHours(text)).toEqual({ ok: true, intervals });
	});

	it.each([
		['9 to 5', '"9 to 5" is not a time span; type e.g. 09:00–17:00, several separated by commas.'],
		['17:00-09:00', '"17:00-09:00" must end after it starts.'],
		['24:00-24:00', '"24:00-24:00" is not a time span; type e.g. 09:00–17:00, several separated by commas.'],
		['09:60-10:00', '"09:60-10:00" is not a time span; type e.g. 09:00–17:00, several separated by commas.'],
		['09:00-25', '"09:00-25" is not a time span; type e.g. 09:00–17:00, several separated by commas.'],
	])('refuses "%s" saying what to type', (text, error) => {
		expect(parseDayHours(text)).toEqual({ ok: false, error });
	});
});

describe('formatDayHours', () => {
	it('writes a day as its spans, and an off day as nothing', () => {
		expect([formatDayHours([{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }]), formatDayHours(undefined), formatDayHours([])]).toEqual(['09:00–12:00, 13:00–17:00', '', '']);
	});

	it('reads back what it writes', () => {
		const day = [{ from: '07:30', to: '11:45' }, { from: '12:15', to: '24:00' }];
		expect(parseDayHours(formatDayHours(day))).toEqual({ ok: true, intervals: day });
	});
});

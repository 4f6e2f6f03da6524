import { describe, expect, it } from 'vitest';
import {
	dateTimeLocalToIso,
	formatDateOnly,
	formatDayHeading,
	formatTime,
	previousDayKey,
	safeLocale,
	toDateTimeLocalValue,
} from '../../../extensions/interfaces/crm-timeline/src/format.ts';
import { UNKNOWN_DAY } from '../../../extensions/interfaces/crm-timeline/src/group-entries-by-day.ts';

describe('previousDayKey', () => {
	it('steps back one calendar day across month, year and leap day', () => {
		expect(previousDayKey('2024-03-10')).toBe('2024-03-09');
		expect(previousDayKey('2024-03-01')).toBe('2024-02-29');
		expect(previousDayKey('2023-03-01')).toBe('2023-02-28');
		expect(previousDayKey('2024-01-01')).toBe('2023-12-31');
		expect(previousDayKey('garbage')).toBe('garbage');
	});
});

describe('formatDayHeading', () => {
	it('says Today and Yesterday', () => {
		expect(formatDayHeading('2024-03-10', '2024-03-10', 'en-US')).toBe('Today');
		expect(formatDayHeading('2024-03-09', '2024-03-10', 'en-US')).toBe('Yesterday');
		expect(formatDayHeading('2024-02-29', '2024-03-01', 'en-US')).toBe('Yesterday');
	});

	it('spells out older days in the locale', () => {
		expect(formatDayHeading('2024-02-05', '2024-03-10', 'en-US')).toBe('Monday, February 5, 2024');
		expect(formatDayHeading('2024-02-05', '2024-03-10', 'de-DE')).toBe('Montag, 5. Februar 2024');
	});

	it('handles unknown days', () => {
		expect(formatDayHeading(UNKNOWN_DAY, '2024-03-10', 'en-US')).toBe('Unknown date');
	});
});

describe('formatTime', () => {
	it('formats the time of day in the given zone', () => {
		expect(formatTime('2024-03-10T09:05:00Z', 'en-GB', 'UTC')).toBe('09:05');
		expect(formatTime('2024-03-10T09:05:00Z', 'en-GB', 'Europe/Berlin')).toBe('10:05');
		expect(formatTime('nope', 'en-GB', 'UTC')).toBe('');
	});
});

describe('formatDateOnly', () => {
	it('formats a date without shifting it by the time zone', () => {
		expect(formatDateOnly('2024-02-05', 'en-US')).toBe('Feb 5, 2024');
		expect(formatDateOnly('2024-12-31', 'en-GB')).toBe('31 Dec 2024');
		expect(formatDateOnly('2024-12-31T00:00:00', 'en-GB')).toBe('31 Dec 2024');
		expect(formatDateOnly('soon', 'en-GB')).toBe('soon');
	});
});

describe('datetime-local conversion', () => {
	it('renders a local date-time with minute precision', () => {
		expect(toDateTimeLocalValue(new Date(2024, 0, 5, 9, 7, 45))).toBe('2024-01-05T09:07');
		expect(toDateTimeLocalValue(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31T23:59');
	});

	it('converts a local date-time to ISO (UTC)', () => {
		expect(dateTimeLocalToIso('2024-01-05T09:07')).toBe(new Date(2024, 0, 5, 9, 7).toISOString());
		expect(dateTimeLocalToIso('2024-01-05T09:07:30')).toBe(new Date(2024, 0, 5, 9, 7, 30).toISOString());
		expect(dateTimeLocalToIso(toDateTimeLocalValue(new Date(2024, 5, 1, 0, 0)))).toBe(new Date(2024, 5, 1, 0, 0).toISOString());
	});

	it('rejects empty and malformed values', () => {
		expect(dateTimeLocalToIso('')).toBeNull();
		expect(dateTimeLocalToIso(null)).toBeNull();
		expect(dateTimeLocalToIso(undefined)).toBeNull();
		expect(dateTimeLocalToIso('2024-01-05')).toBeNull();
		expect(dateTimeLocalToIso('2024-13-45T99:99')).toBeNull();
	});
});

describe('safeLocale', () => {
	it('accepts supported tags and ignores the rest', () => {
		expect(safeLocale('de-DE')).toBe('de-DE');
		expect(safeLocale('en-US')).toBe('en-US');
		expect(safeLocale('auto')).toBeUndefined();
		expect(safeLocale(null)).toBeUndefined();
		expect(safeLocale('')).toBeUndefined();
		expect(safeLocale('not a locale!')).toBeUndefined();
	});
});

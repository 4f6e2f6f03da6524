import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../packages/crm-core/src/business-time/parse-instant.ts';
import { isKnownTimeZone } from '../../../packages/crm-core/src/business-time/is-known-time-zone.ts';

describe('parseInstant', () => {
	it.each<[string, unknown, number]>([
		['text as Date#toISOString writes it', '2026-11-27T09:30:00.000Z', Date.UTC(2026, 10, 27, 9, 30)],
		['text without milliseconds', '2026-11-27T09:30:00Z', Date.UTC(2026, 10, 27, 9, 30)],
		['text with an offset', '2026-11-27T10:30:00.000+01:00', Date.UTC(2026, 10, 27, 9, 30)],
		['a leap day', '2028-02-29T00:00:00.000Z', Date.UTC(2028, 1, 29)],
		['the last millisecond of a day', '2026-12-31T23:59:59.999Z', Date.UTC(2026, 11, 31, 23, 59, 59, 999)],
		['epoch milliseconds', 1_796_544_310_811, 1_796_544_310_811],
		['29 February of a year divisible by 400', '2000-02-29T12:00:00.000Z', Date.UTC(2000, 1, 29, 12)],
	])('reads %s', (_, value, ms) => {
		expect(parseInstant(value, 'at')).toBe(ms);
	});

	it.each<[string, unknown, string]>([
		['a day that does not exist, in the shape toISOString writes', '2026-02-30T00:00:00.000Z', 'CRM_INVALID_FORMAT'],
		['a 29 February outside a leap year', '2026-02-29T12:00:00.000Z', 'CRM_INVALID_FORMAT'],
		['hour 24', '2026-11-27T24:00:00.000Z', 'CRM_INVALID_FORMAT'],
		['29 February of a century that is not a leap year', '2100-02-29T00:00:00.000Z', 'CRM_INVALID_FORMAT'],
		['a year before 100 (Date would move it to the 1900s)', '0050-03-01T00:00:00.000Z', 'CRM_INVALID_FORMAT'],
		['minute 60', '2026-11-27T09:60:00.000Z', 'CRM_INVALID_FORMAT'],
		['month 13', '2026-13-01T00:00:00.000Z', 'CRM_INVALID_FORMAT'],
		['a letter among the digits', '2026-11-2xT09:30:00.000Z', 'CRM_INVALID_FORMAT'],
		['a time without an offset', '2026-11-27T09:30:00.000', 'CRM_INVALID_FORMAT'],
		['a date alone', '2026-11-27', 'CRM_INVALID_FORMAT'],
		['a number as text', '1796544310811', 'CRM_INVALID_FORMAT'],
		['fractional epoch milliseconds', 1.5, 'CRM_OUT_OF_RANGE'],
		['nothing', null, 'CRM_REQUIRED_FIELD'],
		['a Date object', new Date(0), 'CRM_INVALID_TYPE'],
	])('refuses %s', (_, value, code) => {
		expect(() => parseInstant(value, 'at')).toThrow(expect.objectContaining({ code, details: { field: 'at' } }));
	});
});

describe('isKnownTimeZone', () => {
	it.each<[string, boolean]>([
		['Europe/Berlin', true],
		['UTC', true],
		['America/Argentina/Buenos_Aires', true],
		['Europe/Atlantis', false],
		['', false],
	])('%j is known: %s', (zone, known) => {
		expect(isKnownTimeZone(zone)).toBe(known);
		// Asked again, from memory for a known zone, and still refused for an unknown one.
		expect(isKnownTimeZone(zone)).toBe(known);
	});
});

import { describe, expect, test } from 'vitest';
import { type NormalizedTimeEntry, normalizeTimeEntry, type TimeEntryInput } from '../../../packages/crm-core/src/index.ts';
import { expectCrmError } from './desk-fixtures.ts';

const NOW = '2026-11-30T12:00:00Z';

describe('normalizeTimeEntry', () => {
	test.each<[string, TimeEntryInput, NormalizedTimeEntry]>([
		['start and end', { startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:30:00Z' }, { startedAt: '2026-11-30T09:00:00.000Z', endedAt: '2026-11-30T10:30:00.000Z', minutes: 90 }],
		['start with an offset and a duration', { startedAt: '2026-11-30T10:00:00+01:00', durationMinutes: 45 }, { startedAt: '2026-11-30T09:00:00.000Z', endedAt: '2026-11-30T09:45:00.000Z', minutes: 45 }],
		['both, when they agree', { startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z', durationMinutes: 60 }, { startedAt: '2026-11-30T09:00:00.000Z', endedAt: '2026-11-30T10:00:00.000Z', minutes: 60 }],
		['seconds rounded half-up: 17:42 → 18 minutes', { startedAt: '2026-11-30T10:00:00Z', endedAt: '2026-11-30T10:17:42Z' }, { startedAt: '2026-11-30T10:00:00.000Z', endedAt: '2026-11-30T10:17:42.000Z', minutes: 18 }],
		['seconds rounded half-up: 17:29 → 17 minutes', { startedAt: '2026-11-30T10:00:00Z', endedAt: '2026-11-30T10:17:29Z' }, { startedAt: '2026-11-30T10:00:00.000Z', endedAt: '2026-11-30T10:17:29.000Z', minutes: 17 }],
		['half a minute is a minute', { startedAt: '2026-11-30T10:00:00Z', endedAt: '2026-11-30T10:00:30Z' }, { startedAt: '2026-11-30T10:00:00.000Z', endedAt: '2026-11-30T10:00:30.000Z', minutes: 1 }],
		['a whole day', { startedAt: '2026-11-29T11:00:00Z', durationMinutes: 1440 }, { startedAt: '2026-11-29T11:00:00.000Z', endedAt: '2026-11-30T11:00:00.000Z', minutes: 1440 }],
		['an end a minute ahead of the server (clock skew)', { startedAt: '2026-11-30T11:00:00Z', endedAt: '2026-11-30T12:01:00Z' }, { startedAt: '2026-11-30T11:00:00.000Z', endedAt: '2026-11-30T12:01:00.000Z', minutes: 61 }],
		['a null end beside a duration', { startedAt: '2026-11-30T09:00:00Z', endedAt: null, durationMinutes: 5 }, { startedAt: '2026-11-30T09:00:00.000Z', endedAt: '2026-11-30T09:05:00.000Z', minutes: 5 }],
	])('accepts %s', (_, input, expected) => {
		expect(normalizeTimeEntry(input, NOW)).toEqual(expected);
	});

	test.each<[string, TimeEntryInput, string]>([
		['no start', { startedAt: undefined, durationMinutes: 5 }, 'startedAt'],
		['a start without zone', { startedAt: '2026-11-30T09:00:00', durationMinutes: 5 }, 'startedAt'],
		['a start that is no day', { startedAt: '2026-02-30T09:00:00Z', durationMinutes: 5 }, 'startedAt'],
		['neither end nor duration', { startedAt: '2026-11-30T09:00:00Z' }, 'endedAt'],
		['an end equal to the start', { startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T09:00:00Z' }, 'endedAt'],
		['an end before the start', { startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T08:59:00Z' }, 'endedAt'],
		['less than half a minute', { startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T09:00:29Z' }, 'endedAt'],
		['more than a day from start to end', { startedAt: '2026-11-29T10:59:00Z', endedAt: '2026-11-30T11:00:00Z' }, 'endedAt'],
		['an end that is text', { startedAt: '2026-11-30T09:00:00Z', endedAt: 'later' }, 'endedAt'],
		['a duration of 0', { startedAt: '2026-11-30T09:00:00Z', durationMinutes: 0 }, 'durationMinutes'],
		['a negative duration', { startedAt: '2026-11-30T09:00:00Z', durationMinutes: -15 }, 'durationMinutes'],
		['a fractional duration', { startedAt: '2026-11-30T09:00:00Z', durationMinutes: 1.5 }, 'durationMinutes'],
		['a duration as text', { startedAt: '2026-11-30T09:00:00Z', durationMinutes: '30' }, 'durationMinutes'],
		['a duration over a day', { startedAt: '2026-11-28T09:00:00Z', durationMinutes: 1441 }, 'durationMinutes'],
		['end and duration that disagree', { startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z', durationMinutes: 45 }, 'durationMinutes'],
	])('refuses %s with CRM_TIME_ENTRY_INVALID', (_, input, field) => expectCrmError(() => normalizeTimeEntry(input, NOW), 'CRM_TIME_ENTRY_INVALID', field));

	test.each<[string, TimeEntryInput, number | undefined, string]>([
		['an end past the allowed skew', { startedAt: '2026-11-30T11:00:00Z', endedAt: '2026-11-30T12:01:01Z' }, undefined, 'endedAt'],
		['a duration that runs into the future', { startedAt: '2026-11-30T11:30:00Z', durationMinutes: 32 }, undefined, 'durationMinutes'],
		['a start in the future', { startedAt: '2026-11-30T13:00:00Z', durationMinutes: 5 }, undefined, 'startedAt'],
		['an end a second ahead without skew allowed', { startedAt: '2026-11-30T11:00:00Z', endedAt: '2026-11-30T12:00:01Z' }, 0, 'endedAt'],
	])('refuses %s with CRM_TIME_ENTRY_IN_FUTURE', (_, input, skew, field) => expectCrmError(() => normalizeTimeEntry(input, NOW, skew), 'CRM_TIME_ENTRY_IN_FUTURE', field));

	test('accepts an end five minutes ahead when that much skew is allowed', () => {
		expect(normalizeTimeEntry({ startedAt: '2026-11-30T11:00:00Z', endedAt: '2026-11-30T12:05:00Z' }, NOW, 300_000).minutes).toBe(65);
	});

	test.each<[string, () => unknown, string, string]>([
		['an entry that is not an object', () => normalizeTimeEntry('09:00-10:00' as never, NOW), 'CRM_TIME_ENTRY_INVALID', 'timeEntry'],
		['a server time that is not one', () => normalizeTimeEntry({ startedAt: '2026-11-30T09:00:00Z', durationMinutes: 5 }, 'now'), 'CRM_INVALID_FORMAT', 'now'],
		['a negative skew', () => normalizeTimeEntry({ startedAt: '2026-11-30T09:00:00Z', durationMinutes: 5 }, NOW, -1), 'CRM_OUT_OF_RANGE', 'maxSkewMs'],
	])('refuses %s', (_, run, code, field) => expectCrmError(run, code, field));
});

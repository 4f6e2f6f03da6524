import { describe, expect, test } from 'vitest';
import { findOverlappingEntry, type TimeEntrySpan } from '../../../packages/crm-core/src/index.ts';
import { expectCrmError } from './desk-fixtures.ts';

// One specialist's day: a 09:00–10:00, b 10:30–11:00, c 12:00–13:00 (UTC), listed out of order.
const booked: (TimeEntrySpan & { minutes: number })[] = [
	{ id: 'c', startedAt: '2026-11-30T12:00:00Z', endedAt: '2026-11-30T13:00:00Z', minutes: 60 },
	{ id: 'a', startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z', minutes: 60 },
	{ id: 'b', startedAt: '2026-11-30T10:30:00Z', endedAt: '2026-11-30T11:00:00Z', minutes: 30 },
];

describe('findOverlappingEntry', () => {
	test.each<[string, string, string, string | null]>([
		['touching both neighbours is no overlap', '2026-11-30T10:00:00Z', '2026-11-30T10:30:00Z', null],
		['ending as another starts is no overlap', '2026-11-30T08:00:00Z', '2026-11-30T09:00:00Z', null],
		['starting as another ends is no overlap', '2026-11-30T13:00:00Z', '2026-11-30T14:00:00Z', null],
		['a minute into the next entry overlaps it', '2026-11-30T09:59:00Z', '2026-11-30T10:30:00Z', 'a'],
		['an entry inside another overlaps it', '2026-11-30T09:15:00Z', '2026-11-30T09:45:00Z', 'a'],
		['an entry around another overlaps it', '2026-11-30T10:15:00Z', '2026-11-30T11:15:00Z', 'b'],
		['several overlaps give the earliest', '2026-11-30T10:45:00Z', '2026-11-30T12:30:00Z', 'b'],
		['offsets are compared as instants (11:15+01:00 = 10:15Z)', '2026-11-30T11:15:00+01:00', '2026-11-30T11:45:00+01:00', 'b'],
	])('%s', (_, startedAt, endedAt, expected) => {
		expect(findOverlappingEntry({ startedAt, endedAt }, booked)?.id ?? null).toBe(expected);
	});

	test('hands back the other entry itself', () => {
		expect(findOverlappingEntry({ startedAt: '2026-11-30T12:30:00Z', endedAt: '2026-11-30T12:45:00Z' }, booked)).toBe(booked[0]);
	});

	test('an edited entry does not overlap its stored self, only others', () => {
		expect(findOverlappingEntry({ id: 'a', startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z' }, booked)).toBeNull();
		expect(findOverlappingEntry({ id: 'a', startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:40:00Z' }, booked)?.id).toBe('b');
	});

	test('nothing booked: null', () => {
		expect(findOverlappingEntry({ startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z' }, [])).toBeNull();
	});

	test.each<[string, () => unknown, string, string]>([
		['a stored entry with a broken end', () => findOverlappingEntry({ startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z' }, [booked[0]!, { ...booked[1]!, endedAt: '10:00' }]), 'CRM_INVALID_FORMAT', 'others[1].endedAt'],
		['an entry without start', () => findOverlappingEntry({ startedAt: '', endedAt: '2026-11-30T10:00:00Z' }, booked), 'CRM_REQUIRED_FIELD', 'entry.startedAt'],
		['others that are not a list', () => findOverlappingEntry({ startedAt: '2026-11-30T09:00:00Z', endedAt: '2026-11-30T10:00:00Z' }, {} as never), 'CRM_INVALID_TYPE', 'others'],
	])('refuses %s', (_, run, code, field) => expectCrmError(run, code, field));
});

import { describe, expect, test } from 'vitest';
import { allocateIncludedTime, type IncludedTimeShare, type IncludedTimeTerms, type TimeEntryMinutes } from '../../../packages/crm-core/src/index.ts';
import { bad, expectCrmError } from './desk-fixtures.ts';

const share = (includedMinutes: number, billableMinutes: number, underContract = true): IncludedTimeShare => ({ includedMinutes, billableMinutes, underContract });
const asObject = (map: Map<string, IncludedTimeShare>) => Object.fromEntries(map);

// 120 minutes a month. Berlin is UTC+1 in winter: 31 Jan 22:30Z is still 23:30 on 31 January there,
// 31 Jan 23:30Z is already 00:30 on 1 February.
const MONTHLY: IncludedTimeTerms = { includedMinutesPerPeriod: 120, period: 'month', timeZone: 'Europe/Berlin' };
const ENTRIES: TimeEntryMinutes[] = [
	{ id: 'e1', startedAt: '2026-01-20T10:00:00Z', minutes: 90 },
	{ id: 'e2', startedAt: '2026-01-31T22:30:00Z', minutes: 60 },
	{ id: 'e3', startedAt: '2026-01-31T23:30:00Z', minutes: 100 },
	{ id: 'e4', startedAt: '2026-02-10T09:00:00Z', minutes: 50 },
];

describe('allocateIncludedTime', () => {
	test('splits the entry during which a month\'s allowance runs out; the month is Berlin\'s', () => {
		expect(asObject(allocateIncludedTime(ENTRIES, MONTHLY))).toEqual({
			e1: share(90, 0),
			e2: share(30, 30), // January's last 30 included minutes
			e3: share(100, 0), // 1 February in Berlin: a fresh allowance
			e4: share(20, 30),
		});
	});

	test('in UTC the same late entry still falls in January, whose allowance is gone', () => {
		expect(asObject(allocateIncludedTime(ENTRIES, { ...MONTHLY, timeZone: 'UTC' }))).toEqual({ e1: share(90, 0), e2: share(30, 30), e3: share(0, 100), e4: share(50, 0) });
	});

	test('draws in start order whatever the list order, and keeps the list order in the map', () => {
		const shuffled = [ENTRIES[3]!, ENTRIES[1]!, ENTRIES[2]!, ENTRIES[0]!];
		const result = allocateIncludedTime(shuffled, MONTHLY);
		expect([...result.keys()]).toEqual(['e4', 'e2', 'e3', 'e1']);
		expect(asObject(result)).toEqual({ e1: share(90, 0), e2: share(30, 30), e3: share(100, 0), e4: share(20, 30) });
	});

	test('entries starting at the same instant draw in id order', () => {
		const same: TimeEntryMinutes[] = [
			{ id: 'b', startedAt: '2026-03-02T09:00:00Z', minutes: 100 },
			{ id: 'a', startedAt: '2026-03-02T09:00:00Z', minutes: 100 },
		];
		expect(asObject(allocateIncludedTime(same, MONTHLY))).toEqual({ a: share(100, 0), b: share(20, 80) });
	});

	test.each<[string, IncludedTimeTerms, TimeEntryMinutes[], Record<string, IncludedTimeShare>]>([
		[
			'a quarter ends at midnight Berlin summer time (31 Mar 21:30Z is Q1, 22:30Z is Q2)',
			{ includedMinutesPerPeriod: 60, period: 'quarter', timeZone: 'Europe/Berlin' },
			[
				{ id: 'q1', startedAt: '2026-01-05T09:00:00Z', minutes: 40 },
				{ id: 'q1-late', startedAt: '2026-03-31T21:30:00Z', minutes: 40 },
				{ id: 'q2', startedAt: '2026-03-31T22:30:00Z', minutes: 40 },
			],
			{ q1: share(40, 0), 'q1-late': share(20, 20), q2: share(40, 0) },
		],
		[
			'a year allowance carries across months but not into the next year',
			{ includedMinutesPerPeriod: 100, period: 'year', timeZone: 'Europe/Berlin' },
			[
				{ id: 'jan', startedAt: '2026-01-10T09:00:00Z', minutes: 60 },
				{ id: 'dec', startedAt: '2026-12-31T22:59:00Z', minutes: 60 },
				{ id: 'new-year', startedAt: '2026-12-31T23:00:00Z', minutes: 60 },
			],
			{ jan: share(60, 0), dec: share(40, 20), 'new-year': share(60, 0) },
		],
		['no included minutes: all billable under the contract', { includedMinutesPerPeriod: 0, period: 'month', timeZone: 'UTC' }, [{ id: 'x', startedAt: '2026-01-10T09:00:00Z', minutes: 15 }], { x: share(0, 15) }],
		['an unused allowance does not carry over', { includedMinutesPerPeriod: 30, period: 'month', timeZone: 'UTC' }, [{ id: 'may', startedAt: '2026-05-10T09:00:00Z', minutes: 45 }], { may: share(30, 15) }],
	])('%s', (_, terms, entries, expected) => {
		expect(asObject(allocateIncludedTime(entries, terms))).toEqual(expected);
	});

	test('without a contract nothing is included, all is billable, marked as not under a contract', () => {
		expect(asObject(allocateIncludedTime(ENTRIES, null))).toEqual({ e1: share(0, 90, false), e2: share(0, 60, false), e3: share(0, 100, false), e4: share(0, 50, false) });
	});

	test('no entries: an empty map', () => {
		expect(allocateIncludedTime([], MONTHLY).size).toBe(0);
	});

	test.each<[string, () => unknown, string, string]>([
		['the same entry twice', () => allocateIncludedTime([ENTRIES[0]!, ENTRIES[0]!], MONTHLY), 'CRM_INVALID_CHOICE', 'entries[1].id'],
		['fractional minutes', () => allocateIncludedTime([{ ...ENTRIES[0]!, minutes: 1.5 }], MONTHLY), 'CRM_INVALID_TYPE', 'entries[0].minutes'],
		['negative minutes', () => allocateIncludedTime([{ ...ENTRIES[0]!, minutes: -1 }], MONTHLY), 'CRM_OUT_OF_RANGE', 'entries[0].minutes'],
		['a start without zone', () => allocateIncludedTime([{ ...ENTRIES[0]!, startedAt: '2026-01-20T10:00:00' }], MONTHLY), 'CRM_INVALID_FORMAT', 'entries[0].startedAt'],
		['an unknown zone', () => allocateIncludedTime(ENTRIES, { ...MONTHLY, timeZone: 'Mars/Base' }), 'CRM_INVALID_FORMAT', 'contract.timeZone'],
		['a weekly period', () => allocateIncludedTime(ENTRIES, { ...MONTHLY, period: bad('week') }), 'CRM_INVALID_CHOICE', 'contract.period'],
		['a negative allowance', () => allocateIncludedTime(ENTRIES, { ...MONTHLY, includedMinutesPerPeriod: -60 }), 'CRM_OUT_OF_RANGE', 'contract.includedMinutesPerPeriod'],
	])('refuses %s', (_, run, code, field) => expectCrmError(run, code, field));
});

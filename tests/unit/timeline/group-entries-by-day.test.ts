import { describe, expect, it } from 'vitest';
import { dayKeyOf, groupEntriesByDay, mergeEntries, UNKNOWN_DAY } from '../../../extensions/interfaces/crm-timeline/src/group-entries-by-day.ts';

const e = (id: string, occurred_at: string) => ({ id, occurred_at });

describe('dayKeyOf', () => {
	it('gives the calendar day in the given time zone', () => {
		expect(dayKeyOf('2024-03-10T23:30:00Z', 'UTC')).toBe('2024-03-10');
		expect(dayKeyOf('2024-03-10T23:30:00Z', 'Europe/Berlin')).toBe('2024-03-11');
		expect(dayKeyOf('2024-03-11T03:00:00Z', 'America/New_York')).toBe('2024-03-10');
		expect(dayKeyOf(new Date(Date.UTC(2024, 0, 5, 12)), 'UTC')).toBe('2024-01-05');
	});

	it('flags unparsable timestamps', () => {
		expect(dayKeyOf('not a date', 'UTC')).toBe(UNKNOWN_DAY);
	});
});

describe('groupEntriesByDay', () => {
	it('groups by day, newest day and newest entry first', () => {
		const entries = [
			e('a', '2024-03-09T08:00:00Z'),
			e('b', '2024-03-10T09:15:00Z'),
			e('c', '2024-03-10T17:45:00Z'),
			e('d', '2024-03-08T12:00:00Z'),
			e('f', '2024-03-09T16:00:00Z'),
		];
		expect(groupEntriesByDay(entries, 'UTC')).toEqual([
			{ day: '2024-03-10', entries: [e('c', '2024-03-10T17:45:00Z'), e('b', '2024-03-10T09:15:00Z')] },
			{ day: '2024-03-09', entries: [e('f', '2024-03-09T16:00:00Z'), e('a', '2024-03-09T08:00:00Z')] },
			{ day: '2024-03-08', entries: [e('d', '2024-03-08T12:00:00Z')] },
		]);
	});

	it('uses the display time zone for the day boundary', () => {
		const entries = [e('late', '2024-03-10T23:30:00Z'), e('early', '2024-03-10T08:00:00Z')];
		expect(groupEntriesByDay(entries, 'UTC').map((g) => [g.day, g.entries.map((x) => x.id)])).toEqual([['2024-03-10', ['late', 'early']]]);
		expect(groupEntriesByDay(entries, 'Europe/Berlin').map((g) => [g.day, g.entries.map((x) => x.id)])).toEqual([
			['2024-03-11', ['late']],
			['2024-03-10', ['early']],
		]);
	});

	it('keeps the given order for equal timestamps', () => {
		const entries = [e('x', '2024-03-10T10:00:00Z'), e('y', '2024-03-10T10:00:00.000Z'), e('z', '2024-03-10T10:00:00+00:00')];
		expect(groupEntriesByDay(entries, 'UTC')[0]?.entries.map((x) => x.id)).toEqual(['x', 'y', 'z']);
	});

	it('puts unparsable timestamps into a last group', () => {
		const entries = [e('bad', 'yesterday'), e('ok', '2024-03-10T10:00:00Z')];
		expect(groupEntriesByDay(entries, 'UTC')).toEqual([
			{ day: '2024-03-10', entries: [e('ok', '2024-03-10T10:00:00Z')] },
			{ day: UNKNOWN_DAY, entries: [e('bad', 'yesterday')] },
		]);
	});

	it('returns no groups for no entries and does not mutate its input', () => {
		expect(groupEntriesByDay([], 'UTC')).toEqual([]);
		const entries = [e('a', '2024-03-09T08:00:00Z'), e('b', '2024-03-10T08:00:00Z')];
		groupEntriesByDay(entries, 'UTC');
		expect(entries.map((x) => x.id)).toEqual(['a', 'b']);
	});
});

describe('mergeEntries', () => {
	it('appends a further page without duplicates', () => {
		const page1 = [{ id: '1' }, { id: '2' }];
		const page2 = [{ id: '2' }, { id: '3' }, { id: '3' }];
		expect(mergeEntries(page1, page2)).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
		expect(page1).toEqual([{ id: '1' }, { id: '2' }]);
	});
});

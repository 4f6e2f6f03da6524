import { ALWAYS_OPEN, type BusinessCalendar } from '@crm/core';
import type { Knex } from 'knex';
import { readReference } from '../reference-data/reference-data.ts';
import { jsonOf } from './instant.ts';

export interface NamedCalendar {
	id: string | null;
	name: string;
	calendar: BusinessCalendar;
}

export const AROUND_THE_CLOCK: NamedCalendar = { id: null, name: 'Around the clock', calendar: ALWAYS_OPEN };

export function toBusinessCalendar(row: Record<string, unknown>): BusinessCalendar {
	return {
		timeZone: String(row['time_zone'] ?? 'UTC'),
		weeklyHours: jsonOf(row['weekly_hours'], {}),
		holidays: jsonOf<string[]>(row['holidays'], []),
	};
}

/** The calendars by id (missing ids are left out); null and unknown ids fall back to around the clock at the caller. */
export async function loadServiceCalendars(knex: Knex, ids: readonly (string | null)[]): Promise<Map<string, NamedCalendar>> {
	const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
	if (wanted.length === 0) return new Map();
	const all = await readReference(knex, 'calendars', () => loadAllCalendars(knex));
	return new Map(wanted.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : [])));
}

// Calendars are few and every request needs one or more: all of them are read at once, and kept.
async function loadAllCalendars(knex: Knex): Promise<ReadonlyMap<string, NamedCalendar>> {
	const rows = (await knex('crm_service_calendars').select('id', 'name', 'time_zone', 'weekly_hours', 'holidays')) as Record<string, unknown>[];
	return new Map(rows.map((r) => [String(r['id']), { id: String(r['id']), name: String(r['name']), calendar: toBusinessCalendar(r) }]));
}

export async function loadServiceCalendar(knex: Knex, id: string | null): Promise<NamedCalendar> {
	if (id === null) return AROUND_THE_CLOCK;
	return (await loadServiceCalendars(knex, [id])).get(id) ?? AROUND_THE_CLOCK;
}

import { isWorkingAt, OPEN_REQUEST_STATUSES, type Specialist } from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { readReference } from '../reference-data/reference-data.ts';
import { instantOf } from './instant.ts';
import { AROUND_THE_CLOCK, loadServiceCalendars } from './load-service-calendar.ts';

type Row = Record<string, unknown>;

export interface RoutingPool {
	specialists: Specialist[];
	names: Map<string, string>;
}

/**
 * Every specialist as routing sees them now: skills by skill code, working now per their calendar
 * (their own, else their team's), absent until the end of a current absence, and their open requests
 * per priority. Nothing is locked here: the router holds only the specialist it chooses (chooseAndHold).
 */
export async function loadRoutingPool(trx: Knex, now: string): Promise<RoutingPool> {
	const [specialists, skills, absences, loads, teams] = await queryAll(trx, [
		() => trx('crm_service_specialists').select('id', 'name', 'team', 'active', 'capacity', 'calendar', 'last_assigned_at') as Promise<Row[]>,
		() => readReference(trx, 'specialist-skills', () => trx('crm_service_specialist_skills as ss').join('crm_service_skills as s', 's.id', 'ss.skill').select('ss.specialist', 's.code', 'ss.level') as Promise<Row[]>),
		() => trx('crm_service_absences').where('starts_at', '<=', new Date(now)).andWhere('ends_at', '>', new Date(now)).select('specialist', 'ends_at') as Promise<Row[]>,
		() => trx('crm_service_requests').whereIn('status', [...OPEN_REQUEST_STATUSES]).whereNotNull('assignee').groupBy('assignee', 'priority').select('assignee', 'priority').count({ n: '*' }) as Promise<Row[]>,
		() => readReference(trx, 'team-calendars', () => trx('crm_service_teams').select('id', 'calendar') as Promise<Row[]>),
	] as const);
	const teamCalendar = new Map(teams.map((t) => [String(t['id']), (t['calendar'] as string | null) ?? null]));
	const calendarIdOf = (s: Row) => (s['calendar'] as string | null) ?? teamCalendar.get(String(s['team'])) ?? null;
	const calendars = await loadServiceCalendars(trx, specialists.map(calendarIdOf));
	// One answer per calendar, not per specialist.
	const working = new Map<string | null, boolean>();
	const isWorking = (calendarId: string | null) => {
		if (!working.has(calendarId)) working.set(calendarId, isWorkingAt((calendarId && calendars.get(calendarId)?.calendar) || AROUND_THE_CLOCK.calendar, now));
		return working.get(calendarId)!;
	};
	// Each specialist's rows by id, grouped once: every intake reads them all.
	const related = { skills: groupBy(skills, 'specialist'), absences: groupBy(absences, 'specialist'), loads: groupBy(loads, 'assignee') };
	return { names: new Map(specialists.map((s) => [String(s['id']), String(s['name'])])), specialists: specialists.map((s) => toSpecialist(s, related, isWorking(calendarIdOf(s)))) };
}

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
	const groups = new Map<string, Row[]>();
	for (const row of rows) {
		const id = String(row[key]);
		const group = groups.get(id);
		if (group) group.push(row);
		else groups.set(id, [row]);
	}
	return groups;
}

type RelatedRows = Record<'skills' | 'absences' | 'loads', ReadonlyMap<string, Row[]>>;

/** A specialist row with their skills by code, the end of a current absence and their open requests per priority. */
function toSpecialist(s: Row, related: RelatedRows, available: boolean): Specialist {
	const id = String(s['id']);
	return {
		id,
		name: String(s['name']),
		teamIds: s['team'] ? [String(s['team'])] : [],
		skills: (related.skills.get(id) ?? []).map((k) => ({ skillId: String(k['code']), level: Number(k['level']) })),
		available,
		absentUntil: (related.absences.get(id) ?? []).map((a) => instantOf(a['ends_at'])!).sort().at(-1) ?? null,
		capacity: Number(s['capacity']),
		load: (related.loads.get(id) ?? []).filter((l) => l['priority'] !== null).map((l) => ({ priority: l['priority'] as Specialist['load'][number]['priority'], count: Number(l['n']) })),
		lastAssignedAt: instantOf(s['last_assigned_at']),
		active: Boolean(s['active']),
	};
}

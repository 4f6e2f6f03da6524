import { type ActivityRow, addDays, type CalendarWeek, computeActivityAttainment, type VisitCaller } from '@crm/core';
import type { Knex } from 'knex';
import { toDay } from '../load-pricing-context.ts';
import { idOf, type Row, toActivityTarget } from './visit-rows.ts';

/** Reads a collection under the caller's policy (an ItemsService with their accountability). */
export type ReadUnderPolicy = (collection: string) => { readByQuery(query: Row): Promise<unknown[]> };

export interface ActivityQuery {
	week: CalendarWeek;
	rep: string | null;
	team: string | null;
}

/** The reps whose week the caller answers for: themselves and the reps of the teams they manage (every rep for an administrator). */
async function repsInScope(knex: Knex, caller: VisitCaller, q: ActivityQuery): Promise<{ id: string; name: string; teamId: string | null }[]> {
	let query = knex('crm_sales_reps as r').leftJoin('crm_teams as t', 't.id', 'r.team').where('r.active', true).orderBy('r.name').select('r.id', 'r.name', 'r.team');
	if (!caller.admin) query = query.where((w) => w.where('r.user', caller.userId ?? '').orWhere('t.manager', caller.userId ?? ''));
	if (q.rep) query = query.where('r.id', q.rep);
	if (q.team) query = query.where('r.team', q.team);
	return ((await query) as Row[]).map((r) => ({ id: String(r['id']), name: String(r['name']), teamId: idOf(r['team']) }));
}

const instant = (day: string) => `${day}T00:00:00.000Z`;

/**
 * S6.2 — GET /crm/activity-targets: the week's calls, visits and proposals of the reps in the caller's scope
 * against their targets. Targets, interactions and proposals are read under the caller's policy, so a rep counts
 * what they may see; days are UTC days (occurred_at, date_created).
 */
export async function loadActivityAttainment(knex: Knex, read: ReadUnderPolicy, caller: VisitCaller, q: ActivityQuery): Promise<{ reps: ActivityRow[]; teams: ActivityRow[] }> {
	const reps = await repsInScope(knex, caller, q);
	const repIds = reps.map((r) => r.id);
	const teamIds = [...new Set(reps.flatMap((r) => (r.teamId ? [r.teamId] : [])))];
	if (repIds.length === 0) return { reps: [], teams: [] };
	const from = instant(q.week.monday);
	const to = instant(addDays(q.week.sunday, 1));
	const [targets, interactions, quotes, teams] = await Promise.all([
		read('crm_activity_targets').readByQuery({ filter: { _or: [{ rep: { _in: repIds } }, ...(teamIds.length > 0 ? [{ team: { _in: teamIds } }] : [])] }, fields: ['*'], limit: -1 }),
		read('crm_interactions').readByQuery({ filter: { _and: [{ rep: { _in: repIds } }, { type: { _in: ['call', 'visit'] } }, { occurred_at: { _gte: from } }, { occurred_at: { _lt: to } }] }, fields: ['rep', 'type', 'occurred_at'], limit: -1 }),
		read('crm_quotes').readByQuery({ filter: { _and: [{ owner: { _in: repIds } }, { date_created: { _gte: from } }, { date_created: { _lt: to } }] }, fields: ['owner', 'date_created'], limit: -1 }),
		teamIds.length > 0 ? (knex('crm_teams').whereIn('id', teamIds).orderBy('name').select('id', 'name') as Promise<Row[]>) : Promise.resolve([]),
	]);
	return computeActivityAttainment({
		week: q.week,
		reps,
		teams: teams.map((t) => ({ id: String(t['id']), name: String(t['name']) })),
		targets: (targets as Row[]).map(toActivityTarget),
		interactions: (interactions as Row[]).map((i) => ({ repId: String(idOf(i['rep'])), type: String(i['type']), day: dayOfInstant(i['occurred_at']) })),
		quotes: (quotes as Row[]).map((x) => ({ ownerId: String(idOf(x['owner'])), day: dayOfInstant(x['date_created']) })),
	});
}

/** The UTC day of a stored timestamp. */
function dayOfInstant(value: unknown): string {
	const d = value instanceof Date ? value : new Date(String(value));
	return Number.isNaN(d.getTime()) ? (toDay(value) ?? '') : d.toISOString().slice(0, 10);
}

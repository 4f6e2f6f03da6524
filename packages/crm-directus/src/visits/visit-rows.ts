import type { ActivityTarget, PlanRep, VisitCaller } from '@crm/core';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import { toDay } from '../load-pricing-context.ts';

export type Row = Record<string, unknown>;

export function idOf(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	return typeof value === 'object' ? String((value as Row)['id']) : String(value);
}

const count = (value: unknown) => (value === null || value === undefined || value === '' ? 0 : Number(value));

/** The writer of a request: Directus' own writes (no accountability) count as an administrator's. */
export function visitCallerOf(accountability: Accountability | null | undefined): VisitCaller {
	return { admin: !accountability || accountability.admin === true, userId: accountability?.user ?? null };
}

/** An activity target row (as stored, or a payload merged over it) in the domain's terms. */
export function toActivityTarget(row: Row): ActivityTarget {
	return {
		id: String(row['id'] ?? 'new'),
		repId: idOf(row['rep']),
		teamId: idOf(row['team']),
		calls: count(row['calls']),
		visits: count(row['visits']),
		proposals: count(row['proposals']),
		validFrom: toDay(row['valid_from']) ?? String(row['valid_from'] ?? ''),
		validTo: toDay(row['valid_to']),
	};
}

/** A rep with the user they log in as and the manager of their team; null when there is no such rep. */
export async function loadPlanRep(knex: Knex, repId: string | null): Promise<PlanRep | null> {
	if (!repId) return null;
	const row: Row | undefined = await knex('crm_sales_reps as r').leftJoin('crm_teams as t', 't.id', 'r.team').where('r.id', repId).first('r.id', 'r.name', 'r.user', 't.manager');
	return row ? { id: String(row['id']), name: String(row['name']), userId: idOf(row['user']), teamManagerId: idOf(row['manager']) } : null;
}

/** The manager of a team; null when it has none (or there is no such team). */
export async function loadTeamManager(knex: Knex, teamId: string): Promise<{ name: string; managerId: string | null } | null> {
	const row: Row | undefined = await knex('crm_teams').where('id', teamId).first('name', 'manager');
	return row ? { name: String(row['name']), managerId: idOf(row['manager']) } : null;
}

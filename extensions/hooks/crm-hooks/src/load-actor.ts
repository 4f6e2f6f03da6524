import type { OwnerActor } from '@crm/core';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';

/** Who is writing, in CRM terms: admin, their sales rep record, the teams they manage. An admin's rep record is loaded too (it makes them the author of what they log). */
export async function loadActor(knex: Knex, accountability: Accountability | null): Promise<OwnerActor> {
	if (!accountability?.user) return { admin: !accountability || accountability.admin, repId: null, managedTeamIds: [] };

	const [rep, teams] = await Promise.all([
		knex('crm_sales_reps').select('id').where('user', accountability.user).first(),
		knex('crm_teams').select('id').where('manager', accountability.user),
	]);

	return { admin: accountability.admin, repId: (rep?.id as string | undefined) ?? null, managedTeamIds: teams.map((t: { id: string }) => t.id) };
}

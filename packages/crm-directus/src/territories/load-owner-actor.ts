import type { OwnerActor } from '@crm/core';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';

/** Who is acting, in CRM terms: administrator, their rep record, the teams they manage. */
export async function loadOwnerActor(knex: Knex, accountability: Accountability | null): Promise<OwnerActor> {
	if (!accountability?.user) return { admin: !accountability || accountability.admin, repId: null, managedTeamIds: [] };
	const [rep, teams] = await Promise.all([knex('crm_sales_reps').select('id').where('user', accountability.user).first(), knex('crm_teams').select('id').where('manager', accountability.user)]);
	return { admin: accountability.admin, repId: (rep?.id as string | undefined) ?? null, managedTeamIds: teams.map((t: { id: string }) => String(t.id)) };
}

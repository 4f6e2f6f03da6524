import { assertActivityTargetValid, assertCallerSetsTarget, CrmError, type VisitCaller } from '@crm/core';
import type { Knex } from 'knex';
import { loadPlanRep, loadTeamManager, type Row, toActivityTarget } from './visit-rows.ts';

type Keys = readonly (string | number)[];

/** The target is well formed and the caller manages the team it is for (or the rep's team). */
async function assertTargetWritable(knex: Knex, row: Row, caller: VisitCaller): Promise<void> {
	const target = toActivityTarget(row);
	assertActivityTargetValid(target);
	if (target.repId) {
		const rep = await loadPlanRep(knex, target.repId);
		if (!rep) throw new CrmError('CRM_ACTIVITY_TARGET_INVALID', '"rep" must name an existing sales rep.', { field: 'rep' });
		assertCallerSetsTarget(caller, rep.teamManagerId, rep.name);
		return;
	}
	const team = await loadTeamManager(knex, target.teamId!);
	if (!team) throw new CrmError('CRM_ACTIVITY_TARGET_INVALID', '"team" must name an existing team.', { field: 'team' });
	assertCallerSetsTarget(caller, team.managerId, team.name);
}

export async function checkActivityTargetCreate(knex: Knex, data: Row, caller: VisitCaller): Promise<void> {
	await assertTargetWritable(knex, data, caller);
}

/** Every target an update touches stays valid and the caller's to set once the payload is merged over it. */
export async function checkActivityTargetUpdate(knex: Knex, keys: Keys, data: Row, caller: VisitCaller): Promise<void> {
	const rows = (await knex('crm_activity_targets').whereIn('id', keys as string[]).select('*')) as Row[];
	for (const row of rows) await assertTargetWritable(knex, { ...row, ...data }, caller);
}

import { assertManagesPlanScope, type PlanScope, type PlanWriter } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

function idOf(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	return typeof value === 'object' ? String((value as Row)['id']) : String(value);
}

/** Whom a plan row (or a payload merged over one) is for, with the manager of that team. */
async function loadPlanScope(knex: Knex, row: Row): Promise<PlanScope> {
	const rep = idOf(row['rep']);
	const team = idOf(row['team']);
	if (rep !== null) {
		const found: Row | undefined = await knex('crm_sales_reps as r').leftJoin('crm_teams as t', 't.id', 'r.team').where('r.id', rep).first('t.manager');
		return { kind: 'rep', managerId: idOf(found?.['manager']) };
	}
	if (team === null) return { kind: 'company', managerId: null };
	const found: Row | undefined = await knex('crm_teams').where('id', team).first('manager');
	return { kind: 'team', managerId: idOf(found?.['manager']) };
}

/**
 * A sales plan or commission plan a non-administrator creates names a rep or team they manage
 * (assertManagesPlanScope), and an update that moves it to another rep or team does too.
 */
export async function checkPlanScope(knex: Knex, table: 'crm_sales_targets' | 'crm_commission_plans', writer: PlanWriter, data: Row, keys: readonly (string | number)[] | null): Promise<void> {
	if (writer.admin) return;
	const what = table === 'crm_sales_targets' ? 'sales plan' : 'commission plan';
	if (keys === null) return assertManagesPlanScope(writer, await loadPlanScope(knex, data), what);
	if (!('rep' in data) && !('team' in data)) return;
	const rows: Row[] = await knex(table).select('rep', 'team').whereIn('id', keys as string[]);
	for (const row of rows) assertManagesPlanScope(writer, await loadPlanScope(knex, { ...row, ...data }), what);
}

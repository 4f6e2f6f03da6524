import { assertCommissionPlanValid, CrmError } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { toCommissionPlan } from './load-commission-plan.ts';

type Row = Record<string, unknown>;

/** A plan pays one rep or every rep of one team: exactly one of the two. */
function assertWhose(row: Row): void {
	const rep = Boolean(row['rep']);
	if (rep === Boolean(row['team'])) {
		throw new CrmError('CRM_COMMISSION_PLAN_INVALID', rep ? 'A commission plan pays one rep or one team\'s reps, not both: clear the team or the rep.' : 'A commission plan needs the rep it pays, or the team whose reps it pays.', { field: rep ? 'team' : 'rep' });
	}
}

/** A new plan names its rep or team and is kept in the base currency; its rates are checked with its tiers once stored. */
export function checkCommissionPlanCreate(data: Row, base: string): Row {
	assertWhose(data);
	return { ...data, currency: base };
}

/** An update keeps the plan paying one rep or one team. */
export async function checkCommissionPlanUpdate(knex: Knex, keys: readonly (string | number)[], data: Row): Promise<void> {
	if (!('rep' in data) && !('team' in data)) return;
	const rows: Row[] = await knex('crm_commission_plans').select('rep', 'team').whereIn('id', keys as string[]);
	for (const row of rows) assertWhose({ ...row, ...data });
}

/** The stored plan with all its tiers computes (assertCommissionPlanValid): run in the write's transaction, after it. */
export async function assertStoredPlanValid(trx: Knex, planId: string): Promise<void> {
	const row: Row | undefined = await trx('crm_commission_plans').where('id', planId).first();
	if (!row) return;
	const tiers: Row[] = await trx('crm_commission_tiers').select('from_attainment_bp', 'rate_bp').where('plan', planId);
	const plan = toCommissionPlan(row, tiers);
	const ascending = new Set(plan.tiers.map((t) => t.fromAttainmentBp)).size === plan.tiers.length;
	if (!ascending) throw new CrmError('CRM_COMMISSION_PLAN_INVALID', 'Two tiers of the plan start at the same attainment: give each tier its own threshold.', { field: 'tiers' });
	assertCommissionPlanValid(plan);
}

/** The plan a tier belongs to. */
export async function planOfTier(trx: Knex, tierId: string): Promise<string | null> {
	const row: Row | undefined = await trx('crm_commission_tiers').select('plan').where('id', tierId).first();
	return row ? String(row['plan']) : null;
}

/** After a split is stored: the order lists each rep once, and its shares add up to 100 % at most. */
export async function assertOrderSplitsValid(trx: Knex, splitId: string): Promise<void> {
	const split: Row | undefined = await trx('crm_commission_splits').select('order').where('id', splitId).first();
	if (!split) return;
	const rows: Row[] = await trx('crm_commission_splits').select('rep', 'share_bp').where('order', String(split['order']));
	const reps = new Set(rows.map((r) => String(r['rep'])));
	if (reps.size !== rows.length) throw new CrmError('CRM_COMMISSION_SPLIT_INVALID', 'A rep is listed twice on this order: give each rep one share.', { field: 'rep' });
	const total = rows.reduce((sum, r) => sum + wholeNumber(r['share_bp']), 0);
	if (total > 10_000) throw new CrmError('CRM_COMMISSION_SPLIT_INVALID', `The reps' shares of this order add up to ${total} bp, more than 10000 (100 %).`, { field: 'share_bp' });
}

/** Approved statements are locked: neither they nor their lines are deleted. */
export async function assertStatementsDeletable(knex: Knex, keys: readonly (string | number)[]): Promise<void> {
	const approved: Row | undefined = await knex('crm_commission_statements').whereIn('id', keys as string[]).where('status', 'approved').first();
	if (approved) throw new CrmError('CRM_COMMISSION_STATEMENT_LOCKED', 'An approved commission statement is locked for payroll and cannot be deleted.', { field: 'status' });
}

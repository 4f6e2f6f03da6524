import { type CommissionPlan, CrmError } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';

type Row = Record<string, unknown>;

/** A stored plan as the domain computes by it, with its row. */
export interface StoredCommissionPlan {
	id: string;
	name: string;
	plan: CommissionPlan;
}

const orNull = (value: unknown) => (value === null || value === undefined ? null : wholeNumber(value));

/** A plan row and its tiers as the domain's plan. */
export function toCommissionPlan(row: Row, tiers: readonly Row[]): CommissionPlan {
	return {
		basis: row['basis'] as CommissionPlan['basis'],
		rateBp: wholeNumber(row['rate_bp']),
		capMinor: orNull(row['cap']),
		targetMinor: orNull(row['target_amount']),
		tiers: tiers.map((t) => ({ fromAttainmentBp: wholeNumber(t['from_attainment_bp']), rateBp: wholeNumber(t['rate_bp']) })).sort((a, b) => a.fromAttainmentBp - b.fromAttainmentBp),
	};
}

/** The rep's active plan: their own, else their team's (the newest if several); CRM_COMMISSION_PLAN_MISSING without one. */
export async function loadCommissionPlan(knex: Knex, repId: string): Promise<StoredCommissionPlan> {
	const rep: Row | undefined = await knex('crm_sales_reps').select('id', 'name', 'team').where('id', repId).first();
	if (!rep) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no sales rep "${repId}".`, { field: 'rep' });
	const active = () => knex('crm_commission_plans').where('active', true).orderBy('date_created', 'desc').orderBy('id').first();
	const row: Row | undefined = (await active().where('rep', repId)) ?? (rep['team'] ? await active().where('team', rep['team']).whereNull('rep') : undefined);
	if (!row) throw new CrmError('CRM_COMMISSION_PLAN_MISSING', `${String(rep['name'])} has no active commission plan, of their own or of their team.`, { field: 'rep' });
	const tiers: Row[] = await knex('crm_commission_tiers').select('from_attainment_bp', 'rate_bp').where('plan', String(row['id']));
	return { id: String(row['id']), name: String(row['name']), plan: toCommissionPlan(row, tiers) };
}

/** CRM_COMMISSION_SPLIT_INVALID when an order the rep shares has shares that do not add up to 100 %. */
export async function assertRepSplitsComplete(knex: Knex, repId: string): Promise<void> {
	const mine = knex('crm_commission_splits').select('order').where('rep', repId);
	const rows: Row[] = await knex('crm_commission_splits as s').join('crm_orders as o', 'o.id', 's.order').whereIn('s.order', mine).groupBy('s.order', 'o.number').select('o.number', knex.raw('SUM(s.share_bp) as total'));
	const bad = rows.find((r) => wholeNumber(r['total']) !== 10_000);
	if (bad) throw new CrmError('CRM_COMMISSION_SPLIT_INVALID', `The reps' shares of order ${String(bad['number'])} add up to ${wholeNumber(bad['total'])} bp, not 10000 (100 %): complete them before computing the statement.`, { field: 'share_bp', order: String(bad['number']) });
}

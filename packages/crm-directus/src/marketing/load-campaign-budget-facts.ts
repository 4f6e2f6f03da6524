import { type CampaignBudgetFacts, type CampaignOrderDiscount, CrmError, isCampaignStatus, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { numberOrNull } from '../db-cells.ts';
import { toDay } from '../load-pricing-context.ts';
import { jsonOf } from '../service/instant.ts';

type Row = Record<string, unknown>;

/** The discounts the campaign's rules gave: its orders (neither drafts nor cancelled) with what their lines applied. */
async function loadCampaignOrders(knex: Knex, campaign: string): Promise<CampaignOrderDiscount[]> {
	const orders: Row[] = await knex('crm_orders').select('id', 'gross_total', 'gross_total_base').where('campaign', campaign).whereNotIn('status', UNCOUNTED_ORDER_STATUSES);
	if (orders.length === 0) return [];
	const lines: Row[] = await knex('crm_order_lines').select('order', 'applied_rules').whereIn('order', orders.map((o) => String(o['id'])));
	return orders.map((o) => ({
		applied: lines.filter((l) => l['order'] === o['id']).flatMap((l) => jsonOf<{ code?: unknown; amount?: unknown }[]>(l['applied_rules'], []).map((a) => ({ code: String(a.code ?? ''), amount: Number(a.amount ?? 0) }))),
		grossTotal: Number(o['gross_total'] ?? 0),
		grossTotalBase: numberOrNull(o['gross_total_base']),
	}));
}

/**
 * What a campaign's budget position is computed from (M3.4): its plan, its booked spend and the
 * discounts its rules (its own and its offers') gave. The caller's right to the budget is checked
 * before; the discounts are summed over orders the caller may not read one by one.
 */
export async function loadCampaignBudgetFacts(knex: Knex, campaign: string, today: string): Promise<CampaignBudgetFacts> {
	const row: Row | undefined = await knex('crm_campaigns').select('*').where('id', campaign).first();
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${campaign}".`, { campaign });
	const offers = knex('crm_special_offers').select('id').where('campaign', campaign);
	const rules: Row[] = await knex('crm_discount_rules').select('code').where('campaign', campaign).orWhereIn('offer', offers);
	const start = toDay(row['start_date']) ?? today;
	return {
		// The status is a validated choice; a value an administrator added counts as over, like finished.
		status: isCampaignStatus(row['status']) ? row['status'] : 'finished',
		start,
		end: toDay(row['end_date']) ?? start,
		today,
		warnAtBp: Number(row['budget_warn_bp'] ?? 9000),
		hardStop: Boolean(row['budget_hard_stop']),
		lines: ((await knex('crm_campaign_budget_lines').select('cost_item', 'planned_base').where('campaign', campaign)) as Row[]).map((l) => ({ costItem: String(l['cost_item']), planned: Number(l['planned_base'] ?? 0) })),
		spend: ((await knex('crm_campaign_spend').select('cost_item', 'amount_base').where('campaign', campaign)) as Row[]).map((s) => ({ costItem: String(s['cost_item']), amount: Number(s['amount_base'] ?? 0) })),
		ruleCodes: rules.map((r) => String(r['code'])),
		orders: await loadCampaignOrders(knex, campaign),
	};
}

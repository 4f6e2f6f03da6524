import { type CampaignChannel, type CampaignStatus, type CampaignTasksPlan, CrmError, type MemberTaskState, planCampaignTasks } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';

type Row = Record<string, unknown>;
const CHUNK = 500;

async function loadCampaign(knex: Knex, id: string) {
	const row: Row | undefined = await knex('crm_campaigns').where('id', id).first('id', 'status', 'channel', 'start_date');
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${id}".`, { campaign: id });
	return { id, status: row['status'] as CampaignStatus, channel: (row['channel'] as CampaignChannel | null) ?? null, startDate: toDay(row['start_date']) ?? null };
}

/** The campaign's members with their customer's active rep. */
async function loadMembers(knex: Knex, id: string) {
	const rows: Row[] = await knex('crm_campaign_members as m')
		.join('crm_customers as c', 'c.id', 'm.customer')
		.leftJoin('crm_sales_reps as r', 'r.id', 'c.owner')
		.where('m.campaign', id)
		.select('m.id', 'm.task_state', 'm.last_touch', 'r.id as rep', 'r.active as rep_active');
	// A rep who left (inactive) gets no new calls: the member counts as having no rep.
	const repOf = (r: Row) => (r['rep'] && r['rep_active'] !== false && r['rep_active'] !== 0 ? String(r['rep']) : null);
	return rows.map((r) => ({ id: String(r['id']), rep: repOf(r), taskState: (r['task_state'] as MemberTaskState | null) ?? null, touched: r['last_touch'] !== null && r['last_touch'] !== undefined }));
}

/**
 * M3.3: makes a call or visit campaign's members tasks of their customers' reps, due on one day, in one
 * transaction. Only members that are no task yet are written, so two servers doing it at once give each
 * member one rep.
 */
export async function makeCampaignTasks(knex: Knex, id: string, asked: { due?: unknown }, today: string): Promise<CampaignTasksPlan> {
	const plan = planCampaignTasks(await loadCampaign(knex, id), await loadMembers(knex, id), asked, today);
	await knex.transaction(async (trx) => {
		for (const [rep, members] of plan.byRep) {
			for (let i = 0; i < members.length; i += CHUNK) {
				await trx('crm_campaign_members').whereIn('id', members.slice(i, i + CHUNK)).whereNull('task_state').update({ rep, task_due: dayForDriver(trx, plan.due), task_state: 'open' });
			}
		}
	});
	return plan;
}

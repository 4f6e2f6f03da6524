import { assertCampaignTaskable, type CallListEntry, type CampaignChannel, type CampaignStatus, callListCsv } from '@crm/core';
import { makeCampaignTasks } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { assertMayChange } from '../assert-may-change.ts';
import { asyncRoute } from '../async-route.ts';
import { campaignId } from '../campaign-id.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, any>;
const MAY_MAKE_TASKS = 'Making tasks for reps changes the campaign: it takes the right to change the campaign.';
const todayIso = () => new Date().toISOString().slice(0, 10);
const CALL_LIST_FIELDS = ['customer.name', 'contact.first_name', 'contact.last_name', 'contact.phone', 'contact.mobile', 'contact.email', 'rep.name', 'task_due', 'task_state', 'last_touch', 'best_offer.code', 'best_offer.name'];


const joined = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p !== '').join(' ') || null;
const entryOf = (m: Row): CallListEntry => ({
	customer: m['customer']?.name ?? null,
	contact: joined(m['contact']?.first_name, m['contact']?.last_name),
	phone: m['contact']?.phone ?? null,
	mobile: m['contact']?.mobile ?? null,
	email: m['contact']?.email ?? null,
	rep: m['rep']?.name ?? null,
	due: m['task_due'] ? String(m['task_due']).slice(0, 10) : null,
	task: m['task_state'] ?? null,
	lastTouch: m['last_touch'] ?? null,
	offer: m['best_offer'] ? joined(m['best_offer'].code, '—', m['best_offer'].name) : null,
});

/**
 * M3.3: a call or visit campaign's members as tasks of their customers' reps, and as a call list (CSV) of the
 * members the caller may read — a rep gets their own customers' calls. Outcomes are logged as touches
 * (POST /crm/campaign-members/:id/touches), which close the task.
 */
export function registerCampaignTaskRoutes(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	router.post('/campaigns/:id/tasks', asyncRoute(async (req) => {
		const id = campaignId(req);
		await assertMayChange(services, await serviceOptionsOf(req, getSchema), 'crm_campaigns', id, MAY_MAKE_TASKS);
		const plan = await makeCampaignTasks(database, id, { due: (req.body as Row | undefined)?.['due'] }, todayIso());
		const tasks = [...plan.byRep].map(([rep, members]) => ({ rep, tasks: members.length }));
		return { data: { campaign: id, due: plan.due, made: tasks.reduce((n, t) => n + t.tasks, 0), by_rep: tasks, left_out: { no_rep: plan.leftOut.noRep, already_tasks: plan.leftOut.alreadyTasks, already_reached: plan.leftOut.alreadyReached } } };
	}));

	router.get('/campaigns/:id/call-list', asyncRoute(async (req, res) => {
		const id = campaignId(req);
		const options = await serviceOptionsOf(req, getSchema);
		const campaign = (await new services.ItemsService('crm_campaigns', options).readOne(id, { fields: ['id', 'code', 'status', 'channel', 'start_date'] })) as Row;
		assertCampaignTaskable({ id, status: campaign['status'] as CampaignStatus, channel: (campaign['channel'] as CampaignChannel | null) ?? null, startDate: null });
		const members = (await new services.ItemsService('crm_campaign_members', options).readByQuery({ filter: { campaign: { _eq: id } }, fields: CALL_LIST_FIELDS, sort: ['task_due', 'customer.name', 'contact.last_name'], limit: -1 })) as Row[];
		res.setHeader('content-type', 'text/csv; charset=utf-8');
		res.setHeader('content-disposition', `attachment; filename="call-list-${String(campaign['code']).toLowerCase()}.csv"`);
		res.send(callListCsv(members.map(entryOf)));
		return undefined;
	}));
}

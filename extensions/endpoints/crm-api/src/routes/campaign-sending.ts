import { CrmError, MEMBER_SEND_STATES, TOUCH_KINDS } from '@crm/core';
import { addCampaignMembers, campaignSenderDeps, pauseCampaignSend, runCampaignSender, type SenderDeps, startCampaignSend } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { assertMayChange } from '../assert-may-change.ts';
import { asyncRoute } from '../async-route.ts';
import { campaignId } from '../campaign-id.ts';
import { serviceOptionsOf } from '../directus-request.ts';

const MAY_SEND = 'Sending, pausing and adding members change the campaign: it takes the right to change the campaign.';


/** Starts the sender on this server, detached from the request: it goes on after the answer. */
function launch(deps: SenderDeps, id: string, logger: EndpointExtensionContext['logger']): void {
	runCampaignSender(deps, id).catch((error: unknown) => logger.error(error, `[crm] campaign ${id}: the sender stopped`));
}

/** Members by send state and by touch (members with at least one touch of the kind), as far as the caller may read members. */
async function funnelOf(services: EndpointExtensionContext['services'], options: Awaited<ReturnType<typeof serviceOptionsOf>>, id: string) {
	const members = new services.ItemsService('crm_campaign_members', options);
	const byState = (await members.readByQuery({ filter: { campaign: { _eq: id } }, aggregate: { count: ['*'] }, group: ['send_state'] })) as { send_state: string; count: number | string }[];
	const touches = new services.ItemsService('crm_campaign_touches', options);
	const byKind = (await touches.readByQuery({ filter: { campaign: { _eq: id } }, aggregate: { countDistinct: ['member'] }, group: ['kind'] })) as { kind: string; countDistinct: { member: number | string } }[];
	const states = Object.fromEntries(MEMBER_SEND_STATES.map((s) => [s, Number(byState.find((r) => r.send_state === s)?.count ?? 0)]));
	const touched = Object.fromEntries(TOUCH_KINDS.map((k) => [k, Number(byKind.find((r) => r.kind === k)?.countDistinct.member ?? 0)]));
	return { members: Object.values(states).reduce((a, b) => a + b, 0), by_send_state: states, by_touch: touched };
}

/**
 * M3.3: a campaign's members and its e-mail sending. Members come from the campaign's segments (contacts
 * with consent); sending runs on the server, one claimed member at a time, and survives a restart.
 */
export function registerCampaignSendingRoutes(router: Router, context: EndpointExtensionContext): void {
	const { services, getSchema, database, logger } = context;
	const deps = campaignSenderDeps(context);
	const guarded = async (req: Request) => {
		const id = campaignId(req);
		await assertMayChange(services, await serviceOptionsOf(req, getSchema), 'crm_campaigns', id, MAY_SEND);
		return id;
	};

	router.post('/campaigns/:id/members', asyncRoute(async (req) => {
		const id = await guarded(req);
		const plan = await addCampaignMembers(database, id, new Date());
		return { data: { campaign: id, added: plan.add.length, left_out: { no_consent: plan.leftOut.noConsent, no_address: plan.leftOut.noAddress, inactive: plan.leftOut.inactive, already_members: plan.leftOut.alreadyMembers } } };
	}));

	for (const action of ['send', 'resume'] as const) {
		router.post(`/campaigns/:id/${action}`, asyncRoute(async (req, res) => {
			const id = await guarded(req);
			const added = action === 'send' ? (await addCampaignMembers(database, id, new Date())).add.length : 0;
			const facts = await startCampaignSend(deps, id);
			launch(deps, id, logger);
			res.status(202);
			return { data: { campaign: id, send_status: 'sending', members_added: added, waiting: facts.pendingMembers, rate_per_minute: facts.ratePerMinute } };
		}));
	}

	router.post('/campaigns/:id/pause', asyncRoute(async (req) => {
		const id = await guarded(req);
		if (!(await pauseCampaignSend(database, id))) throw new CrmError('CRM_CAMPAIGN_NOT_SENDABLE', 'The campaign is not sending: there is nothing to pause.', { campaign: id, reason: 'not_sending' });
		return { data: { campaign: id, send_status: 'paused' } };
	}));
	registerFunnelRoute(router, context);
}

function registerFunnelRoute(router: Router, { services, getSchema }: EndpointExtensionContext): void {
	router.get('/campaigns/:id/funnel', asyncRoute(async (req) => {
		const id = campaignId(req);
		const options = await serviceOptionsOf(req, getSchema);
		const campaign = (await new services.ItemsService('crm_campaigns', options).readOne(id, { fields: ['id', 'send_status'] })) as { send_status?: string };
		return { data: { campaign: id, send_status: campaign.send_status ?? null, ...(await funnelOf(services, options, id)) } };
	}));
}

import { CrmError, isUuid, parseLoggedTouch } from '@crm/core';
import { loadTouchedMember, recordTouch } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

/**
 * POST /crm/campaign-members/:id/touches — M3.3: the outcome of a call, visit or event, logged by whoever
 * may read the member (a rep, their own customers' members): a touch and its entry on the timeline.
 */
export function registerCampaignTouchRoutes(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	router.post('/campaign-members/:id/touches', asyncRoute(async (req, res) => {
		const id = String(req.params['id']);
		if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no campaign member "${id}".`, { parameter: 'id' });
		const logged = parseLoggedTouch(req.body, new Date());
		const options = await serviceOptionsOf(req, getSchema);
		await new services.ItemsService('crm_campaign_members', options).readOne(id, { fields: ['id'] });
		const member = await loadTouchedMember(database, id);
		const touch = await database.transaction((trx) => recordTouch(trx, member, { kind: logged.kind, at: logged.at, outcome: logged.outcome }));
		res.status(201);
		return { data: { id: touch, member: id, campaign: member.campaign.id, kind: logged.kind, occurred_at: logged.at.toISOString(), outcome: logged.outcome } };
	}));
}

import { CrmError, isUuid, summarizeCampaignBudget } from '@crm/core';
import { loadCampaignBudgetFacts } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * GET /crm/campaigns/:id/budget — M3.4: the plan against the spend by cost item (discounts given
 * through the campaign's rules included), the forecast at completion and the warnings, in the base
 * currency. For whoever may read the campaign's budget lines and spend.
 */
export function registerCampaignRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.get(
		'/campaigns/:id/budget',
		asyncRoute(async (req) => {
			const id = String(req.params['id']);
			if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${id}".`, { parameter: 'id' });
			const options = await serviceOptionsOf(req, getSchema);
			await new services.ItemsService('crm_campaigns', options).readOne(id, { fields: ['id'] });
			for (const collection of ['crm_campaign_budget_lines', 'crm_campaign_spend']) await new services.ItemsService(collection, options).readByQuery({ fields: ['id'], limit: 1 });
			const { byItem, position } = summarizeCampaignBudget(await loadCampaignBudgetFacts(database, id, todayIso()));
			return {
				data: {
					campaign: id,
					currency: baseCurrency,
					by_item: byItem.map((i) => ({ cost_item: i.costItem, planned: i.planned, actual: i.actual })),
					planned: position.planned,
					actual: position.actual,
					remaining: position.remaining,
					used_bp: position.usedBp,
					forecast: position.forecast,
					overrun_forecast: position.overrunForecast,
					warning: position.warning,
					stop_sends: position.stopSends,
				},
			};
		}),
	);
}

import { type AttributionSummary, CrmError, isUuid, parseAttributionQuery, type ReturnOnSpend, summarizeAttribution } from '@crm/core';
import { loadAttributionFacts } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;
const todayIso = () => new Date().toISOString().slice(0, 10);
const returnsOf = (r: ReturnOnSpend) => ({ orders: r.orders, revenue: r.revenue, margin: r.margin, spend: r.spend, roi_bp: r.roiBp });

/**
 * GET /crm/campaigns/attribution and /crm/campaigns/:id/attribution — M4: orders shared among the campaign
 * touches before them by the chosen model; revenue, margin, spend and ROI per campaign and per channel, in
 * the base currency; one campaign's credits order by order. For whoever may read campaign spend.
 */
export function registerCampaignAttributionRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	const attribute = async (req: Request, creditsOf: string | null) => {
		const query = parseAttributionQuery(req.query as Record<string, unknown>, todayIso());
		const options = await serviceOptionsOf(req, getSchema);
		await new services.ItemsService('crm_campaign_spend', options).readByQuery({ fields: ['id'], limit: 1 });
		const summary = summarizeAttribution(await loadAttributionFacts(database, query, base), { model: query.model, windowDays: query.windowDays, halfLifeDays: query.halfLifeDays }, { creditsOf });
		const settings = { model: query.model, window_days: query.windowDays, half_life_days: query.halfLifeDays, from: query.from, to: query.to, currency: base };
		return { summary, settings, options };
	};

	router.get('/campaigns/attribution', asyncRoute(async (req) => {
		const { summary, settings, options } = await attribute(req, null);
		const campaigns = (await new services.ItemsService('crm_campaigns', options).readByQuery({ fields: ['id', 'code', 'name', 'channel'], limit: -1 })) as Row[];
		const named = new Map(campaigns.map((c) => [String(c['id']), c]));
		return {
			data: {
				...settings,
				by_campaign: summary.byCampaign.filter((r) => named.has(r.key)).map((r) => ({ campaign: r.key, code: named.get(r.key)!['code'], name: named.get(r.key)!['name'], channel: named.get(r.key)!['channel'] ?? null, ...returnsOf(r) })),
				by_channel: summary.byChannel.map((r) => ({ channel: r.key, ...returnsOf(r) })),
			},
		};
	}));

	router.get('/campaigns/:id/attribution', asyncRoute(async (req) => {
		const id = String(req.params['id']);
		if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${id}".`, { parameter: 'id' });
		const { summary, settings, options } = await attribute(req, id);
		await new services.ItemsService('crm_campaigns', options).readOne(id, { fields: ['id'] });
		return { data: { campaign: id, ...settings, ...(await explain(services, options, summary, id)) } };
	}));
}

/** One campaign's credits by order, for the orders the caller may read; the others are only counted. */
async function explain(services: EndpointExtensionContext['services'], options: Awaited<ReturnType<typeof serviceOptionsOf>>, summary: AttributionSummary, campaign: string) {
	const credits = summary.credits.filter((c) => c.campaign === campaign);
	const orderIds = [...new Set(credits.map((c) => c.order))];
	const readable = orderIds.length === 0 ? [] : ((await new services.ItemsService('crm_orders', options).readByQuery({ filter: { id: { _in: orderIds } }, fields: ['id', 'number', 'order_date'], limit: -1 })) as Row[]);
	const totals = summary.byCampaign.find((r) => r.key === campaign);
	return {
		...(totals ? returnsOf(totals) : { orders: 0, revenue: 0, margin: 0, spend: 0, roi_bp: null }),
		credits: readable.map((o) => ({
			order: o['id'],
			number: o['number'],
			order_date: o['order_date'],
			touches: credits.filter((c) => c.order === o['id']).map((c) => ({ touch: c.touch, weight: c.weight, of: c.of, revenue: c.revenue, margin: c.margin })),
		})),
		hidden_orders: orderIds.length - readable.length,
	};
}

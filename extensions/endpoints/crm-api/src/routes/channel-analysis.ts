import { type AttributionQuery, type CampaignChannelFigures, compareChannelPeriods, type Compared, parseAttributionQuery, previousPeriod, type SalesChannelFigures, summarizeChannels } from '@crm/core';
import { loadChannelFacts } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;
const todayIso = () => new Date().toISOString().slice(0, 10);

const salesJson = (r: Omit<SalesChannelFigures, 'key'>) => ({ orders: r.orders, revenue: r.revenue, margin: r.margin, customers: r.customers, new_customers: r.newCustomers, avg_order: r.avgOrder });
const campaignJson = (r: Omit<CampaignChannelFigures, 'key'>) => ({
	members: r.members,
	converted_members: r.convertedMembers,
	conversion_bp: r.conversionBp,
	orders: r.orders,
	revenue: r.revenue,
	margin: r.margin,
	spend: r.spend,
	roi_bp: r.roiBp,
	acquired_customers: r.acquiredCustomers,
	cost_per_acquired_customer: r.costPerAcquiredCustomer,
	avg_order: r.avgOrder,
});

/**
 * GET /crm/marketing/channels — M5, A4: orders, revenue, margin and customers by sales channel, and
 * conversion, credited return and cost per acquired customer by campaign channel, beside the period of
 * the same length before. For whoever may read campaign spend (it sums every customer's orders).
 */
export function registerChannelAnalysisRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.get('/marketing/channels', asyncRoute(async (req) => {
		const query = parseAttributionQuery(req.query as Record<string, unknown>, todayIso());
		const options = await serviceOptionsOf(req, getSchema);
		await new services.ItemsService('crm_campaign_spend', options).readByQuery({ fields: ['id'], limit: 1 });
		const previous: AttributionQuery = { ...query, ...previousPeriod(query.from, query.to) };
		const summarize = async (q: AttributionQuery) => summarizeChannels(await loadChannelFacts(database, q, base), query);
		const compared = compareChannelPeriods(await summarize(query), await summarize(previous));
		const names = (await new services.ItemsService('crm_sales_channels', options).readByQuery({ fields: ['id', 'name'], limit: -1 })) as Row[];
		const nameOf = new Map(names.map((n) => [String(n['id']), String(n['name'])]));
		return {
			data: {
				from: query.from, to: query.to, currency: base, model: query.model, window_days: query.windowDays, half_life_days: query.halfLifeDays,
				previous: { from: previous.from, to: previous.to },
				by_sales_channel: compared.bySalesChannel.map((r: Compared<SalesChannelFigures>) => ({ channel: r.key, name: r.key === null ? 'No channel' : (nameOf.get(r.key) ?? 'Other channel'), ...salesJson(r), previous: salesJson(r.previous) })),
				by_campaign_channel: compared.byCampaignChannel.map((r: Compared<CampaignChannelFigures>) => ({ channel: r.key, ...campaignJson(r), previous: campaignJson(r.previous) })),
			},
		};
	}));
}

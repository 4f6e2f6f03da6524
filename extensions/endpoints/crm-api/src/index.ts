import { isCrmError } from '@crm/core';
import { assertSupportedSchema, toDirectusError } from '@crm/directus';
import { defineEndpoint } from '@directus/extensions-sdk';
import { createAnswerCache, forgetAnswersAfterWrites } from './analytics/answer-cache.ts';
import { registerOpenApiRoute } from './openapi/register-openapi-route.ts';
import { registerCreateOrder } from './routes/create-order.ts';
import { registerDiscountApprovals } from './routes/discount-approvals.ts';
import { registerFulfilmentRoutes } from './routes/fulfilment.ts';
import { registerOrderActions } from './routes/order-actions.ts';
import { registerPriceRoutes } from './routes/prices.ts';
import { registerPricingRoutes } from './routes/pricing.ts';
import { registerQuoteActions } from './routes/quote-actions.ts';
import { registerServiceRoutes } from './routes/service.ts';
import { registerPaymentRoutes } from './routes/payments.ts';
import { registerReceivableRoutes } from './routes/receivables.ts';
import { registerCampaignRoutes } from './routes/campaigns.ts';
import { registerCampaignSendingRoutes } from './routes/campaign-sending.ts';
import { registerCampaignOfferRoutes } from './routes/campaign-offers.ts';
import { registerCampaignAttributionRoutes } from './routes/campaign-attribution.ts';
import { registerChannelAnalysisRoutes } from './routes/channel-analysis.ts';
import { registerClassificationRoutes } from './routes/classification.ts';
import { registerCampaignTaskRoutes } from './routes/campaign-tasks.ts';
import { registerCampaignTouchRoutes } from './routes/campaign-touches.ts';
import { registerTrackingRoutes } from './routes/tracking.ts';
import { registerSegmentRoutes } from './routes/segments.ts';
import { registerTimelineRoute } from './routes/timeline.ts';
import { registerCustomerOverviewRoute } from './routes/customer-overview.ts';
import { registerProfitabilityRoutes } from './routes/profitability.ts';
import { registerSalesAnalyticsRoutes } from './routes/sales-analytics.ts';
import { registerOpportunityRoutes } from './routes/opportunities.ts';
import { registerSalesPlanRoutes } from './routes/sales-plans.ts';
import { registerForecastRoutes } from './routes/forecasts.ts';
import { registerCommissionRoutes } from './routes/commissions.ts';
import { registerCrossSellRoutes } from './routes/cross-sales.ts';
import { registerRepeatSalesRoutes } from './routes/repeat-sales.ts';
import { registerAssignmentRoutes } from './routes/assignment.ts';
import { registerVisitRoutes } from './routes/visit-plans.ts';
import { registerSettingsRoute } from './routes/settings.ts';

/** Every /crm route group, registered in this order (the timeline first: its paths are the most used). */
const ROUTES = [
	registerTimelineRoute,
	registerCustomerOverviewRoute,
	registerPriceRoutes,
	registerPricingRoutes,
	registerCreateOrder,
	registerOrderActions,
	registerDiscountApprovals,
	registerPaymentRoutes,
	registerReceivableRoutes,
	registerFulfilmentRoutes,
	registerQuoteActions,
	registerServiceRoutes,
	registerSegmentRoutes,
	registerCampaignRoutes,
	registerCampaignAttributionRoutes,
	registerChannelAnalysisRoutes,
	registerCampaignTaskRoutes,
	registerCampaignTouchRoutes,
	registerCampaignSendingRoutes,
	registerCampaignOfferRoutes,
	registerTrackingRoutes,
	registerClassificationRoutes,
	registerProfitabilityRoutes,
	registerSalesAnalyticsRoutes,
	registerOpportunityRoutes,
	registerSalesPlanRoutes,
	registerForecastRoutes,
	registerCommissionRoutes,
	registerCrossSellRoutes,
	registerRepeatSalesRoutes,
	registerAssignmentRoutes,
	registerVisitRoutes,
] as const;

export default defineEndpoint({
	id: 'crm',
	handler: (router, context) => {
		// The reference describes the code, not the data: it answers even on a schema the routes refuse.
		registerOpenApiRoute(router);
		// Nor does what the Studio shows amounts with: the base currency is the server's, not the data's.
		registerSettingsRoute(router, context);
		// Every route works on the CRM's collections: none runs on a schema version it was not built for.
		const ttlMs = Number(context.env['CRM_SCHEMA_CHECK_SECONDS'] ?? 30) * 1000;
		router.use((_req, _res, next) => {
			assertSupportedSchema(context.database, ttlMs).then(() => next(), (error: unknown) => next(isCrmError(error) ? toDirectusError(error) : error));
		});
		const answers = createAnswerCache(context.env);
		forgetAnswersAfterWrites(router, answers);
		for (const register of ROUTES) register(router, context, answers);
	},
});

import { DEFAULT_MAX_FUTURE_MS } from '@crm/core';
import { defineHook } from '@directus/extensions-sdk';
import { guardCrmWrites } from './guard-crm-writes.ts';
import { guardCustomers } from './guard-customers.ts';
import { guardDiscountDefinitions } from './guard-discount-definitions.ts';
import { guardEndpointDocuments } from './guard-endpoint-documents.ts';
import { guardInteractions } from './guard-interactions.ts';
import { guardLedgerWrites } from './guard-ledger.ts';
import { guardSegments } from './guard-segments.ts';
import { guardCampaignSpend } from './guard-campaign-spend.ts';
import { guardCampaigns } from './guard-campaigns.ts';
import { guardPriceLists } from './guard-price-lists.ts';
import { guardPricedDocuments, releaseClaimsOfDeletedOrders } from './guard-priced-documents.ts';
import { guardReferenceData } from './guard-reference-data.ts';
import { raiseAnalyticsVersion } from './guard-analytics-cache.ts';
import { guardServiceRequests } from './guard-service-requests.ts';
import { guardServiceSetup } from './guard-service-setup.ts';
import { guardTimeEntries } from './guard-time-entries.ts';
import { createCrmHooks, type HookDeps } from './hook-kit.ts';
import { PricedDocuments } from './priced-documents.ts';
import { scheduleJobs } from './schedule-jobs.ts';
import { guardClassification } from './guard-classification.ts';
import { guardPipeline } from './guard-pipeline.ts';
import { guardCommissions } from './guard-commissions.ts';
import { guardSalesPlanning } from './guard-sales-planning.ts';
import { guardCrossSales } from './guard-cross-sales.ts';
import { guardSalesTasks } from './guard-sales-tasks.ts';
import { guardTerritories } from './guard-territories.ts';
import { guardVisits } from './guard-visits.ts';
import { SYSTEM_EVENT_SOURCES } from './system-event-sources.ts';
import { SystemInteractionRecorder } from './system-interaction-recorder.ts';
import { WriteHandoff } from './write-handoff.ts';

/**
 * Every CRM write passes the cross-cutting checks (`items.<event>`), then its collection's own
 * (`<collection>.items.<event>`, one file per thing guarded); what must happen inside the write's
 * transaction after the row is stored runs when Directus records the write's activity.
 */
export default defineHook((register, context) => {
	const { services, env, database } = context;
	const handoff = new WriteHandoff();
	const dataChanged = raiseAnalyticsVersion(register, env);
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	const deps: HookDeps = {
		services,
		database,
		handoff,
		baseCurrency,
		documents: new PricedDocuments(baseCurrency, handoff),
		maxFutureMs: Number(env['CRM_INTERACTION_MAX_FUTURE_HOURS'] ?? DEFAULT_MAX_FUTURE_MS / 3_600_000) * 3_600_000,
		schemaTtlMs: Number(env['CRM_SCHEMA_CHECK_SECONDS'] ?? 30) * 1000,
		nowIso: () => new Date().toISOString(),
		dataChanged,
	};
	guardCrmWrites(register, deps);
	const hooks = createCrmHooks(register, database);
	guardReferenceData(hooks, env);
	for (const guard of [guardPriceLists, guardLedgerWrites, guardEndpointDocuments, guardDiscountDefinitions, guardInteractions, guardServiceSetup, guardTimeEntries, guardServiceRequests, guardCustomers, guardSegments, guardCampaignSpend, guardCampaigns, guardClassification, guardPipeline, guardSalesPlanning, guardCrossSales, guardCommissions, guardSalesTasks, guardTerritories, guardPricedDocuments, releaseClaimsOfDeletedOrders]) guard(hooks, deps);
	guardVisits(hooks);
	// Last: the timeline records what the checks above let through.
	new SystemInteractionRecorder(SYSTEM_EVENT_SOURCES, handoff).register(hooks);
	scheduleJobs(register, context, deps);
});

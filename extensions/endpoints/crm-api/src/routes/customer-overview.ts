import { assembleCustomerOverview, CrmError, isUuid } from '@crm/core';
import { loadCustomerOverviewFacts, type ReaderOf } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { readingCustomer } from '../customer-not-permitted.ts';
import { serviceOptionsOf } from '../directus-request.ts';

interface OverviewRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
}

/** Reads under the caller's policy. */
async function readerOf(route: OverviewRoute, req: Request): Promise<ReaderOf> {
	const options = await serviceOptionsOf(req, route.context.getSchema);
	return (collection) => new route.context.services.ItemsService(collection, options);
}

/** GET /crm/customers/:id/overview — A5.2: the customer at a glance in one answer, each block as far as the caller's policy reaches (a block they may not read is left out). */
async function getOverview(route: OverviewRoute, req: Request) {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no customer "${id}".`, { parameter: 'id' });
	const read = await readerOf(route, req);
	const now = new Date().toISOString();
	const facts = await readingCustomer(id, () => loadCustomerOverviewFacts(read, id, { baseCurrency: route.baseCurrency, today: now.slice(0, 10) }));
	return { data: assembleCustomerOverview(facts, now) };
}

/** The customer card's read API (A5.2). */
export function registerCustomerOverviewRoute(router: Router, context: EndpointExtensionContext): void {
	const route: OverviewRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR') };
	router.get('/customers/:id/overview', asyncRoute((req) => getOverview(route, req)));
}

import { CrmError, isUuid, parseProfitabilityPeriod, parseProfitabilityQuery, type ProfitabilityPeriod, profitabilityCsv, summarizeProfitability } from '@crm/core';
import { assertMayReadProfitability, loadCustomerProfitability, loadProfitabilityFacts, profitabilityContextOf, profitabilityDetailOf, type ReaderOf, readableCustomerIds } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { readingCustomer } from '../customer-not-permitted.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { customerPnlJson, summaryJson } from '../profitability/profitability-json.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

interface ProfitRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
}

/** The caller's reader, once they are found to may read profitability at all. */
async function profitReaderOf(route: ProfitRoute, req: Request): Promise<{ read: ReaderOf; admin: boolean }> {
	const options = await serviceOptionsOf(req, route.context.getSchema);
	const read: ReaderOf = (collection) => new route.context.services.ItemsService(collection, options);
	await assertMayReadProfitability(read);
	return { read, admin: !options.accountability || options.accountability.admin === true };
}

/** GET /crm/customers/:id/profitability — one customer's P&L over the period, every line explained (A5.3, C2). */
async function getCustomerProfitability(route: ProfitRoute, req: Request) {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no customer "${id}".`, { parameter: 'id' });
	const today = todayIso();
	const period: ProfitabilityPeriod = { ...parseProfitabilityPeriod(req.query as Record<string, unknown>, today), today };
	const { read } = await profitReaderOf(route, req);
	await readingCustomer(id, () => read('crm_customers').readOne(id, { fields: ['id'] }));
	const detail = await profitabilityDetailOf(read);
	const pnl = await loadCustomerProfitability(route.context.database, id, period, { baseCurrency: route.baseCurrency, detail });
	return { data: customerPnlJson(pnl, period, route.baseCurrency) };
}

/**
 * GET /crm/profitability — every customer the caller may read, ranked by profit (C2, A5.13): the totals of each
 * line, the whale curve, what drives the losses and the ends of the table; ?format=csv gives every customer.
 */
async function getProfitability(route: ProfitRoute, req: Request, res: Response) {
	const today = todayIso();
	const query = parseProfitabilityQuery(req.query as Record<string, unknown>, today);
	const period: ProfitabilityPeriod = { from: query.from, to: query.to, today };
	const { read, admin } = await profitReaderOf(route, req);
	const [customers, detail] = await Promise.all([readableCustomerIds(read, admin), profitabilityDetailOf(read)]);
	const base = route.baseCurrency;
	const loaded = await loadProfitabilityFacts(route.context.database, period, { customers, detail: false }, base);
	const summary = summarizeProfitability(loaded.facts, profitabilityContextOf(loaded, period, base, detail));
	if (query.format === 'json') return { data: summaryJson(summary, period, base, query.limit) };
	res.setHeader('content-type', 'text/csv; charset=utf-8');
	res.setHeader('content-disposition', `attachment; filename="customer-profitability-${period.from}-${period.to}.csv"`);
	res.send(profitabilityCsv(summary.ranked, base));
	return undefined;
}

/** Customer profitability (A5.3, C2, A5.13): for whoever may read what goods cost and what customers owe, over the customers they may read. */
export function registerProfitabilityRoutes(router: Router, context: EndpointExtensionContext): void {
	const route: ProfitRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR') };
	router.get('/customers/:id/profitability', asyncRoute((req) => getCustomerProfitability(route, req)));
	router.get('/profitability', asyncRoute((req, res) => getProfitability(route, req, res)));
}

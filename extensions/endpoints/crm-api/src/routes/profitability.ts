import { CrmError, isUuid, parseProfitabilityPeriod, parseProfitabilityQuery, type ProfitabilityPeriod, profitabilityCsv, summarizeProfitability } from '@crm/core';
import { type AnswerCache, assertMayReadProfitability, loadCustomerProfitability, loadProfitabilityFacts, loadReadAccess, profitabilityContextOf, profitabilityDetailOf, type ReaderOf, readableCustomerIds } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import { cachedAnswer } from '../analytics/answer-cache.ts';
import { asyncRoute } from '../async-route.ts';
import { readingCustomer } from '../customer-not-permitted.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { customerPnlJson, summaryJson } from '../profitability/profitability-json.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

interface ProfitRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
	answers: AnswerCache | null;
}

/** The caller's reader, once they are found to may read profitability at all, and how to name their read permissions (for kept answers). */
async function profitReaderOf(route: ProfitRoute, req: Request): Promise<{ read: ReaderOf; admin: boolean; accessKey: () => Promise<string> }> {
	const options = await serviceOptionsOf(req, route.context.getSchema);
	const { ItemsService } = route.context.services;
	const read: ReaderOf = (collection) => new ItemsService(collection, options);
	await assertMayReadProfitability(read);
	const accessKey = async () => (await loadReadAccess({ knex: route.context.database, schema: options.schema, accountability: options.accountability, itemsService: ItemsService })).key;
	return { read, admin: !options.accountability || options.accountability.admin === true, accessKey };
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
	const { read, admin, accessKey } = await profitReaderOf(route, req);
	const summarize = async () => {
		const [customers, detail] = await Promise.all([readableCustomerIds(read, admin), profitabilityDetailOf(read)]);
		const loaded = await loadProfitabilityFacts(route.context.database, period, { customers, detail: false }, route.baseCurrency);
		return summarizeProfitability(loaded.facts, profitabilityContextOf(loaded, period, route.baseCurrency, detail));
	};
	if (query.format === 'json') return cachedAnswer(route.answers, `profitability ${today} ${JSON.stringify(query)}`, await accessKey(), async () => ({ data: summaryJson(await summarize(), period, route.baseCurrency, query.limit) }));
	res.setHeader('content-type', 'text/csv; charset=utf-8');
	res.setHeader('content-disposition', `attachment; filename="customer-profitability-${period.from}-${period.to}.csv"`);
	res.send(profitabilityCsv((await summarize()).ranked, route.baseCurrency));
	return undefined;
}

/** Customer profitability (A5.3, C2, A5.13): for whoever may read what goods cost and what customers owe, over the customers they may read. */
export function registerProfitabilityRoutes(router: Router, context: EndpointExtensionContext, answers: AnswerCache | null = null): void {
	const route: ProfitRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR'), answers };
	router.get('/customers/:id/profitability', asyncRoute((req) => getCustomerProfitability(route, req)));
	router.get('/profitability', asyncRoute((req, res) => getProfitability(route, req, res)));
}

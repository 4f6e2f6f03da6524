import { computeDocumentTotals, CrmError, describeLinePricing, isCalendarDate, isCurrencyCode, parseWhatIfRequest, rulesInForce, summarizeDiscountsGiven } from '@crm/core';
import { assertProductsVisible, loadDiscountedOrders, loadDiscountLimitBp, loadDiscountRules, loadOffersWithUsage, type PricedDocument, priceDocument, type ReaderOf } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

const today = () => new Date().toISOString().slice(0, 10);
/** Offers' usage counted for nobody in particular: the rules list shows what is left overall. */
const NO_CUSTOMER = '00000000-0000-0000-0000-000000000000';

interface PricingRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
}

function dayParam(query: Record<string, unknown>, name: string, fallback: string): string {
	const value = query[name] ?? fallback;
	if (typeof value !== 'string' || !isCalendarDate(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day written YYYY-MM-DD, got ${JSON.stringify(value)}.`, { parameter: name });
	return value;
}

async function callerOf(route: PricingRoute, req: Request) {
	const options = await serviceOptionsOf(req, route.context.getSchema);
	const read: ReaderOf = (collection) => new route.context.services.ItemsService(collection, options);
	return { options, read };
}

/** The what-if answer: the engine's result with totals, each line with its trace and its explanation in words. */
function whatIfJson(priced: PricedDocument, head: { customer: string; currency: string; date: string }) {
	const r = priced.result;
	const vatOf = (productId: string) => priced.vatRates.get(productId) ?? 0;
	const totals = computeDocumentTotals(r.lines.map((l) => ({ quantityMilli: l.quantityMilli, unitPrice: l.listUnitPrice, vatRateBp: vatOf(l.productId), discountAmount: l.discountAmount })), head.currency);
	const lines = r.lines.map((l, i) => {
		const t = totals.lines[i]!;
		// Every candidate rule with its outcome; the stored line keeps the most telling of them (explanation.trace).
		return { product: l.productId, quantity_milli: l.quantityMilli, unit_price: l.listUnitPrice, list_amount: l.listAmount, discount_amount: l.discountAmount, net_amount: t.netAmount, vat_rate_bp: vatOf(l.productId), vat_amount: t.vatAmount, gross_amount: t.grossAmount, discounts: l.discounts, approval_reasons: l.approvalReasons, trace: l.trace, explanation: priced.records[i], why: describeLinePricing(priced.records[i]!) };
	});
	return { ...head, list_total: r.listTotal, discount_total: r.discountTotal, net_total: totals.netTotal, vat_total: totals.vatTotal, gross_total: totals.grossTotal, approval_required: r.approvalRequired, codes: r.codes, offers: r.offers, order_trace: r.orderTrace, lines };
}

/** POST /crm/pricing/quote — what-if: any customer, basket, day, campaign and codes, priced by the engine the documents use. */
async function postWhatIf(route: PricingRoute, req: Request) {
	const request = parseWhatIfRequest(req.body, new Date());
	const { options, read } = await callerOf(route, req);
	// The caller must be allowed to see the customer and the products; prices and rules are reference data.
	const customer = (await read('crm_customers').readOne(request.customerId, { fields: ['id', 'currency'] })) as { currency?: string | null };
	await assertProductsVisible(read, request.lines.map((l) => l.productId), (id) => `lines[${request.lines.findIndex((l) => l.productId === id)}].product`);
	const currency = request.currency ?? customer.currency ?? route.baseCurrency;
	// A what-if shows whether the caller's own manual discounts would need approval.
	const limit = await loadDiscountLimitBp(route.context.database, options.accountability);
	const lines = request.lines.map((l) => ({ productId: l.productId, quantityMilli: l.quantityMilli, manualDiscountBp: l.manualDiscountBp, approvedDiscountBp: limit, belowFloorApproved: false }));
	const priced = await priceDocument(route.context.database, { customerId: request.customerId, currency, date: request.date, campaignId: request.campaignId, codes: request.codes, excludeOrderId: null, baseCurrency: route.baseCurrency, lines });
	return { data: whatIfJson(priced, { customer: request.customerId, currency, date: request.date }) };
}

/** GET /crm/pricing/rules?date= — the rules in force on a day. */
async function getRules(route: PricingRoute, req: Request) {
	const date = dayParam(req.query as Record<string, unknown>, 'date', today());
	const { read } = await callerOf(route, req);
	// Reading rules is a permission like any other: the caller's policy decides.
	await read('crm_discount_rules').readByQuery({ fields: ['id'], limit: 1 });
	const set = await loadDiscountRules(route.context.database);
	const offers = new Map((await loadOffersWithUsage(route.context.database, set.offerRows, NO_CUSTOMER, null)).map((o) => [o.id, o]));
	const inForce = rulesInForce(set.rules, offers, date);
	return { data: inForce, meta: { date, total: inForce.length, policy: set.policy } };
}

/** GET /crm/pricing/discounts-given?from=&to=&currency= — discount cost by rule, rep and customer group, over the orders the caller may read. */
async function getDiscountsGiven(route: PricingRoute, req: Request) {
	const query = req.query as Record<string, unknown>;
	const to = dayParam(query, 'to', today());
	const from = dayParam(query, 'from', `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`);
	if (from > to) throw new CrmError('CRM_INVALID_QUERY', `"from" (${from}) is after "to" (${to}).`, { parameter: 'from' });
	const currency = typeof query['currency'] === 'string' ? query['currency'] : route.baseCurrency;
	if (!isCurrencyCode(currency)) throw new CrmError('CRM_INVALID_QUERY', `"currency" must be an ISO 4217 code such as EUR, got ${JSON.stringify(currency)}.`, { parameter: 'currency' });
	const { read } = await callerOf(route, req);
	const documents = await loadDiscountedOrders(read, currency, from, to);
	const ruleNames = new Map((await loadDiscountRules(route.context.database)).rules.map((r) => [r.code, r.name]));
	return { data: { currency, from, to, ...summarizeDiscountsGiven(documents, ruleNames) } };
}

/** Discount pricing through the API (M3.1, M3.2): what-if pricing, the rules in force, the discounts given. */
export function registerPricingRoutes(router: Router, context: EndpointExtensionContext): void {
	const route: PricingRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR') };
	router.post('/pricing/quote', asyncRoute((req) => postWhatIf(route, req)));
	router.get('/pricing/rules', asyncRoute((req) => getRules(route, req)));
	router.get('/pricing/discounts-given', asyncRoute((req) => getDiscountsGiven(route, req)));
}

import { computeDocumentTotals, CrmError, describeLinePricing, describeRuleInForce, multiplyByQuantity, type DiscountedDocument, isCalendarDate, isCurrencyCode, parseWhatIfRequest, summarizeDiscountsGiven } from '@crm/core';
import { loadDiscountLimitBp, loadDiscountRules, loadOffersWithUsage, priceDocument } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);

function dayParam(query: Record<string, unknown>, name: string, fallback: string): string {
	const value = query[name] ?? fallback;
	if (typeof value !== 'string' || !isCalendarDate(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day written YYYY-MM-DD, got ${JSON.stringify(value)}.`, { parameter: name });
	return value;
}

/**
 * Discount pricing through the API (M3.1, M3.2):
 * - POST /crm/pricing/quote — what-if: any customer, basket, day, campaign and codes, priced by the same engine the documents use;
 * - GET /crm/pricing/rules?date= — the rules in force on a day;
 * - GET /crm/pricing/discounts-given?from=&to=&currency= — discount cost by rule, rep and customer group.
 */
export function registerPricingRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');

	router.post(
		'/pricing/quote',
		asyncRoute(async (req) => {
			const request = parseWhatIfRequest(req.body, new Date());
			const options = await serviceOptionsOf(req, getSchema);
			// The caller must be allowed to see the customer and the products; prices and rules are reference data.
			const customer = (await new services.ItemsService('crm_customers', options).readOne(request.customerId, { fields: ['id', 'currency'] })) as Row;
			const productIds = [...new Set(request.lines.map((l) => l.productId))];
			const visible = (await new services.ItemsService('crm_products', options).readByQuery({ filter: { id: { _in: productIds } }, fields: ['id'], limit: -1 })) as Row[];
			const missing = productIds.find((id) => !visible.some((p) => p['id'] === id));
			if (missing) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Product "${missing}" does not exist or you may not see it.`, { field: `lines[${request.lines.findIndex((l) => l.productId === missing)}].product` });

			const currency = request.currency ?? customer['currency'] ?? baseCurrency;
			// A what-if shows whether the caller's own manual discounts would need approval.
			const limit = await loadDiscountLimitBp(database, options.accountability);
			const priced = await priceDocument(database, {
				customerId: request.customerId,
				currency,
				date: request.date,
				campaignId: request.campaignId,
				codes: request.codes,
				excludeOrderId: null,
				baseCurrency,
				lines: request.lines.map((l) => ({ productId: l.productId, quantityMilli: l.quantityMilli, manualDiscountBp: l.manualDiscountBp, approvedDiscountBp: limit, belowFloorApproved: false })),
			});
			const totals = computeDocumentTotals(
				priced.result.lines.map((l) => ({ quantityMilli: l.quantityMilli, unitPrice: l.listUnitPrice, vatRateBp: priced.vatRates.get(l.productId) ?? 0, discountAmount: l.discountAmount })),
				currency,
			);

			const r = priced.result;
			return {
				data: {
					customer: request.customerId,
					currency,
					date: request.date,
					list_total: r.listTotal,
					discount_total: r.discountTotal,
					net_total: totals.netTotal,
					vat_total: totals.vatTotal,
					gross_total: totals.grossTotal,
					approval_required: r.approvalRequired,
					codes: r.codes,
					offers: r.offers,
					order_trace: r.orderTrace,
					lines: r.lines.map((l, i) => ({
						product: l.productId,
						quantity_milli: l.quantityMilli,
						unit_price: l.listUnitPrice,
						list_amount: l.listAmount,
						discount_amount: l.discountAmount,
						net_amount: totals.lines[i]!.netAmount,
						vat_rate_bp: priced.vatRates.get(l.productId) ?? 0,
						vat_amount: totals.lines[i]!.vatAmount,
						gross_amount: totals.lines[i]!.grossAmount,
						discounts: l.discounts,
						approval_reasons: l.approvalReasons,
						// Every candidate rule with its outcome; the stored line keeps the most telling of them (explanation.trace).
						trace: l.trace,
						explanation: priced.records[i],
						why: describeLinePricing(priced.records[i]!),
					})),
				},
			};
		}),
	);

	router.get(
		'/pricing/rules',
		asyncRoute(async (req) => {
			const query = req.query as Record<string, unknown>;
			const date = dayParam(query, 'date', today());
			const options = await serviceOptionsOf(req, getSchema);
			// Reading rules is a permission like any other: the caller's policy decides.
			await new services.ItemsService('crm_discount_rules', options).readByQuery({ fields: ['id'], limit: 1 });
			const set = await loadDiscountRules(database);
			const offers = new Map((await loadOffersWithUsage(database, set.offerRows, '00000000-0000-0000-0000-000000000000', null)).map((o) => [o.id, o]));
			const inForce = set.rules
				.map((rule) => describeRuleInForce(rule, rule.offerId ? (offers.get(rule.offerId) ?? null) : null, date))
				.filter((r): r is NonNullable<typeof r> => r !== null)
				.sort((a, b) => a.priority - b.priority || a.code.localeCompare(b.code));
			return { data: inForce, meta: { date, total: inForce.length, policy: set.policy } };
		}),
	);

	router.get(
		'/pricing/discounts-given',
		asyncRoute(async (req) => {
			const query = req.query as Record<string, unknown>;
			const to = dayParam(query, 'to', today());
			const from = dayParam(query, 'from', `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`);
			if (from > to) throw new CrmError('CRM_INVALID_QUERY', `"from" (${from}) is after "to" (${to}).`, { parameter: 'from' });
			const currency = typeof query['currency'] === 'string' ? query['currency'] : baseCurrency;
			if (!isCurrencyCode(currency)) throw new CrmError('CRM_INVALID_QUERY', `"currency" must be an ISO 4217 code such as EUR, got ${JSON.stringify(currency)}.`, { parameter: 'currency' });

			const options = await serviceOptionsOf(req, getSchema);
			// Only the orders the caller may see count: the figures follow the caller's policy.
			const orders = (await new services.ItemsService('crm_orders', options).readByQuery({
				filter: { _and: [{ currency: { _eq: currency } }, { status: { _nin: ['draft', 'cancelled'] } }, { order_date: { _between: [from, to] } }] },
				fields: ['id', 'owner.id', 'owner.name', 'customer.groups.crm_customer_groups_id.id', 'customer.groups.crm_customer_groups_id.name', 'lines.list_amount', 'lines.discount_amount', 'lines.net_amount', 'lines.applied_rules', 'lines.quantity_milli', 'lines.unit_price'],
				limit: -1,
			})) as Row[];
			const ruleNames = new Map(((await loadDiscountRules(database)).rules).map((r) => [r.code, r.name]));

			const documents: DiscountedDocument[] = orders.map((o) => ({
				rep: o['owner']?.['id'] ? { id: o['owner']['id'], name: o['owner']['name'] } : null,
				groups: ((o['customer']?.['groups'] ?? []) as Row[]).map((g) => g['crm_customer_groups_id']).filter(Boolean).map((g: Row) => ({ id: g['id'], name: g['name'] })),
				lines: ((o['lines'] ?? []) as Row[]).map((l) => {
					const net = Number(l['net_amount'] ?? 0);
					// Lines priced before the discount engine have no list amount: quantity × unit price stands in.
					const list = l['list_amount'] === null || l['list_amount'] === undefined ? multiplyByQuantity(Number(l['unit_price'] ?? 0), Number(l['quantity_milli'] ?? 0)) : Number(l['list_amount']);
					const discount = l['discount_amount'] === null || l['discount_amount'] === undefined ? Math.max(0, list - net) : Number(l['discount_amount']);
					const applied = typeof l['applied_rules'] === 'string' ? JSON.parse(l['applied_rules']) : (l['applied_rules'] ?? []);
					return { listAmount: net + discount, discountAmount: discount, netAmount: net, applied: Array.isArray(applied) ? applied : [] };
				}),
			}));

			return { data: { currency, from, to, ...summarizeDiscountsGiven(documents, ruleNames) } };
		}),
	);
}

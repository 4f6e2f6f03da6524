import { buildPriceListRows, buildPriceListTable, CrmError, formatDecimalAmount, groupPriceListIds, isUuid, multiplyByQuantity, parsePriceQuery, type PriceListProduct, type ResolvedPrice, resolvePrice, toCsv } from '@crm/core';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';
import { loadPriceLists } from '../load-price-lists.ts';
import { renderPriceListPdf } from '../render-price-list-pdf.ts';

/** A crm_customers row with CUSTOMER_FIELDS: its own list, its channel's and its groups' (through the junction), as the caller may read them. */
interface CustomerListsRow {
	id: string;
	price_list: string | null;
	sales_channel: { price_list: string | null } | null;
	groups?: { crm_customer_groups_id: CustomerGroupListRow | null }[] | null;
}

interface CustomerGroupListRow {
	price_list: string | null;
	price_list_priority: number | string | null;
	code: string | null;
}

/** The head of a crm_price_lists row, for the export's title. */
interface PriceListHeadRow {
	code: string;
	name: string;
	currency: string;
}

const CUSTOMER_FIELDS = ['id', 'name', 'currency', 'price_list', 'sales_channel.price_list', 'groups.crm_customer_groups_id.price_list', 'groups.crm_customer_groups_id.price_list_priority', 'groups.crm_customer_groups_id.code'];
/** Stand-ins that let the export reuse the price query's date rule. */
const ANY_ID = '00000000-0000-4000-8000-000000000000';

const items = (context: EndpointExtensionContext, collection: string, options: ServiceOptions) => new context.services.ItemsService(collection, options);

/** The customer's own, group and channel lists, as the caller may read them. */
async function loadCustomerLists(context: EndpointExtensionContext, options: ServiceOptions, customerId: string) {
	const customer = (await items(context, 'crm_customers', options).readOne(customerId, { fields: CUSTOMER_FIELDS })) as CustomerListsRow;
	const groups = (customer.groups ?? []).map((g) => g.crm_customer_groups_id).filter((g): g is CustomerGroupListRow => Boolean(g));
	const groupListIds = groupPriceListIds(groups.map((g) => ({ priceListId: g.price_list ?? null, priority: Number(g.price_list_priority ?? 100), code: String(g.code ?? '') })));
	return { id: String(customer.id), customerListId: customer.price_list ?? null, groupListIds, channelListId: customer.sales_channel?.price_list ?? null };
}

function resolvedJson(customer: string, query: ReturnType<typeof parsePriceQuery>, price: ResolvedPrice) {
	const lineAmount = multiplyByQuantity(price.unitPrice, query.quantityMilli);
	const formatted = { unit_price: formatDecimalAmount(price.unitPrice, price.currency), line_amount: formatDecimalAmount(lineAmount, price.currency) };
	return { customer, product: query.productId, quantity_milli: query.quantityMilli, date: query.date, unit_price: price.unitPrice, line_amount: lineAmount, currency: price.currency, formatted, price_list: price.priceListId, derived_from: price.derivedFrom, item_min_quantity_milli: price.itemMinQuantityMilli, explanation: price.explanation };
}

/** GET /crm/prices/resolve — a product's price for a customer, quantity and day, with the reasons (S6.7). */
async function getResolvedPrice(context: EndpointExtensionContext, req: Request) {
	const query = parsePriceQuery(req.query as Record<string, unknown>, new Date());
	const options = await serviceOptionsOf(req, context.getSchema);
	const { id, ...customerLists } = await loadCustomerLists(context, options, query.customerId);
	await items(context, 'crm_products', options).readOne(query.productId, { fields: ['id'] });
	const price = resolvePrice({ productId: query.productId, quantityMilli: query.quantityMilli, date: query.date, currency: query.currency, ...customerLists, lists: await loadPriceLists(context.services, options, [query.productId]) });
	return { data: resolvedJson(id, query, price) };
}

function exportParams(req: Request): { id: string; format: 'csv' | 'pdf'; date: string } {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no price list "${id}".`, { parameter: 'id' });
	const format = String(req.query['format'] ?? 'csv');
	if (format !== 'csv' && format !== 'pdf') throw new CrmError('CRM_INVALID_QUERY', `"format" must be csv or pdf, got "${format}".`, { parameter: 'format' });
	const { date } = parsePriceQuery({ ...req.query, customer: ANY_ID, product: ANY_ID } as Record<string, unknown>, new Date());
	return { id, format, date };
}

/** GET /crm/price-lists/:id/export?format=csv|pdf&date= — every active product's price on the day. */
async function exportPriceList(context: EndpointExtensionContext, req: Request, res: Response) {
	const { id, format, date } = exportParams(req);
	const options = await serviceOptionsOf(req, context.getSchema);
	const head = (await items(context, 'crm_price_lists', options).readOne(id, { fields: ['id', 'code', 'name', 'currency', 'valid_from', 'valid_to'] })) as PriceListHeadRow;
	const lists = await loadPriceLists(context.services, options);
	const products = (await items(context, 'crm_products', options).readByQuery({ fields: ['id', 'sku', 'name', 'unit'], filter: { active: { _eq: true } }, sort: ['sku'], limit: -1 })) as PriceListProduct[];
	const table = buildPriceListTable(buildPriceListRows(lists.find((l) => l.id === id)!, lists, date, products.map((p) => ({ id: p.id, sku: p.sku, name: p.name, unit: p.unit }))));
	const body = format === 'csv' ? toCsv(table.header, table.rows) : Buffer.from(renderPriceListPdf({ title: `${head.name} (${head.code})`, subtitle: `Prices in ${head.currency} excluding VAT, valid on ${date}`, table }));
	res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf');
	res.setHeader('content-disposition', `attachment; filename="price-list-${String(head.code).toLowerCase()}-${date}.${format}"`);
	res.send(body);
	return undefined;
}

export function registerPriceRoutes(router: Router, context: EndpointExtensionContext): void {
	router.get('/prices/resolve', asyncRoute((req) => getResolvedPrice(context, req)));
	router.get('/price-lists/:id/export', asyncRoute((req, res) => exportPriceList(context, req, res)));
}

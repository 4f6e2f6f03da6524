import { buildPriceListRows, buildPriceListTable, CrmError, formatDecimalAmount, multiplyByQuantity, parsePriceQuery, resolvePrice, toCsv } from '@crm/core';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { loadPriceLists } from '../load-price-lists.ts';
import { renderPriceListPdf } from '../render-price-list-pdf.ts';

type Row = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /crm/prices/resolve — a product's price for a customer, quantity and day, with the reasons (S6.7). */
export function registerPriceRoutes(router: Router, { services, getSchema }: EndpointExtensionContext): void {
	router.get(
		'/prices/resolve',
		asyncRoute(async (req) => {
			const query = parsePriceQuery(req.query as Record<string, unknown>, new Date());
			const options = await serviceOptionsOf(req, getSchema);
			const customer = (await new services.ItemsService('crm_customers', options).readOne(query.customerId, {
				fields: ['id', 'name', 'currency', 'price_list', 'sales_channel.price_list', 'groups.crm_customer_groups_id.price_list', 'groups.crm_customer_groups_id.price_list_priority'],
			})) as Row;
			await new services.ItemsService('crm_products', options).readOne(query.productId, { fields: ['id'] });

			const groupLists = ((customer['groups'] ?? []) as Row[])
				.map((g) => g['crm_customer_groups_id'] as Row | null)
				.filter((g): g is Row => Boolean(g?.['price_list']))
				.sort((a, b) => Number(a['price_list_priority'] ?? 100) - Number(b['price_list_priority'] ?? 100))
				.map((g) => g['price_list'] as string);

			const price = resolvePrice({
				productId: query.productId,
				quantityMilli: query.quantityMilli,
				date: query.date,
				currency: query.currency,
				customerListId: customer['price_list'] ?? null,
				groupListIds: groupLists,
				channelListId: customer['sales_channel']?.['price_list'] ?? null,
				lists: await loadPriceLists(services, options, [query.productId]),
			});
			const lineAmount = multiplyByQuantity(price.unitPrice, query.quantityMilli);

			return {
				data: {
					customer: customer['id'],
					product: query.productId,
					quantity_milli: query.quantityMilli,
					date: query.date,
					unit_price: price.unitPrice,
					line_amount: lineAmount,
					currency: price.currency,
					formatted: { unit_price: formatDecimalAmount(price.unitPrice, price.currency), line_amount: formatDecimalAmount(lineAmount, price.currency) },
					price_list: price.priceListId,
					derived_from: price.derivedFrom,
					item_min_quantity_milli: price.itemMinQuantityMilli,
					explanation: price.explanation,
				},
			};
		}),
	);

	router.get(
		'/price-lists/:id/export',
		asyncRoute(async (req, res) => {
			const id = String(req.params['id']);
			if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no price list "${id}".`, { parameter: 'id' });
			const format = String(req.query['format'] ?? 'csv');
			if (format !== 'csv' && format !== 'pdf') throw new CrmError('CRM_INVALID_QUERY', `"format" must be csv or pdf, got "${format}".`, { parameter: 'format' });
			const { date } = parsePriceQuery({ ...req.query, customer: '00000000-0000-4000-8000-000000000000', product: '00000000-0000-4000-8000-000000000000' } as Record<string, unknown>, new Date());

			const options = await serviceOptionsOf(req, getSchema);
			const head = (await new services.ItemsService('crm_price_lists', options).readOne(id, { fields: ['id', 'code', 'name', 'currency', 'valid_from', 'valid_to'] })) as Row;
			const lists = await loadPriceLists(services, options);
			const list = lists.find((l) => l.id === id)!;
			const products = ((await new services.ItemsService('crm_products', options).readByQuery({ fields: ['id', 'sku', 'name', 'unit'], filter: { active: { _eq: true } }, sort: ['sku'], limit: -1 })) as Row[]).map((p) => ({
				id: p['id'],
				sku: p['sku'],
				name: p['name'],
				unit: p['unit'],
			}));
			const table = buildPriceListTable(buildPriceListRows(list, lists, date, products));
			const fileName = `price-list-${String(head['code']).toLowerCase()}-${date}`;

			if (format === 'csv') {
				res.setHeader('content-type', 'text/csv; charset=utf-8');
				res.setHeader('content-disposition', `attachment; filename="${fileName}.csv"`);
				res.send(toCsv(table.header, table.rows));
				return undefined;
			}

			const pdf = renderPriceListPdf({ title: `${head['name']} (${head['code']})`, subtitle: `Prices in ${head['currency']} excluding VAT, valid on ${date}`, table });
			res.setHeader('content-type', 'application/pdf');
			res.setHeader('content-disposition', `attachment; filename="${fileName}.pdf"`);
			res.send(Buffer.from(pdf));
			return undefined;
		}),
	);
}

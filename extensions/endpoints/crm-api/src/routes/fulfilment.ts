import { creditInvoice, CrmError, documentDateOf, invoiceOrder, isUuid, parseCreditNoteRequest, parseInvoiceRequest, parseShipmentRequest, shipmentStockScope, shipOrder } from '@crm/core';
import {
	applyCreditInvoicePlan,
	applyInvoiceOrderPlan,
	applyShipOrderPlan,
	findRateToBase,
	loadPaymentTermsDays,
	loadPostedShipments,
	loadProductKinds,
	loadProductNames,
	lockInvoiceForCredit,
	lockOrderForFulfilment,
	lockShipmentStock,
	nextDocumentNumber,
	warehouseExists,
} from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { asyncRoute } from '../async-route.ts';
import { type ServiceOptions, serviceOptionsOf } from '../directus-request.ts';


const today = () => new Date().toISOString().slice(0, 10);

function keyParam(req: Request, noun: string): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no ${noun} "${id}".`, { parameter: 'id' });
	return id;
}

/** What every fulfilment handler needs: the caller's services inside one transaction, the base currency. */
interface FulfilmentRoute {
	baseCurrency: string;
	/** Runs `work` in one transaction with an ItemsService factory under the caller's accountability. */
	inTransaction<T>(req: Request, work: (trx: Knex, itemsOf: (collection: string) => InstanceType<EndpointExtensionContext['services']['ItemsService']>, options: ServiceOptions) => Promise<T>): Promise<T>;
}

/** POST /crm/orders/:id/shipments — S3: a waybill or service act from a confirmed order. */
async function postShipment(route: FulfilmentRoute, req: Request, res: Response) {
	const id = keyParam(req, 'order');
	const request = parseShipmentRequest(req.body);
	const data = await route.inTransaction(req, async (trx, itemsOf) => {
		const orders = itemsOf('crm_orders');
		await orders.readOne(id, { fields: ['id'] });
		const { order, lines } = await lockOrderForFulfilment(trx, id);
		const kinds = await loadProductKinds(trx, lines);
		const stock = await lockShipmentStock(trx, shipmentStockScope(order, lines, kinds, request));
		const plan = shipOrder({ order, lines, kinds, stock, warehouseExists: await warehouseExists(trx, request.warehouseId), today: today() }, request);
		const shipments = itemsOf('crm_shipments');
		return shipments.readOne(await applyShipOrderPlan(trx, plan, { shipments, orders }), { fields: ['*', 'lines.*'] });
	});
	res.status(201);
	return { data };
}

/** POST /crm/orders/:id/invoices — S6.1: an invoice of what shipped and is not yet invoiced. */
async function postInvoice(route: FulfilmentRoute, req: Request, res: Response) {
	const id = keyParam(req, 'order');
	const request = parseInvoiceRequest(req.body);
	const data = await route.inTransaction(req, async (trx, itemsOf, options) => {
		const orders = itemsOf('crm_orders');
		await orders.readOne(id, { fields: ['id'] });
		const { order, lines } = await lockOrderForFulfilment(trx, id);
		const issueDate = documentDateOf(request.issueDate, today());
		const facts = {
			order,
			lines,
			shipments: await loadPostedShipments(trx, id),
			paymentTermsDays: await loadPaymentTermsDays(trx, order.customerId),
			productNames: await loadProductNames(trx, lines.map((l) => l.productId)),
			rateToBase: await findRateToBase(trx, order.currency, issueDate, route.baseCurrency),
			baseCurrency: route.baseCurrency,
			key: randomUUID(),
			number: await nextDocumentNumber(trx, 'INV', Number(issueDate.slice(0, 4))),
		};
		const invoices = itemsOf('crm_invoices');
		const key = await applyInvoiceOrderPlan(trx, invoiceOrder(facts, request, today()), { invoices, orders }, options.accountability?.user ?? null);
		return invoices.readOne(key, { fields: ['*', 'lines.*'] });
	});
	res.status(201);
	return { data };
}

/** POST /crm/invoices/:id/credit-notes — S6.1: a credit note taking back (part of) an invoice. */
async function postCreditNote(route: FulfilmentRoute, req: Request, res: Response) {
	const id = keyParam(req, 'invoice');
	const request = parseCreditNoteRequest(req.body);
	const data = await route.inTransaction(req, async (trx, itemsOf, options) => {
		const invoices = itemsOf('crm_invoices');
		await invoices.readOne(id, { fields: ['id'] });
		const credited = await lockInvoiceForCredit(trx, id, route.baseCurrency);
		const issueDate = documentDateOf(request.issueDate, today());
		const facts = {
			...credited,
			rateToBase: await findRateToBase(trx, credited.invoice.currency, issueDate, route.baseCurrency),
			baseCurrency: route.baseCurrency,
			key: randomUUID(),
			number: await nextDocumentNumber(trx, 'CN', Number(issueDate.slice(0, 4))),
		};
		const key = await applyCreditInvoicePlan(trx, creditInvoice(facts, request, today()), invoices, options.accountability?.user ?? null);
		return invoices.readOne(key, { fields: ['*', 'lines.*'] });
	});
	res.status(201);
	return { data };
}

/**
 * S3, S6.1 — shipping documents, invoices and credit notes from orders.
 *
 * Each runs in one transaction: the caller's read access to the order or invoice is checked with an
 * ItemsService under their accountability (403 otherwise), crm-directus locks and loads the facts, a use
 * case of crm-core (shipOrder, invoiceOrder, creditInvoice) returns the plan, and crm-directus applies it:
 * the document through an ItemsService under the caller's accountability (so their create permission
 * applies and the document reaches the customer's timeline), stock, order-line quantities and ledger
 * entries raw after that check.
 */
export function registerFulfilmentRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const route: FulfilmentRoute = {
		baseCurrency: String(env['CRM_BASE_CURRENCY'] ?? 'EUR'),
		async inTransaction(req, work) {
			const options = await serviceOptionsOf(req, getSchema);
			return database.transaction((trx) => work(trx, (collection) => new services.ItemsService(collection, { ...options, knex: trx }), options));
		},
	};
	router.post('/orders/:id/shipments', asyncRoute((req, res) => postShipment(route, req, res)));
	router.post('/orders/:id/invoices', asyncRoute((req, res) => postInvoice(route, req, res)));
	router.post('/invoices/:id/credit-notes', asyncRoute((req, res) => postCreditNote(route, req, res)));
}

import { allocatePostedPayment, CrmError, isUuid, parseAllocationRequest, parsePaymentRequest, parsePaymentReversalRequest, receivePayment, reversePayment, SETTLEMENT_COLLECTIONS } from '@crm/core';
import { applyAllocationPlan, applyReceivePaymentPlan, applyReversePaymentPlan, findRateToBase, lockAllocationsOf, lockPayableInvoices, lockPayment, loadSettlementBook, nextDocumentNumber, type SettlementWriters, withIdempotency } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';

const PAYMENT_READ = { fields: ['*', 'allocations.*'] };
const todayIso = () => new Date().toISOString().slice(0, 10);

interface PaymentRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
	ttlHours: number;
}

type Answer = { status: number; body: unknown };
type Writers = SettlementWriters & { readPayment(id: string): Promise<unknown> };

function paymentId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no payment "${id}".`, { parameter: 'id' });
	return id;
}

/** One transaction under the caller's policy, answered once per Idempotency-Key (a retried POST replays the first answer). */
async function inIdempotentTransaction(route: PaymentRoute, req: Request, res: Response, scope: string, run: (trx: Knex, writers: Writers, options: ServiceOptions) => Promise<Answer>): Promise<undefined> {
	const { services, getSchema, database } = route.context;
	const options = await serviceOptionsOf(req, getSchema);
	const writersOf = (trx: Knex): Writers => {
		const items = (collection: string) => new services.ItemsService(collection, { ...options, knex: trx });
		return { payments: items('crm_payments'), allocations: items('crm_payment_allocations'), invoices: items('crm_invoices'), orders: items('crm_orders'), readPayment: (id) => items('crm_payments').readOne(id, PAYMENT_READ) };
	};
	const key = req.header('idempotency-key') ?? undefined;
	const result = await withIdempotency({ knex: database, scope, user: options.accountability?.user ?? null, key, body: req.body ?? null, ttlHours: route.ttlHours }, () => database.transaction((trx) => run(trx, writersOf(trx), options)));
	if (result.replayed) res.setHeader('idempotent-replayed', 'true');
	res.status(result.status).json(result.body);
	return undefined;
}

/** A payment the caller can read, locked; 403 when hidden, 404 when there is none. */
async function lockVisiblePayment(trx: Knex, writers: Writers, id: string) {
	await writers.readPayment(id);
	const payment = await lockPayment(trx, id);
	if (!payment) throw new CrmError('CRM_NOT_FOUND', `There is no payment "${id}".`, { parameter: 'id' });
	return payment;
}

/** POST /crm/payments — S4: a payment received, posted and allocated (as asked, or oldest due first). */
async function postPayment(route: PaymentRoute, req: Request, res: Response) {
	const request = parsePaymentRequest(req.body, todayIso());
	return inIdempotentTransaction(route, req, res, 'payments', async (trx, writers, options) => {
		await new route.context.services.ItemsService('crm_customers', { ...options, knex: trx }).readOne(request.customerId, { fields: ['id'] }).catch(() => {
			throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no customer ${request.customerId} that you can see.`, { field: 'customer' });
		});
		// Lock order everywhere: payment, invoices, orders, then the number counter — never the other way round.
		const book = await loadSettlementBook(trx, await lockPayableInvoices(trx, request.customerId, request.currency, request.allocations), route.baseCurrency);
		const rateToBase = await findRateToBase(trx, request.currency, request.receivedOn, route.baseCurrency);
		const facts = { book, rateToBase, key: randomUUID(), number: await nextDocumentNumber(trx, 'PAY', Number(request.receivedOn.slice(0, 4))), newKey: randomUUID };
		const id = await applyReceivePaymentPlan(trx, receivePayment(facts, request), writers, options.accountability?.user ?? null);
		return { status: 201, body: { data: await writers.readPayment(id) } };
	});
}

/** POST /crm/payments/:id/allocations — what is left of a posted payment onto invoices. */
async function postAllocations(route: PaymentRoute, req: Request, res: Response) {
	const id = paymentId(req);
	const request = parseAllocationRequest(req.body);
	return inIdempotentTransaction(route, req, res, `payment-allocations:${id}`, async (trx, writers, options) => {
		const payment = await lockVisiblePayment(trx, writers, id);
		const book = await loadSettlementBook(trx, await lockPayableInvoices(trx, payment.customerId, payment.currency, request.allocations), route.baseCurrency);
		await applyAllocationPlan(trx, id, allocatePostedPayment(book, payment, request.allocations, todayIso(), randomUUID), writers, options.accountability?.user ?? null);
		return { status: 200, body: { data: await writers.readPayment(id) } };
	});
}

/** POST /crm/payments/:id/reversal — a posted payment taken back once; the invoices it settled reopen. */
async function postReversal(route: PaymentRoute, req: Request, res: Response) {
	const id = paymentId(req);
	const { reason } = parsePaymentReversalRequest(req.body);
	return inIdempotentTransaction(route, req, res, `payment-reversal:${id}`, async (trx, writers, options) => {
		const payment = await lockVisiblePayment(trx, writers, id);
		const { invoices, allocations } = await lockAllocationsOf(trx, id, SETTLEMENT_COLLECTIONS.allocation);
		const facts = { book: await loadSettlementBook(trx, invoices, route.baseCurrency), payment, allocations };
		await applyReversePaymentPlan(trx, reversePayment(facts, reason, todayIso(), new Date().toISOString()), writers, options.accountability?.user ?? null);
		return { status: 200, body: { data: await writers.readPayment(id) } };
	});
}

/** Payments, allocations and reversals (S4): each write one transaction that locks what it may touch. */
export function registerPaymentRoutes(router: Router, context: EndpointExtensionContext): void {
	const route: PaymentRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR'), ttlHours: Number(context.env['CRM_IDEMPOTENCY_TTL_HOURS'] ?? 24) };
	router.post('/payments', asyncRoute((req, res) => postPayment(route, req, res)));
	router.post('/payments/:id/allocations', asyncRoute((req, res) => postAllocations(route, req, res)));
	router.post('/payments/:id/reversal', asyncRoute((req, res) => postReversal(route, req, res)));
}

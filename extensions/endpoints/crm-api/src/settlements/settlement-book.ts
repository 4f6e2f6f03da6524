import {
	type AllocationDocument,
	type AllocationPlan,
	assertOrderTransition,
	computeOpenItems,
	CrmError,
	deriveInvoiceStatus,
	isCrmError,
	type OrderStatus,
	orderStatusAfterSettlement,
	planAllocation,
	postAllocation,
	postPaymentReversal,
	type RequestedAllocation,
	type ReversedAllocation,
	SETTLEMENT_COLLECTIONS,
} from '@crm/core';
import { runTrusted, toDay } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Knex } from 'knex';
import type { ServiceOptions } from '../directus-request.ts';
import { forUpdate, insertLedgerEntries, loadInvoicePositions, toLedgerEntry } from '@crm/directus';

type Row = Record<string, any>;

/** Invoice statuses that can still receive money. */
const OPEN_STATUSES = ['issued', 'partially_paid'];

/** What the settlement steps share inside one write transaction. */
export interface SettlementContext {
	trx: Knex;
	services: EndpointExtensionContext['services'];
	/** The caller's schema and accountability: every document write runs under them. */
	options: ServiceOptions;
	baseCurrency: string;
}

/** A posted payment as the allocation step needs it. */
export interface PaymentFacts {
	id: string;
	number: string;
	customer: string;
	currency: string;
	amount: number;
	fxRate: string;
	/** What earlier allocations of this payment already used. */
	alreadyAllocated: number;
}

export function service(ctx: SettlementContext, collection: string) {
	return new ctx.services.ItemsService(collection, { ...ctx.options, knex: ctx.trx });
}

export function paymentFacts(row: Row, alreadyAllocated: number): PaymentFacts {
	return { id: row['id'], number: row['number'], customer: row['customer'], currency: row['currency'], amount: Number(row['amount']), fxRate: String(row['fx_rate']), alreadyAllocated };
}

/** Reads and locks a payment (visibility under the caller's policy first: 403 when hidden). */
export async function lockPayment(ctx: SettlementContext, id: string): Promise<PaymentFacts & { status: string; receivedOn: string }> {
	await service(ctx, 'crm_payments').readOne(id, { fields: ['id'] });
	const row: Row | undefined = await forUpdate(ctx.trx, ctx.trx('crm_payments').select('*').where('id', id)).first();
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no payment "${id}".`, { parameter: 'id' });
	const allocated = await ctx.trx('crm_payment_allocations').where('payment', id).sum({ total: 'amount' }).first();
	return { ...paymentFacts(row, Number(allocated?.['total'] ?? 0)), status: row['status'], receivedOn: toDay(row['received_on'])! };
}

/**
 * Locks the invoices a payment of the customer may touch: every open invoice in the payment's
 * currency plus every invoice named in the request (of this customer, whatever its status, so that
 * a request for a paid invoice or one in another currency gets its precise error). Locks are taken
 * in key order so that two writers cannot deadlock; after the lock, the ledger is read afresh.
 */
export async function lockInvoices(ctx: SettlementContext, customer: string, currency: string, requested: readonly RequestedAllocation[] | undefined): Promise<Row[]> {
	const named = (requested ?? []).map((r) => r.invoiceKey);
	const query = ctx.trx('crm_invoices')
		.select('*')
		.where('customer', customer)
		.where('kind', 'invoice')
		.where((q) => {
			q.where((open) => open.where('currency', currency).whereIn('status', OPEN_STATUSES));
			if (named.length > 0) q.orWhereIn('id', named);
		})
		.orderBy('id');
	return forUpdate(ctx.trx, query);
}

/** Per invoice: what is open (Σ of its ledger entries, its own entry included) and what credit notes took off it. */
async function openAmounts(trx: Knex, invoices: readonly Row[]): Promise<Map<string, { open: number; credited: number }>> {
	if (invoices.length === 0) return new Map();
	const entries = ((await trx('crm_ledger_entries').select('*').whereIn('invoice', invoices.map((i) => i['id']))) as Row[]).map(toLedgerEntry);
	const items = computeOpenItems(
		entries,
		invoices.map((i) => ({ key: i['id'], number: i['number'] ?? i['id'], issueDate: toDay(i['issue_date'])!, dueDate: toDay(i['due_date']) ?? toDay(i['issue_date'])!, currency: i['currency'], grossAmount: Number(i['gross_total'] ?? 0) })),
	);
	const credited = new Map<string, number>();
	for (const e of entries) if (e.kind === 'credit_note' && e.invoiceKey !== null) credited.set(e.invoiceKey, (credited.get(e.invoiceKey) ?? 0) - e.amount);
	return new Map(items.map((item) => [item.key, { open: item.open, credited: credited.get(item.key) ?? 0 }]));
}

/** The domain names the request's lines `requested[i]`; the API calls them `allocations[i]`. */
function inRequestTerms<T>(fn: () => T): T {
	try {
		return fn();
	} catch (error) {
		const field = isCrmError(error) ? error.details['field'] : undefined;
		if (!isCrmError(error) || typeof field !== 'string' || !field.startsWith('requested')) throw error;
		throw new CrmError(error.code, error.message, { ...error.details, field: field.replace(/^requested/, 'allocations') });
	}
}

/** One allocation of the plan as the ledger posts it: the payment's side and the invoice's. */
function allocationDocument(
	ctx: SettlementContext,
	payment: PaymentFacts,
	line: { key: string; date: string; amount: number; invoiceKey: string; invoiceNumber: string; currency: string },
	allocatedBefore: number,
): AllocationDocument {
	return {
		customerId: payment.customer,
		key: line.key,
		date: line.date,
		amount: line.amount,
		currency: payment.currency,
		rateToBase: payment.fxRate,
		baseCurrency: ctx.baseCurrency,
		paymentKey: payment.id,
		paymentNumber: payment.number,
		paymentCurrency: payment.currency,
		paymentAllocatedBefore: allocatedBefore,
		invoiceKey: line.invoiceKey,
		invoiceNumber: line.invoiceNumber,
		invoiceCurrency: line.currency,
	};
}

/**
 * Allocates what is left of a payment, to the requested invoices or oldest due first, inside the
 * transaction that holds the invoice locks: the allocation documents (under the caller's policy), their
 * ledger pairs and realised exchange differences, then the invoices' open amounts and statuses, the
 * payment's unallocated remainder and the orders that became paid.
 */
export async function allocatePayment(ctx: SettlementContext, locked: readonly Row[], payment: PaymentFacts, requested: readonly RequestedAllocation[] | undefined, day: string): Promise<AllocationPlan> {
	const positions = await loadInvoicePositions(ctx.trx, locked, ctx.baseCurrency);
	const byId = new Map(locked.map((i) => [i['id'] as string, i]));
	const plan = inRequestTerms(() =>
		planAllocation({
			payment: { amount: payment.amount, currency: payment.currency, alreadyAllocated: payment.alreadyAllocated },
			invoices: locked.map((i) => ({ key: i['id'], number: i['number'] ?? i['id'], currency: i['currency'], open: positions.get(i['id'])?.open ?? 0, dueDate: toDay(i['due_date']) ?? toDay(i['issue_date'])! })),
			...(requested !== undefined ? { requested: requested.map((r) => ({ invoiceKey: r.invoiceKey, amount: r.amount })) } : {}),
		}),
	);

	const allocations = service(ctx, 'crm_payment_allocations');
	const user = ctx.options.accountability?.user ?? null;
	let allocatedBefore = payment.alreadyAllocated;
	for (const line of plan.lines) {
		const invoice = byId.get(line.invoiceKey)!;
		const id = (await runTrusted(() => allocations.createOne({ payment: payment.id, invoice: line.invoiceKey, amount: line.amount, allocated_on: day }))) as string;
		const document = allocationDocument(ctx, payment, { ...line, key: id, date: day, currency: invoice['currency'] }, allocatedBefore);
		// A plan names an invoice once, so the position loaded before the loop is still the invoice's.
		await insertLedgerEntries(ctx.trx, postAllocation(document, positions.get(line.invoiceKey)!), user);
		allocatedBefore += line.amount;
	}

	await runTrusted(() => service(ctx, 'crm_payments').updateOne(payment.id, { unallocated_amount: plan.unallocated }));
	await refreshInvoices(ctx, plan.lines.map((l) => byId.get(l.invoiceKey)!));
	return plan;
}

/**
 * Reverses a posted payment inside the transaction that holds its lock: the invoices it settled are
 * locked, the entries its allocations posted (pairs and exchange differences) are read back and undone
 * exactly, then the payment is marked reversed and the invoices and orders reopen.
 */
export async function reversePayment(ctx: SettlementContext, payment: PaymentFacts & { receivedOn: string }, reason: string, reversedOn: string): Promise<void> {
	const allocations: Row[] = await ctx.trx('crm_payment_allocations').select('*').where('payment', payment.id).orderBy('id');
	const invoiceIds = [...new Set(allocations.map((a) => a['invoice'] as string))];
	const invoices: Row[] = invoiceIds.length === 0 ? [] : await forUpdate(ctx.trx, ctx.trx('crm_invoices').select('*').whereIn('id', invoiceIds).orderBy('id'));
	const numberOf = new Map(invoices.map((i) => [i['id'] as string, (i['number'] ?? i['id']) as string]));
	const posted: Row[] = allocations.length === 0 ? [] : await ctx.trx('crm_ledger_entries').select('*').where('document_collection', SETTLEMENT_COLLECTIONS.allocation).whereIn('document_key', allocations.map((a) => a['id']));
	const entries = posted.map(toLedgerEntry);

	const reversed: ReversedAllocation[] = allocations.map((a) => ({
		key: a['id'],
		paymentKey: payment.id,
		invoiceKey: a['invoice'],
		invoiceNumber: numberOf.get(a['invoice'])!,
		entries: entries.filter((e) => e.documentKey === a['id']),
	}));
	const document = { customerId: payment.customer, key: payment.id, number: payment.number, date: payment.receivedOn, amount: payment.amount, currency: payment.currency, rateToBase: payment.fxRate, baseCurrency: ctx.baseCurrency, reversedOn, reason };
	await insertLedgerEntries(ctx.trx, postPaymentReversal(document, reversed), ctx.options.accountability?.user ?? null);

	await runTrusted(() => service(ctx, 'crm_payments').updateOne(payment.id, { status: 'reversed', reversed_at: new Date().toISOString(), reversal_reason: reason, unallocated_amount: 0 }));
	await refreshInvoices(ctx, invoices);
}

/**
 * Writes each invoice's open amount (Σ of its ledger entries) and the status that follows from it,
 * then moves the orders of those invoices on (invoiced → paid, or back after a reversal).
 */
export async function refreshInvoices(ctx: SettlementContext, invoices: readonly Row[]): Promise<void> {
	if (invoices.length === 0) return;
	const unique = [...new Map(invoices.map((i) => [i['id'] as string, i])).values()];
	const open = await openAmounts(ctx.trx, unique);
	const invoiceItems = service(ctx, 'crm_invoices');
	for (const invoice of unique) {
		const { open: openAmount, credited } = open.get(invoice['id']) ?? { open: 0, credited: 0 };
		const status = deriveInvoiceStatus({ gross: Number(invoice['gross_total'] ?? 0), open: openAmount, credited });
		if (status !== invoice['status'] || Number(invoice['open_amount']) !== openAmount || invoice['open_amount'] === null) {
			await runTrusted(() => invoiceItems.updateOne(invoice['id'], { open_amount: openAmount, status }));
		}
	}
	await refreshOrders(ctx, [...new Set(unique.map((i) => i['order'] as string | null).filter((o): o is string => Boolean(o)))]);
}

/** An invoiced order whose invoices are all settled becomes paid; a paid one with money open again goes back to invoiced. */
async function refreshOrders(ctx: SettlementContext, orderIds: readonly string[]): Promise<void> {
	const orders = service(ctx, 'crm_orders');
	for (const orderId of [...orderIds].sort()) {
		const order: Row | undefined = await forUpdate(ctx.trx, ctx.trx('crm_orders').select('id', 'status').where('id', orderId)).first();
		if (!order) continue;
		const invoices: Row[] = await ctx.trx('crm_invoices').select('*').where('order', orderId).where('kind', 'invoice');
		const open = await openAmounts(ctx.trx, invoices);
		const amounts = invoices.map((i) => open.get(i['id'])?.open ?? 0);
		const current = order['status'] as OrderStatus;
		const next = orderStatusAfterSettlement(current, amounts);
		if (next === current) continue;
		if (next === 'paid') assertOrderTransition(current, next, { openAmount: amounts.reduce((sum, a) => sum + Math.max(a, 0), 0) });
		await runTrusted(() => orders.updateOne(orderId, { status: next }));
	}
}

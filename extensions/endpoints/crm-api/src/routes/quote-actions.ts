import { acceptQuote, buildQuoteDocument, CrmError, isUuid, type QuoteFacts, type QuoteLineFacts, type QuoteStepPlan, rejectQuote, sendQuote } from '@crm/core';
import { forUpdate, type QuoteLineRow, type QuoteRow, runTrusted, toDay, toOrderFromQuoteRow, toQuoteChanges, toQuoteFacts, toQuoteLineFacts } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';
import { renderQuotePdf } from '../render-quote-pdf.ts';

/** A proposal with PDF_FIELDS as the caller's ItemsService returns it (bigint as text on PostgreSQL). */
interface QuotePdfRow {
	number: string;
	issue_date: string | null;
	valid_until: string | null;
	currency: string;
	net_total: number | string | null;
	vat_total: number | string | null;
	gross_total: number | string | null;
	customer: { name: string | null } | null;
	lines?: QuotePdfLineRow[] | null;
}

interface QuotePdfLineRow {
	sort: number | null;
	product: { sku: string | null; name: string | null } | null;
	description: string | null;
	quantity_milli: number | string;
	unit_price: number | string | null;
	discount_bp: number | string | null;
	discount_amount: number | string | null;
	vat_rate_bp: number | string | null;
	net_amount: number | string | null;
}
type QuoteStep = (quote: QuoteFacts, lines: QuoteLineFacts[], today: string) => QuoteStepPlan;

const PDF_FIELDS = ['number', 'issue_date', 'valid_until', 'currency', 'net_total', 'vat_total', 'gross_total', 'customer.name', 'lines.sort', 'lines.product.sku', 'lines.product.name', 'lines.description', 'lines.quantity_milli', 'lines.unit_price', 'lines.discount_bp', 'lines.discount_amount', 'lines.vat_rate_bp', 'lines.net_amount'];
const today = () => new Date().toISOString().slice(0, 10);

function quoteId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no proposal "${id}".`, { parameter: 'id' });
	return id;
}

/** The proposal, locked, with its lines in their order. */
async function lockQuote(trx: Knex, id: string): Promise<{ quote: QuoteFacts; lines: QuoteLineFacts[] }> {
	const quote = (await forUpdate(trx, trx('crm_quotes').select('*').where('id', id)).first()) as QuoteRow;
	const lines = (await trx('crm_quote_lines').select('*').where('quote', id).orderBy([{ column: 'sort' }, { column: 'id' }])) as QuoteLineRow[];
	return { quote: toQuoteFacts(quote), lines: lines.map(toQuoteLineFacts) };
}

/** One lifecycle step in one transaction under the caller's policy: load, decide in crm-core, write (the order first, when accepting). */
async function runStep(context: EndpointExtensionContext, req: Request, step: QuoteStep) {
	const id = quoteId(req);
	const options: ServiceOptions = await serviceOptionsOf(req, context.getSchema);
	return context.database.transaction(async (trx) => {
		const items = (collection: string) => new context.services.ItemsService(collection, { ...options, knex: trx });
		const quotes = items('crm_quotes');
		await quotes.readOne(id, { fields: ['id'] });
		const { quote, lines } = await lockQuote(trx, id);
		const plan = step(quote, lines, today());
		// The order keeps the accepted prices: its lines arrive priced, so the hook does not re-price them.
		const order = plan.order ? { order: await runTrusted(() => items('crm_orders').createOne(toOrderFromQuoteRow(plan.order!))) } : {};
		await runTrusted(() => quotes.updateOne(id, { ...toQuoteChanges(plan), ...order }));
		return { data: await quotes.readOne(id, { fields: ['*', 'lines.*'] }) };
	});
}

/** GET /crm/quotes/:id/pdf — the proposal as the customer receives it. */
async function getQuotePdf(context: EndpointExtensionContext, req: Request, res: Response) {
	const id = quoteId(req);
	const options = await serviceOptionsOf(req, context.getSchema);
	const q = (await new context.services.ItemsService('crm_quotes', options).readOne(id, { fields: PDF_FIELDS })) as QuotePdfRow;
	const lines = [...(q.lines ?? [])].sort((a, b) => Number(a.sort ?? 0) - Number(b.sort ?? 0));
	const documentLines = lines.map((l) => ({ sku: l.product?.sku ?? '', name: l.description || l.product?.name || '', quantityMilli: Number(l.quantity_milli), unitPrice: Number(l.unit_price ?? 0), discountBp: Number(l.discount_bp ?? 0), discountAmount: l.discount_amount === null || l.discount_amount === undefined ? null : Number(l.discount_amount), vatRateBp: Number(l.vat_rate_bp ?? 0), netAmount: Number(l.net_amount ?? 0) }));
	const document = buildQuoteDocument({ number: q.number, customerName: q.customer?.name ?? '', issueDate: toDay(q.issue_date) ?? '', validUntil: toDay(q.valid_until) ?? 'until further notice', currency: q.currency, lines: documentLines, netTotal: Number(q.net_total ?? 0), vatTotal: Number(q.vat_total ?? 0), grossTotal: Number(q.gross_total ?? 0) });
	res.setHeader('content-type', 'application/pdf');
	res.setHeader('content-disposition', `attachment; filename="proposal-${String(q.number).toLowerCase()}.pdf"`);
	res.send(Buffer.from(renderQuotePdf(document)));
	return undefined;
}

/** POST /crm/quotes/:id/send | reject | accept — a proposal's lifecycle; accepting turns it into an order in one call. GET …/pdf prints it. */
export function registerQuoteActions(router: Router, context: EndpointExtensionContext): void {
	router.post('/quotes/:id/send', asyncRoute((req) => runStep(context, req, sendQuote)));
	router.get('/quotes/:id/pdf', asyncRoute((req, res) => getQuotePdf(context, req, res)));
	router.post('/quotes/:id/reject', asyncRoute((req) => runStep(context, req, rejectQuote)));
	router.post('/quotes/:id/accept', asyncRoute((req) => runStep(context, req, acceptQuote)));
}

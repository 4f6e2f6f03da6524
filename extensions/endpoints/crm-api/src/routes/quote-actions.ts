import { addDays, assertQuoteAcceptable, assertQuoteTransition, buildQuoteDocument, CrmError, type QuoteStatus } from '@crm/core';
import { forUpdate, runTrusted, toDay } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { renderQuotePdf } from '../render-quote-pdf.ts';

type Row = Record<string, any>;

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : (value ?? null));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_VALIDITY_DAYS = 30;
const today = () => new Date().toISOString().slice(0, 10);

/** POST /crm/quotes/:id/send | reject | accept — a proposal's lifecycle; accepting turns it into an order in one call. */
export function registerQuoteActions(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	async function step(req: Request, to: QuoteStatus, work: (trx: typeof database, quote: Row, lines: Row[], options: Awaited<ReturnType<typeof serviceOptionsOf>>) => Promise<Row>) {
		const id = String(req.params['id']);
		if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no proposal "${id}".`, { parameter: 'id' });
		const options = await serviceOptionsOf(req, getSchema);

		return database.transaction(async (trx) => {
			const quotes = new services.ItemsService('crm_quotes', { ...options, knex: trx });
			await quotes.readOne(id, { fields: ['id'] });
			const quote: Row = await forUpdate(trx, trx('crm_quotes').select('*').where('id', id)).first();
			const lines: Row[] = await trx('crm_quote_lines').select('*').where('quote', id).orderBy([{ column: 'sort' }, { column: 'id' }]);

			assertQuoteTransition(quote['status'], to);
			const changes = await work(trx, quote, lines, { ...options });
			await runTrusted(() => quotes.updateOne(id, { status: to, ...changes }));
			return { data: await quotes.readOne(id, { fields: ['*', 'lines.*'] }) };
		});
	}

	router.post(
		'/quotes/:id/send',
		asyncRoute((req) =>
			step(req, 'sent', async (_trx, quote, lines) => {
				if (lines.length === 0) throw new CrmError('CRM_ORDER_INCOMPLETE', 'A proposal needs at least one line before it is sent.', { field: 'lines' });
				const issued = toDay(quote['issue_date']) ?? today();
				return { issue_date: issued, valid_until: toDay(quote['valid_until']) ?? addDays(issued, DEFAULT_VALIDITY_DAYS) };
			}),
		),
	);

	router.get(
		'/quotes/:id/pdf',
		asyncRoute(async (req, res) => {
			const id = String(req.params['id']);
			if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no proposal "${id}".`, { parameter: 'id' });
			const options = await serviceOptionsOf(req, getSchema);
			const q = (await new services.ItemsService('crm_quotes', options).readOne(id, {
				fields: ['number', 'issue_date', 'valid_until', 'currency', 'net_total', 'vat_total', 'gross_total', 'customer.name', 'lines.sort', 'lines.product.sku', 'lines.product.name', 'lines.description', 'lines.quantity_milli', 'lines.unit_price', 'lines.discount_bp', 'lines.discount_amount', 'lines.vat_rate_bp', 'lines.net_amount'],
			})) as Row;
			const lines = [...((q['lines'] ?? []) as Row[])].sort((a, b) => Number(a['sort'] ?? 0) - Number(b['sort'] ?? 0));
			const pdf = renderQuotePdf(
				buildQuoteDocument({
					number: q['number'],
					customerName: q['customer']?.['name'] ?? '',
					issueDate: toDay(q['issue_date']) ?? '',
					validUntil: toDay(q['valid_until']) ?? 'until further notice',
					currency: q['currency'],
					lines: lines.map((l) => ({ sku: l['product']?.['sku'] ?? '', name: l['description'] || l['product']?.['name'] || '', quantityMilli: Number(l['quantity_milli']), unitPrice: Number(l['unit_price'] ?? 0), discountBp: Number(l['discount_bp'] ?? 0), discountAmount: l['discount_amount'] === null || l['discount_amount'] === undefined ? null : Number(l['discount_amount']), vatRateBp: Number(l['vat_rate_bp'] ?? 0), netAmount: Number(l['net_amount'] ?? 0) })),
					netTotal: Number(q['net_total'] ?? 0),
					vatTotal: Number(q['vat_total'] ?? 0),
					grossTotal: Number(q['gross_total'] ?? 0),
				}),
			);
			res.setHeader('content-type', 'application/pdf');
			res.setHeader('content-disposition', `attachment; filename="proposal-${String(q['number']).toLowerCase()}.pdf"`);
			res.send(Buffer.from(pdf));
			return undefined;
		}),
	);

	router.post(
		'/quotes/:id/reject',
		asyncRoute((req) => step(req, 'rejected', async () => ({}))),
	);

	router.post(
		'/quotes/:id/accept',
		asyncRoute((req) =>
			step(req, 'accepted', async (trx, quote, lines, options) => {
				assertQuoteAcceptable({ status: quote['status'], validUntil: toDay(quote['valid_until']) }, today());
				// The order keeps the accepted prices: its lines arrive priced, so the hook does not re-price them.
				const orders = new services.ItemsService('crm_orders', { ...options, knex: trx });
				const orderId = await runTrusted(() =>
					orders.createOne({
						customer: quote['customer'],
						contact: quote['contact'],
						owner: quote['owner'],
						quote: quote['id'],
						currency: quote['currency'],
						order_date: today(),
						campaign: quote['campaign'] ?? null,
						promo_codes: quote['promo_codes'] ?? null,
						lines: lines.map((l, i) => ({
							sort: i + 1,
							product: l['product'],
							description: l['description'],
							quantity_milli: Number(l['quantity_milli']),
							discount_bp: Number(l['discount_bp'] ?? 0),
							unit_price: Number(l['unit_price']),
							vat_rate_bp: Number(l['vat_rate_bp']),
							// The accepted discounts travel with the lines, approvals included: the order is what the customer accepted.
							list_amount: l['list_amount'] ?? null,
							discount_amount: l['discount_amount'] ?? null,
							applied_rules: json(l['applied_rules']),
							approval_status: l['approval_status'] ?? 'not_needed',
							discount_approved_bp: Number(l['discount_approved_bp'] ?? 0),
							discount_limit_bp: Number(l['discount_limit_bp'] ?? 0),
							below_floor_approved: Boolean(l['below_floor_approved']),
							discount_approved_by: l['discount_approved_by'] ?? null,
							discount_approved_at: l['discount_approved_at'] ?? null,
							price_explanation: json(l['price_explanation']),
						})),
					}),
				);
				return { order: orderId };
			}),
		),
	);
}

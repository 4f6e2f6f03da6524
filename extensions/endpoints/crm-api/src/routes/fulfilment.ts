import {
	addDays,
	assertOrderTransition,
	computeDocumentTotals,
	convertCurrency,
	CrmError,
	deriveFulfilmentStatus,
	deriveInvoiceStatus,
	type LineKind,
	type OrderStatus,
	parseCreditNoteRequest,
	parseInvoiceRequest,
	parseShipmentRequest,
	planCreditNote,
	planInvoiceQuantities,
	planOrderShipment,
	postCreditNote,
	postInvoice,
	type ShipmentOrderLine,
	type StockLevel,
	withCreditedSoFar,
	cumulativeShare,
} from '@crm/core';
import { findRateToBase, forUpdate, insertLedgerEntries, loadInvoicePositions, nextDocumentNumber, runTrusted, toDay } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import type { Knex } from 'knex';
import { asyncRoute } from '../async-route.ts';
import { type ServiceOptions, serviceOptionsOf } from '../directus-request.ts';
import { openAmountOf, toStoredInvoiceLine } from '../fulfilment/fulfilment-store.ts';

type Row = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHIPPABLE: readonly OrderStatus[] = ['confirmed', 'partially_shipped'];
// An order becomes `invoiced` only once every line is shipped and invoiced in full, so an invoiced (or later)
// order has nothing left to bill: invoicing is for partially shipped and shipped orders.
const INVOICEABLE: readonly OrderStatus[] = ['partially_shipped', 'shipped'];

const today = () => new Date().toISOString().slice(0, 10);

function keyParam(req: Request, noun: string): string {
	const id = String(req.params['id']);
	if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no ${noun} "${id}".`, { parameter: 'id' });
	return id;
}

function requireStatus(order: Row, allowed: readonly OrderStatus[], action: string): void {
	if (!allowed.includes(order['status'])) {
		throw new CrmError('CRM_INVALID_TRANSITION', `Order ${order['number']} is ${String(order['status']).replaceAll('_', ' ')}: only ${allowed.join(' or ').replaceAll('_', ' ')} orders can ${action}.`, {
			field: 'status',
			from: order['status'],
			allowed,
		});
	}
}

/**
 * S3, S6.1 — shipping documents, invoices and credit notes from orders:
 * POST /crm/orders/:id/shipments, POST /crm/orders/:id/invoices, POST /crm/invoices/:id/credit-notes.
 *
 * Each runs in one transaction: the caller's read access to the order or invoice is checked with an
 * ItemsService under their accountability (403 otherwise), the rows are locked, the domain plans, and
 * the document is created through an ItemsService under the caller's accountability (so their create
 * permission applies and the document reaches the customer's timeline), its computed fields set inside
 * runTrusted. Stock, order-line quantities and ledger entries are written raw after that check.
 */
export function registerFulfilmentRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');

	const itemsOf = (collection: string, options: ServiceOptions, trx: Knex) => new services.ItemsService(collection, { ...options, knex: trx });

	/** The order (visible to the caller, 403 otherwise) and its lines, locked against concurrent fulfilment. */
	async function lockOrder(trx: Knex, options: ServiceOptions, id: string) {
		const orders = itemsOf('crm_orders', options, trx);
		await orders.readOne(id, { fields: ['id'] });
		const order: Row = await forUpdate(trx, trx('crm_orders').select('*').where('id', id)).first();
		const lines: Row[] = await forUpdate(trx, trx('crm_order_lines').select('*').where('order', id).orderBy([{ column: 'sort' }, { column: 'id' }]));
		return { orders, order, lines };
	}

	async function rateOn(trx: Knex, currency: string, day: string): Promise<string> {
		const rate = await findRateToBase(trx, currency, day, baseCurrency);
		if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${currency} on or before ${day}; add one under Exchange rates.`, { field: 'issue_date', currency });
		return rate;
	}

	router.post(
		'/orders/:id/shipments',
		asyncRoute(async (req, res) => {
			const id = keyParam(req, 'order');
			const request = parseShipmentRequest(req.body);
			const options = await serviceOptionsOf(req, getSchema);

			const data = await database.transaction(async (trx) => {
				const { orders, order, lines } = await lockOrder(trx, options, id);
				requireStatus(order, SHIPPABLE, 'ship');

				if (request.warehouseId && !(await trx('crm_warehouses').select('id').where('id', request.warehouseId).first())) {
					throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no warehouse ${request.warehouseId}.`, { field: 'warehouse' });
				}
				const products: Row[] = await trx('crm_products').select('id', 'kind').whereIn('id', [...new Set(lines.map((l) => l['product'] as string))]);
				const kindOf = new Map(products.map((p) => [p['id'], p['kind'] as LineKind]));
				const reservedIn: string | null = order['warehouse'] ?? null;
				const shipFrom: string | null = request.warehouseId ?? reservedIn;

				// The order's reservation sits in its own warehouse: shipping from there releases it; shipping from
				// another warehouse must not consume that warehouse's reservations of other orders.
				const orderLines: ShipmentOrderLine[] = lines.map((l) => ({
					lineId: l['id'],
					productId: l['product'],
					quantityMilli: Number(l['quantity_milli']),
					shippedMilli: Number(l['shipped_milli'] ?? 0),
					kind: kindOf.get(l['product']) ?? 'goods',
					reservedMilli: shipFrom === reservedIn ? Number(l['reserved_milli'] ?? 0) : 0,
				}));

				const goodsIds = [...new Set(orderLines.filter((l) => l.kind === 'goods').map((l) => l.productId))];
				const warehouses = [...new Set([shipFrom, reservedIn].filter((w): w is string => w !== null))];
				let stockQuery = trx('crm_stock_levels').select('id', 'product', 'warehouse', 'on_hand_milli', 'reserved_milli').whereIn('product', goodsIds).orderBy('id');
				if (shipFrom !== null) stockQuery = stockQuery.whereIn('warehouse', warehouses);
				const stockRows: Row[] = goodsIds.length === 0 ? [] : await forUpdate(trx, stockQuery);
				const stock: StockLevel[] = stockRows
					.filter((r) => shipFrom === null || r['warehouse'] === shipFrom)
					.map((r) => ({ productId: r['product'], warehouseId: r['warehouse'], onHandMilli: Number(r['on_hand_milli']), reservedMilli: Number(r['reserved_milli']) }));

				const plan = planOrderShipment({ orderLines, ...(request.kind ? { kind: request.kind } : {}), ...(request.lines ? { lines: request.lines } : {}), stock, ...(shipFrom !== null ? { warehouseId: shipFrom } : {}) });
				const next = deriveFulfilmentStatus({
					current: order['status'],
					lines: orderLines.map((l) => ({ quantityMilli: l.quantityMilli, shippedMilli: plan.lines.find((p) => p.lineId === l.lineId)?.shippedMilli ?? l.shippedMilli })),
				});
				assertOrderTransition(order['status'], next);

				// Stock: off hand where it ships from, and the order's reservation released (where it was made).
				const rowOf = (product: string, warehouse: string) => stockRows.find((r) => r['product'] === product && r['warehouse'] === warehouse);
				for (const d of plan.stock) {
					await trx('crm_stock_levels')
						.where('id', rowOf(d.productId, d.warehouseId)!['id'])
						.update({ on_hand_milli: trx.raw('on_hand_milli - ?', [d.onHandDecrementMilli]), reserved_milli: trx.raw('reserved_milli - ?', [d.reservedDecrementMilli]) });
				}
				const released = new Map<string, number>();
				for (const p of plan.lines) {
					const row = lines.find((l) => l['id'] === p.lineId)!;
					const reserved = Number(row['reserved_milli'] ?? 0);
					const release = Math.min(p.quantityMilli, reserved);
					if (release > 0) released.set(p.productId, (released.get(p.productId) ?? 0) + release);
					await trx('crm_order_lines').where('id', p.lineId).update({ shipped_milli: p.shippedMilli, reserved_milli: reserved - release });
				}
				if (shipFrom !== reservedIn && reservedIn !== null) {
					for (const [product, quantity] of released) {
						const row = rowOf(product, reservedIn);
						const release = Math.min(quantity, Math.max(0, Number(row?.['reserved_milli'] ?? 0)));
						if (row && release > 0) await trx('crm_stock_levels').where('id', row['id']).update({ reserved_milli: trx.raw('reserved_milli - ?', [release]) });
					}
				}

				const shippedOn = request.shippedOn ?? today();
				const shipments = itemsOf('crm_shipments', options, trx);
				const shipmentId = await runTrusted(async () =>
					shipments.createOne({
						number: await nextDocumentNumber(trx, 'SH', Number(shippedOn.slice(0, 4))),
						kind: plan.kind,
						order: id,
						customer: order['customer'],
						warehouse: plan.kind === 'waybill' ? shipFrom : (request.warehouseId ?? null),
						shipped_on: shippedOn,
						lines: plan.lines.map((l) => ({ order_line: l.lineId, quantity_milli: l.quantityMilli })),
					}),
				);
				if (next !== order['status']) await runTrusted(() => orders.updateOne(id, { status: next }));
				return shipments.readOne(shipmentId, { fields: ['*', 'lines.*'] });
			});

			res.status(201);
			return { data };
		}),
	);

	router.post(
		'/orders/:id/invoices',
		asyncRoute(async (req, res) => {
			const id = keyParam(req, 'order');
			const request = parseInvoiceRequest(req.body);
			const options = await serviceOptionsOf(req, getSchema);

			const data = await database.transaction(async (trx) => {
				const { orders, order, lines } = await lockOrder(trx, options, id);
				requireStatus(order, INVOICEABLE, 'be invoiced');

				const shipmentRows: Row[] = await trx('crm_shipments').select('id', 'number', 'shipped_on').where('order', id);
				shipmentRows.sort((a, b) => String(toDay(a['shipped_on']) ?? '').localeCompare(String(toDay(b['shipped_on']) ?? '')) || String(a['number']).localeCompare(String(b['number'])));
				const shipmentLines: Row[] = shipmentRows.length === 0 ? [] : await trx('crm_shipment_lines').select('shipment', 'order_line', 'quantity_milli').whereIn('shipment', shipmentRows.map((s) => s['id']));
				const rank = new Map(shipmentRows.map((s, i) => [s['id'], i]));
				shipmentLines.sort((a, b) => rank.get(a['shipment'])! - rank.get(b['shipment'])!);

				const billed = planInvoiceQuantities({
					orderLines: lines.map((l) => ({ lineId: l['id'], quantityMilli: Number(l['quantity_milli']), shippedMilli: Number(l['shipped_milli'] ?? 0), invoicedMilli: Number(l['invoiced_milli'] ?? 0) })),
					shipmentLines: shipmentLines.map((s) => ({ shipmentId: s['shipment'], orderLineId: s['order_line'], quantityMilli: Number(s['quantity_milli']) })),
					...(request.shipmentIds ? { shipmentIds: request.shipmentIds } : {}),
				});

				const issueDate = request.issueDate ?? today();
				const currency: string = order['currency'];
				const rate = await rateOn(trx, currency, issueDate);
				const customer: Row = await trx('crm_customers').select('payment_terms_days').where('id', order['customer']).first();
				const billedLines = billed.map((b) => ({ ...b, row: lines.find((l) => l['id'] === b.lineId)! }));
				const products: Row[] = await trx('crm_products').select('id', 'name').whereIn('id', [...new Set(billedLines.map((b) => b.row['product'] as string))]);
				const totals = computeDocumentTotals(
					billedLines.map((b) => ({
						quantityMilli: b.quantityMilli,
						unitPrice: Number(b.row['unit_price'] ?? 0),
						vatRateBp: Number(b.row['vat_rate_bp'] ?? 0),
						discountBp: Number(b.row['discount_bp'] ?? 0),
						// The order line's discount (rules, offers, order shares, manual) is billed with its quantity, cumulatively over partial invoices.
						...(b.row['discount_amount'] === null || b.row['discount_amount'] === undefined
							? {}
							: { discountAmount: cumulativeShare(Number(b.row['discount_amount']), b.quantityMilli, Number(b.row['quantity_milli']), Number(b.row['invoiced_milli'] ?? 0)) }),
					})),
					currency,
				);

				const invoices = itemsOf('crm_invoices', options, trx);
				const number = await nextDocumentNumber(trx, 'INV', Number(issueDate.slice(0, 4)));
				const invoiceId = (await runTrusted(() =>
					invoices.createOne({
						number,
						kind: 'invoice',
						status: 'issued',
						customer: order['customer'],
						order: id,
						issue_date: issueDate,
						due_date: addDays(issueDate, Number(customer?.['payment_terms_days'] ?? 0)),
						currency,
						fx_rate: rate,
						net_total: totals.netTotal,
						vat_total: totals.vatTotal,
						gross_total: totals.grossTotal,
						gross_total_base: convertCurrency({ amount: totals.grossTotal, currency }, baseCurrency, rate, 'half-even').amount,
						open_amount: totals.grossTotal,
						lines: billedLines.map((b, i) => ({
							order_line: b.lineId,
							product: b.row['product'],
							description: String(b.row['description'] ?? products.find((p) => p['id'] === b.row['product'])?.['name'] ?? '').slice(0, 255),
							quantity_milli: b.quantityMilli,
							unit_price: Number(b.row['unit_price'] ?? 0),
							discount_bp: Number(b.row['discount_bp'] ?? 0),
							vat_rate_bp: Number(b.row['vat_rate_bp'] ?? 0),
							net_amount: totals.lines[i]!.netAmount,
							vat_amount: totals.lines[i]!.vatAmount,
							gross_amount: totals.lines[i]!.grossAmount,
						})),
					}),
				)) as string;

				await insertLedgerEntries(
					trx,
					postInvoice({ customerId: order['customer'], key: invoiceId, number, date: issueDate, amount: totals.grossTotal, currency, rateToBase: rate, baseCurrency }),
					options.accountability?.user ?? null,
				);

				const invoicedAfter = new Map(lines.map((l) => [l['id'], Number(l['invoiced_milli'] ?? 0)]));
				for (const b of billed) {
					invoicedAfter.set(b.lineId, invoicedAfter.get(b.lineId)! + b.quantityMilli);
					await trx('crm_order_lines').where('id', b.lineId).update({ invoiced_milli: invoicedAfter.get(b.lineId) });
				}
				const complete = lines.every((l) => Number(l['shipped_milli'] ?? 0) === Number(l['quantity_milli']) && invoicedAfter.get(l['id']) === Number(l['quantity_milli']));
				if (complete) {
					assertOrderTransition(order['status'], 'invoiced');
					await runTrusted(() => orders.updateOne(id, { status: 'invoiced' }));
				}
				return invoices.readOne(invoiceId, { fields: ['*', 'lines.*'] });
			});

			res.status(201);
			return { data };
		}),
	);

	router.post(
		'/invoices/:id/credit-notes',
		asyncRoute(async (req, res) => {
			const id = keyParam(req, 'invoice');
			const request = parseCreditNoteRequest(req.body);
			const options = await serviceOptionsOf(req, getSchema);

			const data = await database.transaction(async (trx) => {
				const invoices = itemsOf('crm_invoices', options, trx);
				await invoices.readOne(id, { fields: ['id'] });
				const invoice: Row = await forUpdate(trx, trx('crm_invoices').select('*').where('id', id)).first();
				if (invoice['kind'] !== 'invoice') throw new CrmError('CRM_INVALID_TRANSITION', `${invoice['number']} is a credit note; only invoices can be credited.`, { field: 'kind', from: invoice['kind'] });

				const issueDate = request.issueDate ?? today();
				const invoiceDay = toDay(invoice['issue_date'])!;
				if (issueDate < invoiceDay) throw new CrmError('CRM_OUT_OF_RANGE', `A credit note cannot be dated before its invoice (${invoiceDay}).`, { field: 'issue_date', min: invoiceDay });

				const invoiceLines: Row[] = await trx('crm_invoice_lines').select('*').where('invoice', id).orderBy('id');
				const earlier: Row[] = await trx('crm_invoices').select('id', 'gross_total').where({ credited_invoice: id, kind: 'credit_note' });
				const earlierLines: Row[] = earlier.length === 0 ? [] : await trx('crm_invoice_lines').select('*').whereIn('invoice', earlier.map((c) => c['id']));
				const currency: string = invoice['currency'];
				const plan = planCreditNote({ lines: withCreditedSoFar(invoiceLines.map(toStoredInvoiceLine), earlierLines.map(toStoredInvoiceLine)), ...(request.lines ? { request: request.lines } : {}), currency });
				const rate = await rateOn(trx, currency, issueDate);

				const number = await nextDocumentNumber(trx, 'CN', Number(issueDate.slice(0, 4)));
				const creditNoteId = (await runTrusted(() =>
					invoices.createOne({
						number,
						kind: 'credit_note',
						status: 'issued',
						customer: invoice['customer'],
						order: invoice['order'] ?? null,
						credited_invoice: id,
						issue_date: issueDate,
						// A credit is the customer's at once; it carries no payment term.
						due_date: issueDate,
						currency,
						fx_rate: rate,
						net_total: plan.netTotal,
						vat_total: plan.vatTotal,
						gross_total: plan.grossTotal,
						gross_total_base: convertCurrency({ amount: plan.grossTotal, currency }, baseCurrency, rate, 'half-even').amount,
						// Its effect is on the credited invoice's open item; the credit note itself is never "open".
						open_amount: 0,
						notes: request.reason,
						lines: plan.lines.map((l) => {
							const source = invoiceLines.find((r) => r['id'] === l.lineId)!;
							return {
								order_line: source['order_line'] ?? null,
								product: source['product'] ?? null,
								description: `Credit: ${source['description'] ?? ''}`.trim().slice(0, 255),
								quantity_milli: l.quantityMilli,
								unit_price: Number(source['unit_price']),
								discount_bp: Number(source['discount_bp'] ?? 0),
								vat_rate_bp: Number(source['vat_rate_bp'] ?? 0),
								net_amount: l.netAmount,
								vat_amount: l.vatAmount,
								gross_amount: l.grossAmount,
							};
						}),
					}),
				)) as string;

				// The invoice is locked, so where it stands cannot change before the credit note is posted against it.
				const position = (await loadInvoicePositions(trx, [invoice], baseCurrency)).get(id)!;
				const entries = postCreditNote({ customerId: invoice['customer'], key: creditNoteId, number, invoiceKey: id, date: issueDate, amount: plan.grossTotal, currency, rateToBase: rate, baseCurrency }, position);
				await insertLedgerEntries(trx, entries, options.accountability?.user ?? null);

				const open = await openAmountOf(trx, id);
				const credited = earlier.reduce((sum, c) => sum + Number(c['gross_total'] ?? 0), 0) + plan.grossTotal;
				const status = deriveInvoiceStatus({ gross: Number(invoice['gross_total'] ?? 0), open, credited });
				await runTrusted(() => invoices.updateOne(id, { open_amount: open, status }));

				return invoices.readOne(creditNoteId, { fields: ['*', 'lines.*'] });
			});

			res.status(201);
			return { data };
		}),
	);
}


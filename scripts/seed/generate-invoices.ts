// Invoices of the orders that were invoiced, and a few credit notes, made by the use cases
// POST /crm/orders/:id/invoices and POST /crm/invoices/:id/credit-notes run (invoiceOrder, creditInvoice)
// and stored through the adapter's row mappers. Numbers come later, in date order (number-documents.ts).
import { addDays, creditInvoice, invoiceOrder, invoicePosition, type InvoicePosition } from '../../packages/crm-core/src/index.ts';
import { toCreditNoteRow, toDescribedInvoiceLine, toFulfilmentOrder, toFulfilmentOrderLine, toInvoiceLineRow, toInvoiceRow } from '../../packages/crm-directus/src/fulfilment/fulfilment-rows.ts';
import type { Uuid } from './demo-rows.ts';
import type { Shipments } from './generate-shipments.ts';
import { RETURN_REASONS } from './orders-to-cash-catalogue.ts';
import { maxDay, minDay, type OrdersToCash } from './orders-to-cash-context.ts';
import { BASE_CURRENCY, type InvoiceLineRow, type InvoiceRow } from './orders-to-cash-rows.ts';
import type { OrderPlan } from './plan-demo-documents.ts';
import { pickDistinct } from './random.ts';

export interface InvoicePlan {
	row: InvoiceRow;
	lines: InvoiceLineRow[];
	createdMs: number;
	plan: OrderPlan;
	credits: InvoicePlan[];
	/** Latest document date on the invoice so far: payments come after it. */
	settledFrom: string;
	/** Where the invoice stands in the ledger once posted (credit notes come before its payments). */
	position: InvoicePosition | null;
}

export interface Invoices {
	invoicePlans: InvoicePlan[];
	creditPlans: InvoicePlan[];
}

type Row = Record<string, unknown>;
const withoutLines = ({ lines: _lines, ...row }: Row): Row => row;

function lineRows(otc: OrdersToCash, invoice: Uuid, lines: readonly Parameters<typeof toInvoiceLineRow>[0][]): InvoiceLineRow[] {
	return lines.map((l) => ({ id: otc.rng.uuid(), invoice, ...toInvoiceLineRow(l) }) as InvoiceLineRow);
}

/** The whole order, shipped in full, invoiced after its last shipment. */
function invoiceOf(otc: OrdersToCash, plan: OrderPlan, shipments: Shipments): InvoicePlan {
	const issue = minDay(otc.today, addDays(shipments.lastShipment.get(plan.row.id) ?? plan.row.order_date, otc.rng.int(0, 3)));
	const lastShipmentMs = Math.max(...shipments.shipments.filter((s) => s.order === plan.row.id).map((s) => shipments.shipmentCreated.get(s.id)!));
	const createdMs = otc.stamp(issue, lastShipmentMs);
	const key = otc.rng.uuid();
	// At the time it was invoiced, the order stood shipped.
	const order = { ...toFulfilmentOrder(plan.row), status: 'shipped' as const };
	const facts = { order, lines: plan.lines.map(toFulfilmentOrderLine), shipments: [], paymentTermsDays: plan.customer.payment_terms_days, productNames: new Map<string, string>(), rateToBase: otc.rateOn(order.currency, issue), baseCurrency: BASE_CURRENCY, key, number: '' };
	const made = invoiceOrder(facts, { issueDate: issue }, otc.today);
	for (const l of made.lines) plan.lines.find((x) => x.id === l.lineId)!.invoiced_milli = l.invoicedMilli;
	const row = { ...withoutLines(toInvoiceRow(made.invoice)), credited_invoice: null, notes: null, ...otc.audit(createdMs) } as InvoiceRow;
	const d = made.invoice;
	const position = invoicePosition({ key, number: d.number, currency: d.currency, baseCurrency: BASE_CURRENCY, gross: d.grossTotal, rateToBase: d.fxRate }, made.ledger);
	return { row, lines: lineRows(otc, key, d.lines), createdMs, plan, credits: [], settledFrom: issue, position };
}

/** A return: the whole invoice (full), or part of one line of at least two units. */
function creditNoteOf(otc: OrdersToCash, inv: InvoicePlan, full: boolean): InvoicePlan {
	const { rng } = otc;
	const day = minDay(otc.today, addDays(inv.row.issue_date, rng.int(1, 20)));
	let lines: { lineId: string; quantityMilli: number }[] | undefined;
	if (!full) {
		const line = rng.pick(inv.plan.lines.filter((l) => l.quantity_milli >= 2000));
		lines = [{ lineId: inv.lines.find((l) => l.order_line === line.id)!.id, quantityMilli: Math.max(1000, Math.floor(line.quantity_milli / 2 / 1000) * 1000 - rng.int(0, 1) * 1000) }];
	}
	const reason = full ? 'Full return: the order was taken back.' : rng.pick(RETURN_REASONS);
	const createdMs = otc.stamp(day, inv.createdMs);
	const key = rng.uuid();
	const invoice = { id: inv.row.id, number: inv.row.number, kind: 'invoice' as const, customerId: inv.row.customer, orderId: inv.row.order, issueDate: inv.row.issue_date, currency: inv.row.currency, grossTotal: inv.row.gross_total };
	const facts = { invoice, lines: inv.lines.map(toDescribedInvoiceLine), earlier: { grossTotals: [], lines: [] }, position: inv.position!, rateToBase: otc.rateOn(inv.row.currency, day), baseCurrency: BASE_CURRENCY, key, number: '' };
	const made = creditInvoice(facts, { issueDate: day, reason, ...(lines ? { lines } : {}) }, otc.today);
	const row = { ...withoutLines(toCreditNoteRow(made.creditNote)), ...otc.audit(createdMs) } as InvoiceRow;
	return { row, lines: lineRows(otc, key, made.creditNote.lines), createdMs, plan: inv.plan, credits: [], settledFrom: day, position: null };
}

export function generateInvoices(otc: OrdersToCash, plans: readonly OrderPlan[], shipments: Shipments): Invoices {
	const { rng } = otc;
	const invoicePlans = plans.filter((p) => ['invoiced', 'paid', 'closed'].includes(p.row.status)).map((p) => invoiceOf(otc, p, shipments));
	// A few credit notes: full returns on closed orders, part returns on others.
	const creditCount = Math.max(2, Math.round(8 * otc.input.scale));
	const fullCredits = pickDistinct(rng, invoicePlans.filter((i) => i.plan.row.status === 'closed'), Math.max(1, Math.round(creditCount / 3)));
	const partCandidates = invoicePlans.filter((i) => !fullCredits.includes(i) && i.plan.lines.some((l) => l.quantity_milli >= 2000));
	const partCredits = pickDistinct(rng, partCandidates, creditCount - fullCredits.length);
	const creditPlans: InvoicePlan[] = [];
	for (const inv of [...fullCredits, ...partCredits]) {
		const cn = creditNoteOf(otc, inv, fullCredits.includes(inv));
		inv.credits.push(cn);
		inv.settledFrom = maxDay(inv.settledFrom, cn.row.issue_date);
		creditPlans.push(cn);
	}
	return { invoicePlans, creditPlans };
}

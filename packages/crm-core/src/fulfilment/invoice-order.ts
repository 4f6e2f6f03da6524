import { addDays } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { convertCurrency } from '../money/convert-currency.ts';
import { cumulativeShare } from '../money/cumulative-share.ts';
import { computeDocumentTotals } from '../orders/document-totals.ts';
import type { OrderStatus } from '../orders/order-status.ts';
import { assertOrderTransition } from '../orders/order-transitions.ts';
import type { LedgerEntry } from '../settlements/ledger-entry.ts';
import { postInvoice } from '../settlements/post-invoice.ts';
import type { DocumentAmounts, FulfilmentOrder, FulfilmentOrderLine } from './fulfilment-facts.ts';
import type { InvoiceRequest } from './parse-fulfilment-requests.ts';
import { planInvoiceQuantities, type PostedShipmentLine } from './plan-invoice.ts';
import { INVOICEABLE_STATUSES, requireOrderStatus } from './require-order-status.ts';

/** A posted shipment of the order, with what it carried. */
export interface PostedShipment {
	id: string;
	number: string;
	shippedOn: string;
	lines: readonly Omit<PostedShipmentLine, 'shipmentId'>[];
}

export interface InvoiceOrderFacts {
	order: FulfilmentOrder;
	lines: readonly FulfilmentOrderLine[];
	shipments: readonly PostedShipment[];
	paymentTermsDays: number;
	productNames: ReadonlyMap<string, string>;
	/** Base units for one unit of the order's currency on the issue date; null when none is recorded. */
	rateToBase: string | null;
	baseCurrency: string;
	/** The new invoice's key and number (INV series of the issue date's year), taken by the caller. */
	key: string;
	number: string;
}

export interface InvoiceLineDraft {
	orderLineId: string;
	productId: string;
	description: string;
	quantityMilli: number;
	unitPrice: number;
	discountBp: number;
	vatRateBp: number;
	netAmount: number;
	vatAmount: number;
	grossAmount: number;
}

export interface InvoiceDraft extends DocumentAmounts {
	key: string;
	number: string;
	customerId: string;
	orderId: string;
	issueDate: string;
	dueDate: string;
	lines: InvoiceLineDraft[];
}

/** Everything an invoice writes, in one transaction. */
export interface InvoiceOrderPlan {
	invoice: InvoiceDraft;
	ledger: LedgerEntry[];
	lines: { lineId: string; invoicedMilli: number }[];
	/** `invoiced` once every line is shipped and invoiced in full, else null (the status stays). */
	status: OrderStatus | null;
}

/** The date an invoice or credit note carries: the one asked for, else today. */
export function documentDateOf(requested: string | undefined, today: string): string {
	return requested ?? today;
}

/** Shipments oldest first (by date, then number): invoiced quantities are attributed to them in that order. */
function shipmentLinesInOrder(shipments: readonly PostedShipment[]): PostedShipmentLine[] {
	const sorted = [...shipments].sort((a, b) => a.shippedOn.localeCompare(b.shippedOn) || a.number.localeCompare(b.number));
	return sorted.flatMap((s) => s.lines.map((l) => ({ ...l, shipmentId: s.id })));
}

/**
 * S6.1 — invoices what shipped and is not yet invoiced (or what the chosen shipments carried). Each line
 * bills its share of the order line's discount cumulatively, so partial invoices add up to the order; the
 * invoice is due after the customer's payment terms and posts +gross to the ledger at the issue date's rate.
 */
export function invoiceOrder(facts: InvoiceOrderFacts, request: InvoiceRequest, today: string): InvoiceOrderPlan {
	const { order, lines } = facts;
	requireOrderStatus(order, INVOICEABLE_STATUSES, 'be invoiced');
	const billed = planInvoiceQuantities({
		orderLines: lines.map((l) => ({ lineId: l.id, quantityMilli: l.quantityMilli, shippedMilli: l.shippedMilli, invoicedMilli: l.invoicedMilli })),
		shipmentLines: shipmentLinesInOrder(facts.shipments),
		...(request.shipmentIds ? { shipmentIds: request.shipmentIds } : {}),
	});
	const issueDate = documentDateOf(request.issueDate, today);
	const rate = facts.rateToBase;
	if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${order.currency} on or before ${issueDate}; add one under Exchange rates.`, { field: 'issue_date', currency: order.currency });

	const billedLines = billed.map((b) => ({ ...b, line: lines.find((l) => l.id === b.lineId)! }));
	const totals = computeDocumentTotals(
		billedLines.map(({ quantityMilli, line }) => ({
			quantityMilli,
			unitPrice: line.unitPrice,
			vatRateBp: line.vatRateBp,
			discountBp: line.discountBp,
			...(line.discountAmount === null ? {} : { discountAmount: cumulativeShare(line.discountAmount, quantityMilli, line.quantityMilli, line.invoicedMilli) }),
		})),
		order.currency,
	);
	const invoice: InvoiceDraft = {
		key: facts.key,
		number: facts.number,
		customerId: order.customerId,
		orderId: order.id,
		issueDate,
		dueDate: addDays(issueDate, facts.paymentTermsDays),
		currency: order.currency,
		fxRate: rate,
		netTotal: totals.netTotal,
		vatTotal: totals.vatTotal,
		grossTotal: totals.grossTotal,
		grossTotalBase: convertCurrency({ amount: totals.grossTotal, currency: order.currency }, facts.baseCurrency, rate, 'half-even').amount,
		lines: billedLines.map(({ quantityMilli, line }, i) => ({
			orderLineId: line.id,
			productId: line.productId,
			description: (line.description ?? facts.productNames.get(line.productId) ?? '').slice(0, 255),
			quantityMilli,
			unitPrice: line.unitPrice,
			discountBp: line.discountBp,
			vatRateBp: line.vatRateBp,
			netAmount: totals.lines[i]!.netAmount,
			vatAmount: totals.lines[i]!.vatAmount,
			grossAmount: totals.lines[i]!.grossAmount,
		})),
	};
	const ledger = postInvoice({ customerId: order.customerId, key: facts.key, number: facts.number, date: issueDate, amount: totals.grossTotal, currency: order.currency, rateToBase: rate, baseCurrency: facts.baseCurrency });

	const invoicedAfter = new Map(lines.map((l) => [l.id, l.invoicedMilli]));
	for (const b of billed) invoicedAfter.set(b.lineId, invoicedAfter.get(b.lineId)! + b.quantityMilli);
	const complete = lines.every((l) => l.shippedMilli === l.quantityMilli && invoicedAfter.get(l.id) === l.quantityMilli);
	if (complete) assertOrderTransition(order.status, 'invoiced');
	return { invoice, ledger, lines: billed.map((b) => ({ lineId: b.lineId, invoicedMilli: invoicedAfter.get(b.lineId)! })), status: complete ? 'invoiced' : null };
}

import { CrmError } from '../errors/crm-error.ts';
import { multiplyByQuantity } from '../money/apply-rate.ts';
import { cumulativeShare } from '../money/cumulative-share.ts';
import { computeDocumentTotals } from '../orders/document-totals.ts';
import type { RequestedQuantity } from './parse-fulfilment-requests.ts';

/** Amounts of a line in minor units. */
export interface LineAmounts {
	netAmount: number;
	vatAmount: number;
	grossAmount: number;
}

/** A line of an invoice or of a credit note, as stored. */
export interface StoredInvoiceLine extends LineAmounts {
	lineId: string;
	orderLineId: string | null;
	productId: string | null;
	quantityMilli: number;
	unitPrice: number;
	discountBp: number;
	/** The line's whole discount in minor units (quantity × unit price − net); credited in proportion to the quantity. */
	discountAmount?: number;
	vatRateBp: number;
}

/** An invoice line with what earlier credit notes already took back of it. */
export interface CreditableLine extends StoredInvoiceLine {
	credited: LineAmounts & { quantityMilli: number };
}

export interface CreditNoteLinePlan extends LineAmounts {
	/** The invoice line credited. */
	lineId: string;
	quantityMilli: number;
}

export interface CreditNotePlan {
	lines: CreditNoteLinePlan[];
	netTotal: number;
	vatTotal: number;
	grossTotal: number;
}

// A credit-note line names no invoice line (the schema links lines to order lines), so lines are matched
// by order line, or for hand-made lines without one by product and price.
function matchKey(line: StoredInvoiceLine): string {
	return line.orderLineId ?? `${line.productId ?? ''}|${line.unitPrice}|${line.discountBp}|${line.vatRateBp}`;
}

/**
 * Adds to each invoice line what earlier credit notes of that invoice took back: quantity and amounts.
 * Two invoice lines that cannot be told apart (same order line, or no order line and the same product
 * and price) are refused with CRM_INVALID_PAYLOAD rather than guessed.
 */
export function withCreditedSoFar(invoiceLines: readonly StoredInvoiceLine[], creditLines: readonly StoredInvoiceLine[]): CreditableLine[] {
	const keys = new Map<string, string>();
	for (const line of invoiceLines) {
		const key = matchKey(line);
		if (keys.has(key)) throw new CrmError('CRM_INVALID_PAYLOAD', `Invoice lines ${keys.get(key)} and ${line.lineId} bill the same order line or product at the same price; their credits cannot be told apart.`, { field: 'lines', lineIds: [keys.get(key), line.lineId] });
		keys.set(key, line.lineId);
	}
	return invoiceLines.map((line) => {
		const key = matchKey(line);
		const credited = { quantityMilli: 0, netAmount: 0, vatAmount: 0, grossAmount: 0 };
		for (const c of creditLines) {
			if (matchKey(c) !== key) continue;
			credited.quantityMilli += c.quantityMilli;
			credited.netAmount += c.netAmount;
			credited.vatAmount += c.vatAmount;
			credited.grossAmount += c.grossAmount;
		}
		return { ...line, credited };
	});
}

/**
 * The lines and totals of a credit note against an invoice. Without `request`, what is still uncredited of
 * every line (the rest of the invoice).
 *
 * - A line may be credited up to its invoiced quantity minus what earlier credit notes took back; more is
 *   CRM_OVER_CREDIT (409, details.lines lists every offending line), and so is a default request when
 *   nothing is left. An unknown invoice line is CRM_REFERENCE_NOT_FOUND (field lines[i].invoice_line).
 * - A line credited to its end gets exactly the rest of the line's amounts (invoice line minus earlier
 *   credits), so crediting an invoice in several steps adds up to its gross to the minor unit: VAT
 *   rounded per rate on each credit note would otherwise drift by a cent and leave the invoice open.
 * - A part of a line is priced like a document of its own (computeDocumentTotals over the partial lines:
 *   same unit price, discount and VAT rate), never beyond what is left of the line's amounts.
 * Amounts are positive; the ledger posts them with a negative sign (postCreditNote).
 */
export function planCreditNote(input: { lines: readonly CreditableLine[]; request?: readonly RequestedQuantity[]; currency: string }): CreditNotePlan {
	const remaining = (l: CreditableLine) => l.quantityMilli - l.credited.quantityMilli;
	let requested: { line: CreditableLine; quantityMilli: number; index: number }[];

	if (input.request === undefined) {
		requested = input.lines.filter((l) => remaining(l) > 0).map((line, index) => ({ line, quantityMilli: remaining(line), index }));
		if (requested.length === 0) throw new CrmError('CRM_OVER_CREDIT', 'This invoice is credited in full already.', { field: 'lines', lines: [] });
	} else {
		requested = input.request.map((req, index) => {
			const line = input.lines.find((l) => l.lineId === req.lineId);
			if (line === undefined) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Invoice line ${req.lineId} is not on this invoice.`, { field: `lines[${index}].invoice_line`, lineId: req.lineId });
			return { line, quantityMilli: req.quantityMilli, index };
		});
		const over = requested.filter((r) => r.quantityMilli > remaining(r.line)).map((r) => ({ index: r.index, lineId: r.line.lineId, requestedMilli: r.quantityMilli, remainingMilli: Math.max(0, remaining(r.line)) }));
		if (over.length > 0) {
			const list = over.map((o) => `${o.lineId} (requested ${o.requestedMilli}, still creditable ${o.remainingMilli} milli-units)`).join(', ');
			throw new CrmError('CRM_OVER_CREDIT', `The credit note exceeds what is left to credit: ${list}.`, { field: `lines[${over[0]!.index}].quantity_milli`, lines: over });
		}
	}

	const partial = requested.filter((r) => r.quantityMilli < remaining(r.line));
	const partialTotals = computeDocumentTotals(
		partial.map((r) => ({
			quantityMilli: r.quantityMilli,
			unitPrice: r.line.unitPrice,
			vatRateBp: r.line.vatRateBp,
			discountBp: r.line.discountBp,
			// The invoice line's discount (rules, offers, manual) follows the credited quantity, cumulatively so that steps add up.
			...(r.line.discountAmount === undefined ? {} : { discountAmount: Math.min(cumulativeShare(r.line.discountAmount, r.quantityMilli, r.line.quantityMilli, r.line.credited.quantityMilli), multiplyByQuantity(r.line.unitPrice, r.quantityMilli)) }),
		})),
		input.currency,
	);

	const lines = requested.map((r): CreditNoteLinePlan => {
		const left = {
			netAmount: Math.max(0, r.line.netAmount - r.line.credited.netAmount),
			vatAmount: Math.max(0, r.line.vatAmount - r.line.credited.vatAmount),
		};
		const k = partial.indexOf(r);
		const netAmount = k < 0 ? left.netAmount : Math.min(partialTotals.lines[k]!.netAmount, left.netAmount);
		const vatAmount = k < 0 ? left.vatAmount : Math.min(partialTotals.lines[k]!.vatAmount, left.vatAmount);
		return { lineId: r.line.lineId, quantityMilli: r.quantityMilli, netAmount, vatAmount, grossAmount: netAmount + vatAmount };
	});

	const netTotal = lines.reduce((a, l) => a + l.netAmount, 0);
	const vatTotal = lines.reduce((a, l) => a + l.vatAmount, 0);
	return { lines, netTotal, vatTotal, grossTotal: netTotal + vatTotal };
}

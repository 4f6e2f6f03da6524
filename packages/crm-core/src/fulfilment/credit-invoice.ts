import { CrmError } from '../errors/crm-error.ts';
import type { DocumentAmounts } from './fulfilment-facts.ts';
import { convertCurrency } from '../money/convert-currency.ts';
import { invoicePositionAfter, type InvoicePosition } from '../settlements/invoice-position.ts';
import type { LedgerEntry } from '../settlements/ledger-entry.ts';
import { postCreditNote } from '../settlements/post-credit-note.ts';
import { type DerivedInvoiceStatus, deriveInvoiceStatus } from './invoice-status.ts';
import { documentDateOf } from './invoice-order.ts';
import type { CreditNoteRequest } from './parse-fulfilment-requests.ts';
import { planCreditNote, type StoredInvoiceLine, withCreditedSoFar } from './plan-credit-note.ts';

/** The invoice a credit note takes back (locked for the whole use case). */
export interface CreditedInvoice {
	id: string;
	number: string;
	kind: 'invoice' | 'credit_note';
	customerId: string;
	orderId: string | null;
	issueDate: string;
	currency: string;
	grossTotal: number;
}

/** An invoice line as stored, with the text a credit line repeats. */
export interface DescribedInvoiceLine extends StoredInvoiceLine {
	description: string | null;
}

export interface CreditInvoiceFacts {
	invoice: CreditedInvoice;
	lines: readonly DescribedInvoiceLine[];
	/** Earlier credit notes of the invoice: their gross totals and their lines. */
	earlier: { grossTotals: readonly number[]; lines: readonly StoredInvoiceLine[] };
	/** Where the invoice stands in the ledger before this credit note. */
	position: InvoicePosition;
	/** Base units for one unit of the invoice's currency on the credit note's date; null when none is recorded. */
	rateToBase: string | null;
	baseCurrency: string;
	/** The credit note's key and number (CN series of its year), taken by the caller. */
	key: string;
	number: string;
}

export interface CreditNoteDraft extends DocumentAmounts {
	key: string;
	number: string;
	customerId: string;
	orderId: string | null;
	creditedInvoiceId: string;
	issueDate: string;
	reason: string;
	lines: { orderLineId: string | null; productId: string | null; description: string; quantityMilli: number; unitPrice: number; discountBp: number; vatRateBp: number; netAmount: number; vatAmount: number; grossAmount: number }[];
}

export interface CreditInvoicePlan {
	creditNote: CreditNoteDraft;
	ledger: LedgerEntry[];
	/** The credited invoice once the credit note is posted. */
	invoice: { openAmount: number; status: DerivedInvoiceStatus };
}

/**
 * S6.1 — a credit note takes back (part of) an invoice: never dated before it, never more than is left
 * uncredited per line. It is the customer's at once (due on its date, never open itself); its effect is on
 * the invoice's open item, with the exchange difference its rate realises.
 */
export function creditInvoice(facts: CreditInvoiceFacts, request: CreditNoteRequest, today: string): CreditInvoicePlan {
	const { invoice } = facts;
	if (invoice.kind !== 'invoice') throw new CrmError('CRM_INVALID_TRANSITION', `${invoice.number} is a credit note; only invoices can be credited.`, { field: 'kind', from: invoice.kind });
	const issueDate = documentDateOf(request.issueDate, today);
	if (issueDate < invoice.issueDate) throw new CrmError('CRM_OUT_OF_RANGE', `A credit note cannot be dated before its invoice (${invoice.issueDate}).`, { field: 'issue_date', min: invoice.issueDate });
	const plan = planCreditNote({ lines: withCreditedSoFar(facts.lines, facts.earlier.lines), ...(request.lines ? { request: request.lines } : {}), currency: invoice.currency });
	const rate = facts.rateToBase;
	if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${invoice.currency} on or before ${issueDate}; add one under Exchange rates.`, { field: 'issue_date', currency: invoice.currency });

	const creditNote: CreditNoteDraft = {
		key: facts.key,
		number: facts.number,
		customerId: invoice.customerId,
		orderId: invoice.orderId,
		creditedInvoiceId: invoice.id,
		issueDate,
		currency: invoice.currency,
		fxRate: rate,
		netTotal: plan.netTotal,
		vatTotal: plan.vatTotal,
		grossTotal: plan.grossTotal,
		grossTotalBase: convertCurrency({ amount: plan.grossTotal, currency: invoice.currency }, facts.baseCurrency, rate, 'half-even').amount,
		reason: request.reason,
		lines: plan.lines.map((l) => {
			const source = facts.lines.find((r) => r.lineId === l.lineId)!;
			return {
				orderLineId: source.orderLineId,
				productId: source.productId,
				description: `Credit: ${source.description ?? ''}`.trim().slice(0, 255),
				quantityMilli: l.quantityMilli,
				unitPrice: source.unitPrice,
				discountBp: source.discountBp,
				vatRateBp: source.vatRateBp,
				netAmount: l.netAmount,
				vatAmount: l.vatAmount,
				grossAmount: l.grossAmount,
			};
		}),
	};
	const ledger = postCreditNote({ customerId: invoice.customerId, key: facts.key, number: facts.number, invoiceKey: invoice.id, date: issueDate, amount: plan.grossTotal, currency: invoice.currency, rateToBase: rate, baseCurrency: facts.baseCurrency }, facts.position);
	const open = invoicePositionAfter(facts.position, ledger).open;
	const credited = facts.earlier.grossTotals.reduce((sum, g) => sum + g, 0) + plan.grossTotal;
	return { creditNote, ledger, invoice: { openAmount: open, status: deriveInvoiceStatus({ gross: invoice.grossTotal, open, credited }) } };
}

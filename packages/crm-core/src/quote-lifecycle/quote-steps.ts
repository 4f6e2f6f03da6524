import { addDays } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { assertQuoteTransition } from '../orders/quote-status.ts';
import { assertQuoteAcceptable } from '../orders/quote-validity.ts';
import type { QuoteFacts, QuoteLineFacts, QuoteStepPlan } from './quote-facts.ts';

/** How long a proposal is valid when it is sent without a validity date. */
export const DEFAULT_QUOTE_VALIDITY_DAYS = 30;

/** A proposal goes to the customer: it needs a line, is dated today unless dated already, and valid 30 days unless set. */
export function sendQuote(quote: QuoteFacts, lines: readonly QuoteLineFacts[], today: string): QuoteStepPlan {
	assertQuoteTransition(quote.status, 'sent');
	if (lines.length === 0) throw new CrmError('CRM_ORDER_INCOMPLETE', 'A proposal needs at least one line before it is sent.', { field: 'lines' });
	const issueDate = quote.issueDate ?? today;
	return { status: 'sent', issueDate, validUntil: quote.validUntil ?? addDays(issueDate, DEFAULT_QUOTE_VALIDITY_DAYS) };
}

export function rejectQuote(quote: QuoteFacts): QuoteStepPlan {
	assertQuoteTransition(quote.status, 'rejected');
	return { status: 'rejected' };
}

/**
 * S6.6 — a proposal the customer accepts, while it is valid, becomes an order dated today. The order keeps
 * the accepted prices: its lines arrive priced (so the order is not priced again) with the accepted discounts
 * and their approvals — the order is what the customer accepted.
 */
export function acceptQuote(quote: QuoteFacts, lines: readonly QuoteLineFacts[], today: string): QuoteStepPlan {
	assertQuoteTransition(quote.status, 'accepted');
	assertQuoteAcceptable({ status: quote.status, validUntil: quote.validUntil }, today);
	const order = { customerId: quote.customerId, contactId: quote.contactId, ownerId: quote.ownerId, quoteId: quote.id, currency: quote.currency, orderDate: today, campaignId: quote.campaignId, opportunityId: quote.opportunityId, promoCodes: quote.promoCodes, lines: lines.map((l, i) => ({ ...l, sort: i + 1 })) };
	return { status: 'accepted', order };
}

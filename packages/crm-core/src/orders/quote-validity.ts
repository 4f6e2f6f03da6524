import { CrmError } from '../errors/crm-error.ts';
import { daysBetween } from '../calendar/calendar-day.ts';
import { assertQuoteTransition, type QuoteStatus } from './quote-status.ts';

/** What decides whether a quote can still be accepted. */
export interface QuoteValidity {
	status: QuoteStatus;
	/** Last day ('YYYY-MM-DD') on which the offer holds; null = open-ended offer. */
	validUntil: string | null;
}

/**
 * Whether the offer's validity has lapsed on `today` ('YYYY-MM-DD'). validUntil is inclusive: a quote
 * valid until 2026-03-31 can be accepted all of that day, as the customer reads it. This is a date
 * fact only; the nightly job moves `sent` quotes for which it is true to `expired`.
 */
export function isQuoteExpired(quote: { validUntil: string | null }, today: string): boolean {
	if (quote.validUntil === null) return false;
	return daysBetween(quote.validUntil, today, { from: 'validUntil', to: 'today' }) > 0;
}

/**
 * Throws unless the customer can accept the quote today: it must be sent (CRM_INVALID_TRANSITION
 * otherwise) and not expired, by status or by date (CRM_QUOTE_EXPIRED) — the date check matters
 * because the nightly expiry job may not have run yet.
 */
export function assertQuoteAcceptable(quote: QuoteValidity, today: string): void {
	if (quote.status === 'expired' || (quote.status === 'sent' && isQuoteExpired(quote, today))) {
		throw new CrmError('CRM_QUOTE_EXPIRED', `The quote was valid until ${quote.validUntil ?? 'its expiry'} and can no longer be accepted; send a new quote.`, {
			field: 'validUntil',
			validUntil: quote.validUntil,
			today,
		});
	}
	assertQuoteTransition(quote.status, 'accepted');
}

import { CrmError } from '../errors/crm-error.ts';

/** The life of a quote. accepted, rejected and expired are final: a new offer is a new quote (or a copy). */
export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'rejected', 'expired'] as const;

export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/**
 * draft → expired is not allowed: a draft was never offered, so there is nothing to lapse — it is
 * edited (new validity date) and sent, or deleted. Only what the customer has seen can expire.
 */
const QUOTE_TRANSITIONS: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
	draft: ['sent'],
	sent: ['accepted', 'rejected', 'expired'],
	accepted: [],
	rejected: [],
	expired: [],
};

export function isQuoteStatus(value: unknown): value is QuoteStatus {
	return typeof value === 'string' && (QUOTE_STATUSES as readonly string[]).includes(value);
}

/** The statuses a quote may move to next; empty for the final ones. */
export function nextQuoteStatuses(status: QuoteStatus): readonly QuoteStatus[] {
	return QUOTE_TRANSITIONS[status] ?? [];
}

/** Throws CRM_INVALID_TRANSITION (409) unless a quote may move from `from` to `to`, naming the allowed steps. */
export function assertQuoteTransition(from: QuoteStatus, to: QuoteStatus): void {
	if (!isQuoteStatus(from) || !isQuoteStatus(to)) {
		throw new CrmError('CRM_INVALID_CHOICE', `"${String(isQuoteStatus(from) ? to : from)}" is not a quote status.`, { field: 'status' });
	}
	const allowed = nextQuoteStatuses(from);
	if (!allowed.includes(to)) {
		const steps = allowed.length === 0 ? `"${from}" is final, no further steps are possible` : `allowed next steps: ${allowed.join(', ')}`;
		throw new CrmError('CRM_INVALID_TRANSITION', `A quote cannot go from "${from}" to "${to}"; ${steps}.`, { field: 'status', from, to, allowed });
	}
}

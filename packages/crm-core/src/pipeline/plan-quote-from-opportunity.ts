import { CrmError } from '../errors/crm-error.ts';
import type { OpportunityFacts } from './opportunity-facts.ts';

/** A proposal's status, as far as it matters to its opportunity. */
export interface LinkedQuote {
	id: string;
	number: string;
	status: string;
}

export interface QuoteDraft {
	customer: string;
	contact: string | null;
	owner: string | null;
	currency: string;
	issue_date: string;
	opportunity: string;
	notes: string;
}

/** Proposals that still stand for the opportunity: a new one would compete with it. */
const STANDING = ['draft', 'sent', 'accepted'];

/**
 * S6.8 — a draft proposal for an open opportunity: its customer, contact, owner and currency; the rep
 * adds the lines (the server prices them). One standing proposal per opportunity: a rejected or expired
 * one may be followed by a new one.
 */
export function planQuoteFromOpportunity(o: OpportunityFacts & { contactId: string | null; ownerId: string | null }, quotes: readonly LinkedQuote[], today: string): QuoteDraft {
	if (o.status !== 'open') throw new CrmError('CRM_OPPORTUNITY_CLOSED', `"${o.name}" is ${o.status}; a proposal is made for an open opportunity.`, { field: 'status' });
	const standing = quotes.find((q) => STANDING.includes(q.status));
	if (standing) throw new CrmError('CRM_OPPORTUNITY_HAS_QUOTE', `"${o.name}" already has the proposal ${standing.number} (${standing.status}); work on it, or reject it first.`, { quote: standing.id });
	if (!o.customerId || !o.currency) throw new CrmError('CRM_REQUIRED_FIELD', `"${o.name}" needs a customer and a currency before a proposal can be made.`, { field: o.customerId ? 'currency' : 'customer' });
	return { customer: o.customerId, contact: o.contactId, owner: o.ownerId, currency: o.currency, issue_date: today, opportunity: o.id, notes: `From the opportunity "${o.name}".` };
}

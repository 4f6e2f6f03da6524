import { CrmError } from '../errors/crm-error.ts';

/** How far ahead of now an interaction may be dated: clocks and time zones differ, plans are not history. */
export const DEFAULT_MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

export interface InteractionFacts {
	/** The interaction as it will be after the write (stored values merged with the payload). */
	type: unknown;
	customer: unknown;
	contact: unknown;
	occurredAt: unknown;
	/** The customer the chosen contact belongs to; undefined when no contact is set. */
	contactCustomer?: string | null;
	/** Whether the caller is the CRM itself (hooks), which alone may write system interactions. */
	bySystem: boolean;
	/** Whether this write sets or changes the type (false for an update that leaves it alone). */
	typeTouched: boolean;
	now: Date;
	maxFutureMs?: number;
}

/** Business rules of a manually logged interaction (A5.1): customer set, contact of that customer, not dated in the far future. */
export function assertValidInteraction(facts: InteractionFacts): void {
	if (facts.type === 'system' && facts.typeTouched && !facts.bySystem) {
		throw new CrmError('CRM_SYSTEM_INTERACTION_READONLY', 'System interactions are recorded by the CRM itself; log a call, meeting, e-mail or another type instead.', { field: 'type' });
	}

	if (facts.customer === null || facts.customer === undefined || facts.customer === '') {
		throw new CrmError('CRM_REQUIRED_FIELD', '"customer" is required: every interaction belongs to a customer.', { field: 'customer' });
	}

	if (facts.contact !== null && facts.contact !== undefined && facts.contactCustomer !== facts.customer) {
		throw new CrmError('CRM_CONTACT_CUSTOMER_MISMATCH', 'The contact does not belong to this customer: choose one of the customer\'s contacts or leave it empty.', { field: 'contact' });
	}

	if (typeof facts.occurredAt === 'string') {
		const at = Date.parse(facts.occurredAt);
		const limit = facts.now.getTime() + (facts.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS);
		if (Number.isFinite(at) && at > limit) {
			throw new CrmError('CRM_OCCURRED_IN_FUTURE', `"occurred_at" is more than ${Math.round((facts.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS) / 3_600_000)} hours ahead: log what happened, and use "next_step_date" for what is planned.`, { field: 'occurred_at' });
		}
	}
}

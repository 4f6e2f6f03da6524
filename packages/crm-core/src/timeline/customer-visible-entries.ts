import type { InteractionDirection, InteractionType } from '../interactions/interaction-types.ts';
import { ROUTING_MARKS } from './service-system-event-sources.ts';

/**
 * What of a customer's history the customer sees in the portal (A5.7). Interactions have no
 * "visible to the customer" flag, so visibility follows from the kind of entry: messages exchanged
 * with the customer and the events of their own business. Calls, meetings and visits carry the
 * rep's notes, `internal` entries are staff talking to staff, and the remaining system entries
 * (proposals in preparation, owner and status changes of the customer, contacts) are the sales
 * team's working record — none of those are shown.
 */
export const CUSTOMER_VISIBLE_MESSAGE_TYPES = ['email', 'letter', 'chat', 'portal'] as const satisfies readonly InteractionType[];

/** Messages the customer sent or was sent; never staff-to-staff (`internal`). */
export const CUSTOMER_VISIBLE_DIRECTIONS = ['inbound', 'outbound'] as const satisfies readonly InteractionDirection[];

/** The records whose system entries are the customer's own business: orders, deliveries, invoices, payments, requests. */
export const CUSTOMER_VISIBLE_RECORDS = ['crm_orders', 'crm_shipments', 'crm_invoices', 'crm_payments', 'crm_service_requests'] as const;

/** The fields of an interaction a customer reads: no outcome, follow-up date or author, which are the rep's. */
export const CUSTOMER_VISIBLE_INTERACTION_FIELDS = ['id', 'type', 'direction', 'occurred_at', 'subject', 'customer', 'contact', 'related_collection', 'related_key'] as const;

export interface InteractionKind {
	type: unknown;
	direction: unknown;
	related_collection: unknown;
	subject: unknown;
}

/**
 * A request's entries say who it was (re)assigned to and why the desk re-routed it: routing, which is
 * the desk's. Interactions have no audience field to mark them, so they are known by the words
 * serviceRequestEvents writes for them (ROUTING_MARKS).
 */
const tellsRouting = (entry: InteractionKind) => entry.related_collection === 'crm_service_requests' && typeof entry.subject === 'string' && ROUTING_MARKS.some((mark) => (entry.subject as string).includes(mark));

const isIn = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);

/** Whether a customer sees this entry of their timeline. */
export function isCustomerVisible(entry: InteractionKind): boolean {
	if (entry.type === 'system') return isIn(CUSTOMER_VISIBLE_RECORDS, entry.related_collection) && !tellsRouting(entry);
	return isIn(CUSTOMER_VISIBLE_MESSAGE_TYPES, entry.type) && isIn(CUSTOMER_VISIBLE_DIRECTIONS, entry.direction);
}

/** The same rule as a Directus filter, for the portal policy's row permission on crm_interactions. */
export function customerVisibleInteractionsFilter(): Record<string, unknown> {
	return {
		_or: [
			{ _and: [{ type: { _in: [...CUSTOMER_VISIBLE_MESSAGE_TYPES] } }, { direction: { _in: [...CUSTOMER_VISIBLE_DIRECTIONS] } }] },
			{ _and: [{ type: { _eq: 'system' } }, { related_collection: { _in: [...CUSTOMER_VISIBLE_RECORDS] } }, { _or: [{ related_collection: { _neq: 'crm_service_requests' } }, { _and: ROUTING_MARKS.map((mark) => ({ subject: { _ncontains: mark } })) }] }] },
		],
	};
}

/** Shapes of the data the timeline interface exchanges with the CRM API. */

export const INTERACTION_TYPES = ['call', 'meeting', 'email', 'visit', 'letter', 'chat', 'portal', 'system'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface NamedRef {
	id: string;
	name: string;
}

/** One row of `GET /crm/customers/:id/timeline`. */
export interface TimelineEntry {
	id: string;
	type: InteractionType;
	direction: Direction;
	/** ISO 8601 timestamp. */
	occurred_at: string;
	subject: string;
	outcome: string | null;
	/** `YYYY-MM-DD` or null. */
	next_step_date: string | null;
	contact: NamedRef | null;
	rep: NamedRef | null;
	related_collection: string | null;
	related_key: string | null;
}

export interface TimelineMeta {
	page: number;
	limit: number;
	total: number;
	has_more: boolean;
}

export interface TimelineResponse {
	data: TimelineEntry[];
	meta: TimelineMeta;
}

/** Filters the user picked above the timeline. Empty `types` means every type. */
export interface TimelineFilters {
	types: readonly InteractionType[];
	/** `YYYY-MM-DD` or null. */
	from: string | null;
	/** `YYYY-MM-DD` or null. */
	to: string | null;
}

/** The key Directus uses for an item that has not been saved yet. */
export const NEW_ITEM_KEY = '+';

/** The collection whose items have a timeline. */
export const CUSTOMERS_COLLECTION = 'crm_customers';

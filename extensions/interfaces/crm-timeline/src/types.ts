/** Shapes of the data the timeline interface exchanges with the CRM API. */

// The interaction vocabulary and the entry shape are the API's own, from the domain package.
import type { InteractionDirection, InteractionType, TimelineEntry } from '@crm/core';

export { INTERACTION_DIRECTIONS as DIRECTIONS, INTERACTION_TYPES, type InteractionType } from '@crm/core';
export type { TimelineEntry } from '@crm/core';
export type Direction = InteractionDirection;

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

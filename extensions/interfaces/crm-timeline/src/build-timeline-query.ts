import { INTERACTION_TYPES, type InteractionType } from './types.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface TimelineQueryInput {
	page?: number;
	limit?: number;
	types?: readonly string[];
	/** `YYYY-MM-DD`; anything else is left out. */
	from?: string | null;
	/** `YYYY-MM-DD`; anything else is left out. */
	to?: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: number | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
	if (value === undefined || !Number.isFinite(value)) return fallback;
	const n = Math.trunc(value);
	if (n < 1) return fallback;
	return Math.min(n, max);
}

function isInteractionType(value: string): value is InteractionType {
	return (INTERACTION_TYPES as readonly string[]).includes(value);
}

/** Known types, without duplicates, in the canonical order of INTERACTION_TYPES. */
export function normalizeTypes(types: readonly string[] | undefined): InteractionType[] {
	if (!types) return [];
	const wanted = new Set(types.filter(isInteractionType));
	return INTERACTION_TYPES.filter((t) => wanted.has(t));
}

export function isDateOnly(value: string | null | undefined): value is string {
	return typeof value === 'string' && DATE_ONLY.test(value);
}

/**
 * Query string (without `?`) for `GET /crm/customers/:id/timeline`:
 * `limit=20&page=1[&type=call,meeting][&from=YYYY-MM-DD][&to=YYYY-MM-DD]`.
 */
export function buildTimelineQuery(input: TimelineQueryInput = {}): string {
	const parts = [
		`limit=${positiveInt(input.limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)}`,
		`page=${positiveInt(input.page, 1)}`,
	];

	const types = normalizeTypes(input.types);
	// All types selected is the same as no type filter.
	if (types.length > 0 && types.length < INTERACTION_TYPES.length) parts.push(`type=${types.join(',')}`);
	if (isDateOnly(input.from)) parts.push(`from=${input.from}`);
	if (isDateOnly(input.to)) parts.push(`to=${input.to}`);

	return parts.join('&');
}

/** Path plus query string for one page of a customer's timeline. */
export function buildTimelineUrl(customerKey: string | number, input: TimelineQueryInput = {}): string {
	return `/crm/customers/${encodeURIComponent(String(customerKey))}/timeline?${buildTimelineQuery(input)}`;
}

/** Path plus query string that lists a customer's contacts for the contact select. */
export function buildContactsUrl(customerKey: string | number): string {
	return `/items/crm_contacts?filter[customer][_eq]=${encodeURIComponent(String(customerKey))}&fields=id,first_name,last_name&limit=100`;
}

import { CrmError } from '../errors/crm-error.ts';
import { INTERACTION_TYPES, type InteractionType, isInteractionType } from '../interactions/interaction-types.ts';
import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { dayOrInstant } from '../api-schema/schema-vocabulary.ts';

export interface TimelineQuery {
	page: number;
	limit: number;
	types: InteractionType[] | null;
	/** Inclusive lower bound, ISO instant. */
	from: string | null;
	/** Exclusive upper bound, ISO instant (a date `to` means up to the end of that day). */
	to: string | null;
}

export const TIMELINE_MAX_LIMIT = 100;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_MAX = 100_000;

/** The query parameters parseTimelineQuery reads. */
export const TIMELINE_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'page', schema: { type: 'integer', minimum: 1, maximum: PAGE_MAX, default: 1 }, description: 'Page, from 1.' },
	{ name: 'limit', schema: { type: 'integer', minimum: 1, maximum: TIMELINE_MAX_LIMIT, default: 25 }, description: 'Entries per page.' },
	{ name: 'type', schema: { type: 'string', pattern: `^(${INTERACTION_TYPES.join('|')})(,(${INTERACTION_TYPES.join('|')}))*$`, examples: [INTERACTION_TYPES.slice(0, 2).join(',')] }, description: `Interaction types separated by commas: ${INTERACTION_TYPES.join(', ')}.` },
	{ name: 'from', schema: dayOrInstant(), description: 'Entries from this instant (a day means its start, UTC).' },
	{ name: 'to', schema: dayOrInstant(), description: 'Entries before this instant (a day means up to its end, UTC).' },
];

function single(name: string, raw: unknown): string | undefined {
	if (raw === undefined) return undefined;
	if (typeof raw !== 'string') throw new CrmError('CRM_INVALID_QUERY', `Give "${name}" once, as text.`, { parameter: name });
	return raw;
}

function positiveInt(name: string, raw: unknown, fallback: number, max: number): number {
	const text = single(name, raw);
	if (text === undefined || text === '') return fallback;
	if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) {
		throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a whole number from 1 to ${max}, got "${text}".`, { parameter: name });
	}
	return Number(text);
}

function instant(name: string, raw: unknown, endOfDay: boolean): string | null {
	const text = single(name, raw);
	if (text === undefined || text === '') return null;
	const ms = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
	if (!Number.isFinite(ms) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
		throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a date (YYYY-MM-DD) or an ISO 8601 date-time, got "${text}".`, { parameter: name });
	}
	return new Date(DATE_ONLY.test(text) && endOfDay ? ms + 86_400_000 : ms).toISOString();
}

/** Validates the query string of GET /crm/customers/:id/timeline. */
export function parseTimelineQuery(query: Record<string, unknown>): TimelineQuery {
	const typeText = single('type', query['type']);
	let types: InteractionType[] | null = null;

	if (typeText !== undefined && typeText !== '') {
		const parts = typeText.split(',').map((t) => t.trim()).filter(Boolean);
		const wrong = parts.find((t) => !isInteractionType(t));
		if (wrong !== undefined) throw new CrmError('CRM_INVALID_QUERY', `Unknown interaction type "${wrong}"; use ${INTERACTION_TYPES.join(', ')}.`, { parameter: 'type' });
		types = [...new Set(parts)] as InteractionType[];
	}

	const from = instant('from', query['from'], false);
	const to = instant('to', query['to'], true);
	if (from !== null && to !== null && from >= to) throw new CrmError('CRM_INVALID_QUERY', '"from" must be before "to".', { parameter: 'from' });

	return {
		page: positiveInt('page', query['page'], 1, PAGE_MAX),
		limit: positiveInt('limit', query['limit'], 25, TIMELINE_MAX_LIMIT),
		types,
		from,
		to,
	};
}

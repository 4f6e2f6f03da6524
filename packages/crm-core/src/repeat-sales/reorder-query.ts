import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';

/** Which reorders a list shows: due (churn risks included), churn risks only, or every pair with a cycle. */
export const REORDER_LIST_STATUSES = ['due', 'churn_risk', 'all'] as const;
export type ReorderListStatus = (typeof REORDER_LIST_STATUSES)[number];

export interface ReorderQuery {
	status: ReorderListStatus;
	/** 'YYYY-MM-DD': the day the list is for (purchases after it are not known yet). */
	date: string;
	/** Only the customers of this rep; null: every customer the caller may read. */
	rep: string | null;
}

export const REORDER_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'status', schema: { type: 'string', enum: [...REORDER_LIST_STATUSES] }, description: '`due` (default): due and at churn risk; `churn_risk`: only churn risks; `all`: every customer × product group with a purchase cycle, not yet due ones too.' },
	{ name: 'date', schema: { type: 'string', format: 'date' }, description: 'The day the list is for (today unless given); only purchases up to it count.' },
	{ name: 'rep', schema: { type: 'string', format: 'uuid' }, description: 'Only the customers this sales rep owns (within what the caller may read).' },
];

const invalid = (parameter: string, message: string) => new CrmError('CRM_INVALID_QUERY', message, { parameter });

/** S6.9 — GET /crm/reorders: `status`, `date` and `rep`, each optional. */
export function parseReorderQuery(raw: Record<string, unknown>, today: string): ReorderQuery {
	const status = raw['status'] === undefined || raw['status'] === '' ? 'due' : raw['status'];
	if (typeof status !== 'string' || !(REORDER_LIST_STATUSES as readonly string[]).includes(status)) throw invalid('status', `"status" must be one of ${REORDER_LIST_STATUSES.join(', ')}, got "${String(status)}".`);
	const date = raw['date'] === undefined || raw['date'] === '' ? today : raw['date'];
	if (typeof date !== 'string' || !isCalendarDate(date)) throw invalid('date', `"date" must be a day (YYYY-MM-DD), got "${String(date)}".`);
	const rep = raw['rep'] === undefined || raw['rep'] === '' ? null : raw['rep'];
	if (rep !== null && (typeof rep !== 'string' || !isUuid(rep))) throw invalid('rep', `"rep" must be the id (a UUID) of a sales rep, got "${String(rep)}".`);
	return { status: status as ReorderListStatus, date, rep };
}

/** S6.9 — POST /crm/reorders/run: `{ date? }`, the day to run the job as of (today unless given). */
export function parseReorderRun(body: unknown, today: string): string {
	if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body))) throw new CrmError('CRM_INVALID_PAYLOAD', 'The body must be an object, e.g. {"date": "2026-12-07"}, or empty.', {});
	const date = body ? (body as Record<string, unknown>)['date'] : undefined;
	if (date === undefined || date === null || date === '') return today;
	if (typeof date !== 'string' || !isCalendarDate(date)) throw new CrmError('CRM_INVALID_PAYLOAD', `"date" must be a day (YYYY-MM-DD), got ${JSON.stringify(date)}.`, { field: 'date' });
	return date;
}

import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';
import { FORECAST_SCOPE_KINDS, type ForecastScope } from './plan-forecast-snapshot.ts';

export const FORECAST_MAX_MONTHS = 36;

export const FORECAST_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'scope', schema: { type: 'string', enum: [...FORECAST_SCOPE_KINDS] }, description: 'Whose forecast: company, team or rep (with `id`). Unless given: the caller\'s own (a rep) or the company\'s, else the first the caller may read.' },
	{ name: 'id', schema: { type: 'string', format: 'uuid' }, description: 'The team or rep, for scope=team or scope=rep.' },
	{ name: 'months', schema: { type: 'integer', minimum: 1, maximum: FORECAST_MAX_MONTHS, default: 12 }, description: 'How many closed months of forecasts and actuals to show, and to measure the accuracy over.' },
];

export interface ForecastQuery {
	scope: ForecastScope | null;
	months: number;
}

const invalid = (parameter: string, message: string) => new CrmError('CRM_INVALID_QUERY', message, { parameter });

/** S6.4 — whose forecasts a question is about, and over how many closed months. */
export function parseForecastQuery(raw: Record<string, unknown>): ForecastQuery {
	const kind = raw['scope'];
	const id = raw['id'];
	const months = raw['months'] === undefined || raw['months'] === '' ? '12' : raw['months'];
	if (typeof months !== 'string' || !/^\d+$/.test(months) || Number(months) < 1 || Number(months) > FORECAST_MAX_MONTHS) throw invalid('months', `"months" must be a whole number from 1 to ${FORECAST_MAX_MONTHS}, got "${String(months)}".`);
	if (kind === undefined || kind === '') {
		if (id !== undefined && id !== '') throw invalid('scope', 'Give "scope" (team or rep) with "id".');
		return { scope: null, months: Number(months) };
	}
	if (typeof kind !== 'string' || !(FORECAST_SCOPE_KINDS as readonly string[]).includes(kind)) throw invalid('scope', `"scope" must be one of ${FORECAST_SCOPE_KINDS.join(', ')}, got "${String(kind)}".`);
	if (kind === 'company') {
		if (id !== undefined && id !== '') throw invalid('id', 'The company\'s forecast takes no "id".');
		return { scope: { kind: 'company', id: null }, months: Number(months) };
	}
	if (typeof id !== 'string' || !isUuid(id)) throw invalid('id', `scope=${kind} needs the ${kind}'s "id" (a UUID).`);
	return { scope: { kind: kind as 'team' | 'rep', id: id.toLowerCase() }, months: Number(months) };
}

/** S6.4 — the day the weekly forecast job runs as of (POST /crm/forecasts/run): a backfill or a test names it; else now. */
export function parseForecastRun(body: unknown, now: Date): Date {
	const date = body && typeof body === 'object' ? (body as Record<string, unknown>)['date'] : undefined;
	if (date === undefined || date === null || date === '') return now;
	if (typeof date !== 'string' || !isCalendarDate(date)) throw new CrmError('CRM_INVALID_PAYLOAD', `"date" must be a day (YYYY-MM-DD), got ${JSON.stringify(date)}.`, { field: 'date' });
	return new Date(`${date}T12:00:00.000Z`);
}

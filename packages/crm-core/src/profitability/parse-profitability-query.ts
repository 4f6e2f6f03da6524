import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { isCalendarDate, toEpochDay } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { defaultFrom } from './profitability-period.ts';

/** The longest period one answer covers: five years. */
export const MAX_PERIOD_DAYS = 1827;
/** Customers listed at each end of the all-customers table (the CSV has them all). */
export const DEFAULT_TABLE_ROWS = 10;
export const MAX_TABLE_ROWS = 500;

export interface ProfitabilityQuery {
	from: string;
	to: string;
	format: 'json' | 'csv';
	/** How many of the most and of the least profitable customers the JSON answer lists. */
	limit: number;
}

const PERIOD_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'from', schema: { type: 'string', format: 'date' }, description: 'First day of the period (default: 364 days before `to`, so a year).' },
	{ name: 'to', schema: { type: 'string', format: 'date' }, description: 'Last day of the period, inclusive (default: today).' },
];

/** The query of GET /crm/customers/:id/profitability. */
export const CUSTOMER_PROFITABILITY_QUERY_PARAMETERS: readonly QueryParameter[] = PERIOD_PARAMETERS;

/** The query of GET /crm/profitability. */
export const PROFITABILITY_QUERY_PARAMETERS: readonly QueryParameter[] = [
	...PERIOD_PARAMETERS,
	{ name: 'limit', schema: { type: 'integer', minimum: 1, maximum: MAX_TABLE_ROWS, default: DEFAULT_TABLE_ROWS }, description: 'How many of the most and of the least profitable customers the answer lists.' },
	{ name: 'format', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' }, description: 'csv: every customer\'s P&L, most profitable first, as a spreadsheet.' },
];

function text(name: string, raw: unknown): string | undefined {
	if (raw === undefined || raw === '') return undefined;
	if (typeof raw !== 'string') throw new CrmError('CRM_INVALID_QUERY', `Give "${name}" once, as text.`, { parameter: name });
	return raw;
}

function day(name: string, raw: unknown): string | undefined {
	const value = text(name, raw);
	if (value !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value))) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day (YYYY-MM-DD), got "${value}".`, { parameter: name });
	return value;
}

/** The period of a P&L: `from`–`to` (both inclusive), a year up to today by default, at most MAX_PERIOD_DAYS. */
export function parseProfitabilityPeriod(query: Record<string, unknown>, today: string): { from: string; to: string } {
	const to = day('to', query['to']) ?? today;
	const from = day('from', query['from']) ?? defaultFrom(to);
	if (from > to) throw new CrmError('CRM_INVALID_QUERY', `"from" (${from}) lies after "to" (${to}).`, { parameter: 'from' });
	const days = toEpochDay(to) - toEpochDay(from) + 1;
	if (days > MAX_PERIOD_DAYS) throw new CrmError('CRM_INVALID_QUERY', `A period covers at most ${MAX_PERIOD_DAYS} days (five years); ${from} – ${to} has ${days}.`, { parameter: 'from' });
	return { from, to };
}

/** The query of the all-customers P&L: the period, the rows at each end of the table, JSON or CSV. */
export function parseProfitabilityQuery(query: Record<string, unknown>, today: string): ProfitabilityQuery {
	const format = text('format', query['format']) ?? 'json';
	if (format !== 'json' && format !== 'csv') throw new CrmError('CRM_INVALID_QUERY', `"format" must be json or csv, got "${format}".`, { parameter: 'format' });
	const limitText = text('limit', query['limit']);
	const limit = limitText === undefined ? DEFAULT_TABLE_ROWS : Number(limitText);
	if (limitText !== undefined && (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_TABLE_ROWS)) throw new CrmError('CRM_INVALID_QUERY', `"limit" must be a whole number from 1 to ${MAX_TABLE_ROWS}, got "${limitText}".`, { parameter: 'limit' });
	return { ...parseProfitabilityPeriod(query, today), format, limit };
}

import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { addDays, isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { ATTRIBUTION_MODELS, type AttributionModel, parseAttributionModel } from './attribution-model.ts';

export interface AttributionQuery {
	model: AttributionModel;
	windowDays: number;
	halfLifeDays: number;
	/** Orders from this day (inclusive) … */
	from: string;
	/** … to this day (inclusive). */
	to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The query parameters parseAttributionQuery reads. */
export const ATTRIBUTION_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'model', schema: { type: 'string', enum: [...ATTRIBUTION_MODELS], default: 'linear' }, description: 'How an order is shared among the touches before it: first_touch, last_touch, linear, u_shaped (40/20/40) or time_decay.' },
	{ name: 'window_days', schema: { type: 'integer', minimum: 1, maximum: 730, default: 90 }, description: 'Touches count when they lie at most this many days before the order.' },
	{ name: 'half_life_days', schema: { type: 'integer', minimum: 1, maximum: 365, default: 7 }, description: 'Time decay: a touch this many days older weighs half as much.' },
	{ name: 'from', schema: { type: 'string', format: 'date' }, description: 'Orders from this day (default: a year before `to`).' },
	{ name: 'to', schema: { type: 'string', format: 'date' }, description: 'Orders up to this day, inclusive (default: today).' },
];

function text(name: string, raw: unknown): string | undefined {
	if (raw === undefined || raw === '') return undefined;
	if (typeof raw !== 'string') throw new CrmError('CRM_INVALID_QUERY', `Give "${name}" once, as text.`, { parameter: name });
	return raw;
}

function wholeNumber(name: string, raw: unknown, fallback: number, max: number): number {
	const value = text(name, raw);
	if (value === undefined) return fallback;
	if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a whole number from 1 to ${max}, got "${value}".`, { parameter: name });
	return Number(value);
}

function day(name: string, raw: unknown, fallback: string): string {
	const value = text(name, raw);
	if (value === undefined) return fallback;
	if (!DAY.test(value) || !isCalendarDate(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day (YYYY-MM-DD), got "${value}".`, { parameter: name });
	return value;
}

/** Validates the query of the attribution routes (M4); `today` gives the default period, the year up to today. */
export function parseAttributionQuery(query: Record<string, unknown>, today: string): AttributionQuery {
	const to = day('to', query['to'], today);
	const from = day('from', query['from'], '') || addDays(to, -364);
	if (from > to) throw new CrmError('CRM_INVALID_QUERY', `"from" (${from}) lies after "to" (${to}).`, { parameter: 'from' });
	return {
		model: parseAttributionModel(text('model', query['model'])),
		windowDays: wholeNumber('window_days', query['window_days'], 90, 730),
		halfLifeDays: wholeNumber('half_life_days', query['half_life_days'], 7, 365),
		from,
		to,
	};
}

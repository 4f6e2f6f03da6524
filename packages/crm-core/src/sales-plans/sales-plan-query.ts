import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';

export const SALES_PLAN_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'date', schema: { type: 'string', format: 'date' }, description: 'The day plans are measured on (YYYY-MM-DD; today unless given): the plans whose period holds it, their actual up to it.' },
];

/** S6.5 — the day of a plan-vs-actual question: `date`, or today. */
export function parseSalesPlanQuery(raw: Record<string, unknown>, today: string): { date: string } {
	const date = raw['date'];
	if (date === undefined || date === '') return { date: today };
	if (typeof date !== 'string' || !isCalendarDate(date)) throw new CrmError('CRM_INVALID_QUERY', `"date" must be a day (YYYY-MM-DD), got "${String(date)}".`, { parameter: 'date' });
	return { date };
}

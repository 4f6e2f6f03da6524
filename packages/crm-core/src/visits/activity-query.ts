import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';
import { type CalendarWeek, calendarWeekOf } from './calendar-week.ts';

export const ACTIVITY_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'week', schema: { type: 'string', format: 'date' }, description: 'Any day of the ISO week to measure (YYYY-MM-DD; this week unless given): Monday to Sunday.' },
	{ name: 'rep', schema: { type: 'string', format: 'uuid' }, description: 'Only this sales rep.' },
	{ name: 'team', schema: { type: 'string', format: 'uuid' }, description: 'Only the reps of this team.' },
];

function optionalUuid(raw: Record<string, unknown>, name: string): string | null {
	const v = raw[name];
	if (v === undefined || v === '') return null;
	if (typeof v !== 'string' || !isUuid(v)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be the id of a ${name === 'rep' ? 'sales rep' : 'team'}, got "${String(v)}".`, { parameter: name });
	return v;
}

/** S6.2 — GET /crm/activity-targets: the week holding `week` (or today), optionally one rep or one team. */
export function parseActivityQuery(raw: Record<string, unknown>, today: string): { week: CalendarWeek; rep: string | null; team: string | null } {
	const day = raw['week'] === undefined || raw['week'] === '' ? today : raw['week'];
	if (typeof day !== 'string' || !isCalendarDate(day)) throw new CrmError('CRM_INVALID_QUERY', `"week" must be a day (YYYY-MM-DD) of the week to measure, got "${String(day)}".`, { parameter: 'week' });
	return { week: calendarWeekOf(day), rep: optionalUuid(raw, 'rep'), team: optionalUuid(raw, 'team') };
}

import type { RequestClockRow } from './request-clock-row.ts';
import type { RoutableRequestRow } from './routing-request-of.ts';

/**
 * A crm_service_requests row as the drivers hand it back: ids and choices as text, instants as Date,
 * epoch or text, JSON as text on SQLite. The columns the desk reads by name are typed; the row may carry more.
 */
export interface ServiceRequestRow extends RoutableRequestRow, RequestClockRow {
	id: string;
	status: string | null;
	assignee: string | null;
	priority: string | null;
	customer: string;
	product: string | null;
	category: string | null;
	team: string | null;
	calendar: string | null;
	response_target_minutes: number | null;
	resolution_target_minutes: number | null;
	warn_at_percent: number | string | null;
	response_escalation: string | null;
	resolution_escalation: string | null;
	sla_clock: unknown;
	date_created: unknown;
	[column: string]: unknown;
}

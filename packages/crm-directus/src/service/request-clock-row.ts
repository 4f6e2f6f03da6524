import { type ClockPause, isRequestStatus, type RequestClock } from '@crm/core';
import { instantOf, jsonOf } from './instant.ts';

/** The columns of a crm_service_requests row that drive its SLA clock (instants as Date, epoch or text; pauses JSON text on SQLite). */
export interface RequestClockRow {
	status: string | null;
	first_response_at: unknown;
	resolved_at: unknown;
	closed_at: unknown;
	sla_pauses: unknown;
}

/** A stored request's clock; a status the clock does not know counts as new. */
export function toRequestClock(row: RequestClockRow): RequestClock {
	return {
		status: isRequestStatus(row.status) ? row.status : 'new',
		firstResponseAt: instantOf(row.first_response_at),
		resolvedAt: instantOf(row.resolved_at),
		closedAt: instantOf(row.closed_at),
		pauses: jsonOf<ClockPause[]>(row.sla_pauses, []),
	};
}

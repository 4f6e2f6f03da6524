import { type BusinessCalendar, computeRequestSla, type EscalationDone, nextEscalationCheck, type RequestClock, type RequestSla } from '@crm/core';
import { dbInstant } from './instant.ts';

export interface SlaFieldsInput {
	createdAt: string;
	now: string;
	calendar: BusinessCalendar;
	responseMinutes: number | null;
	resolutionMinutes: number | null;
	warnAtPercent: number;
	clock: RequestClock;
	escalated: { response: EscalationDone; resolution: EscalationDone };
}

/** The stored SLA columns of a request: state, countdown, deadlines, clock facts, and when the escalation job has to look again. */
export function requestSlaFields(input: SlaFieldsInput): { sla: RequestSla; fields: Record<string, unknown> } {
	const sla = computeRequestSla({ createdAt: input.createdAt, now: input.now, calendar: input.calendar, responseMinutes: input.responseMinutes, resolutionMinutes: input.resolutionMinutes, clock: input.clock, warnAtPercent: input.warnAtPercent });
	const next = sla.next;
	return {
		sla,
		fields: {
			sla_status: sla.overall,
			// clock_status: the status the clock last moved to, so the next change knows where it came from
			// even when another instance made the previous one.
			sla_clock: JSON.stringify({ ...(next === null ? { state: sla.overall, target: null, due_at: null, warn_at: null } : { state: next.state, target: next.target, due_at: next.deadline, warn_at: next.warnAt }), clock_status: input.clock.status }),
			response_due_at: dbInstant(sla.response?.deadline ?? null),
			resolution_due_at: dbInstant(sla.resolution?.deadline ?? null),
			first_response_at: dbInstant(input.clock.firstResponseAt),
			resolved_at: dbInstant(input.clock.resolvedAt),
			closed_at: dbInstant(input.clock.closedAt),
			sla_pauses: JSON.stringify(input.clock.pauses),
			next_check_at: dbInstant(nextEscalationCheck({ response: sla.response, resolution: sla.resolution, done: input.escalated })),
		},
	};
}

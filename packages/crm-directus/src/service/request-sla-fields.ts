import { type BusinessCalendar, computeRequestSla, type EscalationDone, type RequestClock, type RequestSla } from '@crm/core';
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

const RANK: Record<EscalationDone, number> = { none: 0, warning: 1, breach: 2 };

/**
 * The stored SLA columns of a request: state, countdown, deadlines, clock facts, and when the
 * escalation job has to look again — the earliest warning or deadline not yet acted on (a moment
 * already passed means "now"). Paused clocks have no deadline, so nothing is scheduled until the
 * request moves on and is recomputed.
 */
export function requestSlaFields(input: SlaFieldsInput): { sla: RequestSla; fields: Record<string, unknown> } {
	const sla = computeRequestSla({ createdAt: input.createdAt, now: input.now, calendar: input.calendar, responseMinutes: input.responseMinutes, resolutionMinutes: input.resolutionMinutes, clock: input.clock, warnAtPercent: input.warnAtPercent });
	const checks: string[] = [];
	for (const target of ['response', 'resolution'] as const) {
		const state = sla[target];
		if (state === null || state.state === 'met' || state.state === 'missed') continue;
		const done = RANK[input.escalated[target]];
		if (done < 1 && state.warnAt) checks.push(state.warnAt);
		if (done < 2 && state.deadline) checks.push(state.deadline);
	}
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
			next_check_at: dbInstant(checks.sort()[0] ?? null),
		},
	};
}

// The SLA escalation job (escalateDueRequests) played over one request's life: it looks when next_check_at
// says (nextEscalationCheck, recomputed on every status change), sees the request's clock as it stood then,
// and does what dueEscalations and escalationNotice say: a warning, a breach, or on a breach in a team
// that reassigns, a re-route of the request as rerouteRequest does it.
import {
	applyStatusChange,
	assignRequest,
	computeRequestSla,
	dueEscalations,
	type EscalationDone,
	escalationNotice,
	isOpenRequestStatus,
	nextEscalationCheck,
	type RequestClock,
	type RequestStatus,
	routedDecision,
	statusAfterRouting,
	teamOfSpecialist,
} from '../../packages/crm-core/src/index.ts';
import { iso, MINUTE } from './moments.ts';
import { type Draft, pushDecision, type RequestState, type ServiceDesk } from './service-desk-state.ts';

export type Escalated = Record<'response' | 'resolution', EscalationDone>;

/** The request's status changes as they happened, from the clock it was taken in with. */
export interface ClockHistory {
	opening: RequestClock;
	moves: readonly (readonly [RequestStatus, number])[];
}

const clockAt = (h: ClockHistory, ms: number): RequestClock => h.moves.filter(([, at]) => at <= ms).reduce((c, [status, at]) => applyStatusChange(c, status, iso(at)), h.opening);

/** The request's SLA at `ms`, with the clock as it stood then. */
export function slaAt(state: RequestState, createdMs: number, clock: RequestClock, ms: number) {
	return computeRequestSla({ createdAt: iso(createdMs), now: iso(ms), calendar: state.calendar, responseMinutes: state.terms.targets.responseMinutes, resolutionMinutes: state.terms.targets.resolutionMinutes, clock, warnAtPercent: state.terms.warnAtPercent });
}

/** rerouteRequest(…, 'escalation', now, assignee): routed again without the specialist it sat with; returns the decision's summary. */
function rerouteOnBreach(desk: ServiceDesk, draft: Draft, state: RequestState, history: ClockHistory, at: number): string {
	if (state.assignee) desk.assignments.push({ specialist: state.assignee, priority: state.intake.classified.priority, from: state.assignedFrom, to: at });
	const specialists = desk.poolAt(at);
	const moved = assignRequest({ request: { ...state.routing, teamId: state.team }, specialists, now: iso(at), explain: 'full', leavingId: state.assignee });
	const decision = routedDecision('escalation', moved, null);
	pushDecision(desk, draft.id, decision, at);
	// Only new and assigned change with routing; a later status change overrides it, so only the last one counts.
	if (!history.moves.some(([, m]) => m > at)) state.clock = { ...state.clock, status: statusAfterRouting(state.clock.status, moved.assignee) };
	state.team ??= teamOfSpecialist(specialists, moved.assignee);
	state.assignee = moved.assignee;
	state.assignedFrom = at;
	if (moved.assignee) desk.noteAssigned(moved.assignee, at);
	return decision.summary;
}

/** One pass of the job at `at`: what is due now, each escalation recorded, a breach in a reassigning team moving the request once. */
function jobPass(desk: ServiceDesk, draft: Draft, state: RequestState, history: ClockHistory, at: number, done: Escalated): void {
	const sla = slaAt(state, draft.createdMs, clockAt(history, at), at);
	const breachAction = desk.staff.teams.find((t) => t.id === state.team)?.breach_action ?? null;
	let rerouted = false;
	for (const e of dueEscalations({ response: sla.response, resolution: sla.resolution, done })) {
		// The notice's subject goes to notifications, which the demo does not write; the request number is not needed.
		const notice = escalationNotice(e, sla[e.target]?.deadline ?? null, { number: '', subject: draft.subject }, breachAction, rerouted);
		const id = desk.rng.uuid();
		const summary = notice.reroute ? rerouteOnBreach(desk, draft, state, history, at) : null;
		desk.escalations.push({ id, request: draft.id, target: e.target, level: e.level, action: summary === null ? 'notified' : 'reassigned', detail: summary === null ? notice.detail : `${notice.detail} ${summary}`, date_created: iso(at) });
		done[e.target] = e.level;
		rerouted ||= notice.reroute;
	}
}

// The job runs at the start of every minute (CRM_SLA_ESCALATION_SCHEDULE '* * * * *'): the first run after a check is due.
const nextRun = (ms: number) => Math.floor(ms / MINUTE) * MINUTE + MINUTE;

/**
 * The job's passes over the request until now: after each status change it looks again at the next check,
 * and acts at the first run after it; `now` is taken as a run. A request that is not open is not looked at.
 */
export function playEscalationJob(desk: ServiceDesk, draft: Draft, state: RequestState, history: ClockHistory): Escalated {
	const done: Escalated = { response: 'none', resolution: 'none' };
	let from = draft.createdMs;
	for (;;) {
		const sla = slaAt(state, draft.createdMs, clockAt(history, from), from);
		const check = nextEscalationCheck({ response: sla.response, resolution: sla.resolution, done });
		const nextMove = history.moves.find(([, at]) => at > from)?.[1];
		const checkMs = check === null ? Number.POSITIVE_INFINITY : Math.max(Date.parse(check), from);
		if (nextMove !== undefined && nextMove <= checkMs) {
			from = nextMove;
			continue;
		}
		if (check === null || checkMs >= desk.nowMs) return done;
		const at = Math.min(nextRun(checkMs), desk.nowMs);
		if (isOpenRequestStatus(clockAt(history, at).status)) jobPass(desk, draft, state, history, at, done);
		else {
			// Closed in the meantime: the job looks again only once a status change (reopening) brings it back.
			const reopened = history.moves.find(([, m]) => m > at)?.[1];
			if (reopened === undefined) return done;
		}
		from = at;
	}
}

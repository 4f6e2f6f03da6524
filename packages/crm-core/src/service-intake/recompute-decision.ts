import { assignRequest } from '../service-routing/assign-request.ts';
import type { AssignmentExplanation } from '../service-routing/assignment-result.ts';
import type { RoutingRequest } from '../service-routing/routing-request.ts';
import type { ServicePriority } from '../service-routing/service-priority.ts';
import type { Specialist } from '../service-routing/specialist.ts';
import type { DecisionKind } from './compose-new-request.ts';

/** A stored routing decision, as far as explaining it again needs. */
export interface DecisionToRecompute {
	kind: DecisionKind;
	assignee: string | null;
	/** ISO 8601 with a zone: absences and working hours are judged at this moment. */
	decidedAt: string;
	/** The assignee before this decision: a re-route or an escalation moved the request away from them. */
	previousAssignee: string | null;
}

export interface RecomputeDecisionInput {
	/** The request as routing sees it now (priority, required skills, team). */
	request: RoutingRequest;
	/** Who holds the request now, and whether it is still open: its own weight is then part of their load, which it was not when it was routed. */
	holder: { assignee: string | null; open: boolean };
	decision: DecisionToRecompute;
	/** Skills, capacities and loads as they are now; `available`, `absentUntil` and `lastAssignedAt` as at the decision. */
	specialists: readonly Specialist[];
}

export interface RecomputedDecision {
	/** Every specialist judged and described ('full'). */
	explanation: AssignmentExplanation;
	/** Whom routing chooses on these facts. */
	assignee: string | null;
	/** Whether that is whom the stored decision chose (a hand-made decision never agrees: routing did not make it). */
	agrees: boolean;
	/** What the figures rest on, in words for the page. */
	basis: string;
}

const BASIS =
	'Recomputed on request: working hours, absences and turns in the round robin as at the decision; skills, capacities and loads as they are now (this request not counted). The stored summary, runners-up and counts are what was decided.';

/** The specialists with one request of this priority taken off the holder's load. */
function withoutRequest(specialists: readonly Specialist[], holder: string, priority: ServicePriority): Specialist[] {
	return specialists.map((s) => {
		if (s.id !== holder) return s;
		let taken = false;
		const load = s.load.map((l) => {
			if (taken || l.priority !== priority || l.count === 0) return l;
			taken = true;
			return { ...l, count: l.count - 1 };
		});
		return { ...s, load };
	});
}

/**
 * A5.8 — the full explanation of a stored routing decision, on demand. A decision keeps only its summary
 * (chosen, runners-up, counts by outcome); this judges every specialist again at the decision's moment,
 * away from whoever it moved the request from, and says whether routing still chooses the same.
 */
export function recomputeDecision(input: RecomputeDecisionInput): RecomputedDecision {
	const { request, holder, decision } = input;
	const specialists = holder.open && holder.assignee !== null ? withoutRequest(input.specialists, holder.assignee, request.priority) : input.specialists;
	const leavingId = decision.kind === 'reroute' || decision.kind === 'escalation' ? decision.previousAssignee : null;
	const result = assignRequest({ request, specialists, now: decision.decidedAt, explain: 'full', leavingId });
	return { explanation: result.explanation, assignee: result.assignee, agrees: decision.kind !== 'manual' && result.assignee === decision.assignee, basis: BASIS };
}

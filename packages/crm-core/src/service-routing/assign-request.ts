import { CrmError } from '../errors/crm-error.ts';
import type { AssignmentResult } from './assignment-result.ts';
import { assertValidRoutingRequest } from './assert-valid-routing-request.ts';
import { indexSpecialists, isSpecialistIndex, rosterOf, type SpecialistIndex } from './index-specialists.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { resolvePriorityWeights, sameWeights } from './priority-weights.ts';
import { type ExplainMode, routeRequest } from './route-request.ts';
import type { RoutingRequest } from './routing-request.ts';
import type { ServicePriority } from './service-priority.ts';
import type { Specialist } from './specialist.ts';

export interface AssignmentInput {
	request: RoutingRequest;
	/** The specialists, or an index of them made once with indexSpecialists for many requests. */
	specialists: readonly Specialist[] | SpecialistIndex;
	/** Capacity units per priority, over the defaults low 1, normal 2, high 3, urgent 5. With an index, its own weights apply (giving others is an error). */
	weights?: Partial<Record<ServicePriority, number>>;
	/** The moment of routing, ISO 8601 with a zone: absences are compared with it. */
	now: string;
	/** 'full' (default) describes every specialist; 'summary', what a stored decision keeps, describes the chosen one and the runners-up and counts the others. */
	explain?: ExplainMode;
	/** The specialist the request is routed away from (absent, or breached it): never chosen, explained as absent. */
	leavingId?: string | null;
}

/**
 * Assigns a classified request to the best specialist who can take it, or leaves it in its team's queue.
 *
 * 1. Eligible: active; a member of the request's team (when it has one); holding every required skill
 *    at the required level or above; not absent (absentUntil after now) and working now (`available`,
 *    which the caller reads from their calendar); and with room for it: load + the request's weight ≤
 *    capacity (exactly at capacity is fine).
 * 2. Best: the lowest load ratio (weighted load / capacity, compared exactly); among equal ratios,
 *    round robin: never assigned first, then the least recently assigned, then by id.
 * 3. Nobody eligible: no assignee, and the request waits in its team's queue (null without a team).
 * 4. Explanation: an outcome and a plain-English detail per specialist (see CandidateOutcome), counts
 *    per outcome and a one-line summary. The same input gives the same result, whatever the order of
 *    the specialists.
 * Bad input throws a CrmError whose details.field names the value (`specialists[3].capacity`).
 * The index's loads are not changed: call its recordAssignment once the assignment is saved.
 */
export function assignRequest(input: AssignmentInput): AssignmentResult {
	assertValidRoutingRequest(input.request);
	const nowMs = parseInstant(input.now, 'now');
	const explain = input.explain ?? 'full';
	if (explain !== 'full' && explain !== 'summary') throw new CrmError('CRM_INVALID_CHOICE', `"explain" must be full or summary; got ${String(explain)}.`, { field: 'explain' });
	let index: SpecialistIndex;
	if (isSpecialistIndex(input.specialists)) {
		index = input.specialists;
		if (input.weights !== undefined && !sameWeights(resolvePriorityWeights(input.weights), index.weights)) {
			throw new CrmError('CRM_INVALID_FORMAT', 'The specialists were indexed with other priority weights; index them with these weights instead.', { field: 'weights' });
		}
	} else {
		index = indexSpecialists(input.specialists, input.weights);
	}
	const roster = rosterOf(index);
	return routeRequest(roster, { request: input.request, weight: roster.weights[input.request.priority], nowMs, leavingId: input.leavingId ?? null }, explain);
}

import { CrmError } from '../errors/crm-error.ts';
import { assertArray } from './assert-field.ts';
import type { AssignmentResult } from './assignment-result.ts';
import { assertValidRoutingRequest } from './assert-valid-routing-request.ts';
import { indexSpecialists, rosterOf } from './index-specialists.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { type ExplainMode, routeRequest } from './route-request.ts';
import type { RoutingRequest } from './routing-request.ts';
import { priorityRank, type ServicePriority } from './service-priority.ts';
import type { Specialist } from './specialist.ts';

/** An open request of the specialist who became absent. */
export interface OpenRequest extends RoutingRequest {
	/** ISO 8601 with a zone: older requests of the same priority move first. */
	createdAt: string;
}

export interface RerouteOptions {
	now: string;
	weights?: Partial<Record<ServicePriority, number>>;
	/** Per step, as in assignRequest; 'full' by default. */
	explain?: ExplainMode;
}

export interface RerouteStep extends AssignmentResult {
	previousAssignee: string;
}

export interface ReroutePlan {
	absentSpecialistId: string;
	/** In the order the requests were routed. */
	steps: RerouteStep[];
	/** Every specialist's weighted load after the plan, by id. */
	loads: { specialistId: string; load: number; capacity: number }[];
	summary: string;
}

/**
 * Plans moving the open requests of a specialist who became absent: most urgent first, then oldest
 * (createdAt), then by id. Each is assigned as assignRequest would, with the absent specialist
 * counted as absent whatever their calendar says, and the loads updated before the next one: it
 * leaves the absent specialist's load and, when someone takes it, adds to theirs and makes it their
 * latest assignment (at `now`), so a batch spreads over the team rather than piling on whoever was
 * least loaded at the start. A request nobody can take goes to its team's queue.
 * Nothing is saved: the caller applies the steps. The specialists passed in are not changed.
 */
export function reroutePlan(openRequests: readonly OpenRequest[], specialists: readonly Specialist[], absentSpecialistId: string, options: RerouteOptions): ReroutePlan {
	assertArray(openRequests, 'openRequests');
	const created = openRequests.map((request, i) => {
		assertValidRoutingRequest(request, `openRequests[${i}]`);
		return parseInstant(request.createdAt, `openRequests[${i}].createdAt`);
	});
	const nowMs = parseInstant(options.now, 'now');
	const explain = options.explain ?? 'full';
	if (explain !== 'full' && explain !== 'summary') throw new CrmError('CRM_INVALID_CHOICE', `"explain" must be full or summary; got ${String(explain)}.`, { field: 'explain' });
	const index = indexSpecialists(specialists, options.weights);
	const roster = rosterOf(index);
	const leaving = roster.byId.get(absentSpecialistId);
	if (!leaving) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `No specialist ${String(absentSpecialistId)} among the specialists given.`, { field: 'absentSpecialistId' });

	const order = openRequests.map((request, i) => ({ request, createdMs: created[i]! }));
	order.sort((a, b) => priorityRank(b.request.priority) - priorityRank(a.request.priority) || a.createdMs - b.createdMs || (a.request.id < b.request.id ? -1 : Number(a.request.id > b.request.id)));

	const steps: RerouteStep[] = [];
	for (const { request } of order) {
		const result = routeRequest(roster, { request, weight: roster.weights[request.priority], nowMs, leavingId: absentSpecialistId }, explain);
		index.releaseAssignment(absentSpecialistId, request.priority);
		if (result.assignee !== null) index.recordAssignment(result.assignee, request.priority, options.now);
		steps.push({ ...result, previousAssignee: absentSpecialistId });
	}

	const loads = roster.entries.map((entry) => ({ specialistId: entry.id, load: entry.load, capacity: entry.capacity }));
	return { absentSpecialistId, steps, loads, summary: summarize(leaving.specialist.name, steps, roster.byId) };
}

function summarize(name: string, steps: readonly RerouteStep[], byId: ReadonlyMap<string, { specialist: Specialist }>): string {
	if (steps.length === 0) return `${name} has no open requests to re-route.`;
	const taken = new Map<string, number>();
	let queued = 0;
	for (const step of steps) {
		if (step.assignee === null) queued++;
		else taken.set(step.assignee, (taken.get(step.assignee) ?? 0) + 1);
	}
	const to = [...taken].sort(([a], [b]) => (a < b ? -1 : Number(a > b))).map(([id, n]) => `${n} to ${byId.get(id)!.specialist.name}`);
	if (queued > 0) to.push(`${queued} to team queues`);
	return `${steps.length} open request${steps.length === 1 ? '' : 's'} of ${name} re-routed: ${to.join(', ')}.`;
}

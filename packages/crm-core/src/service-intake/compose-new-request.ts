import { CrmError } from '../errors/crm-error.ts';
import type { RequestStatus } from '../service-desk/request-status.ts';
import type { AssignmentResult } from '../service-routing/assignment-result.ts';
import type { ClassificationResult } from '../service-routing/classification-result.ts';
import type { Specialist } from '../service-routing/specialist.ts';
import type { ClassifiedIntake } from './classify-intake.ts';
import type { RequestTerms } from './resolve-request-terms.ts';
import { termsFields } from './resolve-request-terms.ts';
import { toStoredSkills } from './required-skills.ts';

/** How a routing decision came about: on arrival, a later re-route, an SLA breach, or by hand. */
export type DecisionKind = 'intake' | 'reroute' | 'escalation' | 'manual';

/** A routing decision as crm_service_routing_decisions keeps it (the adapter gives it its key). */
export interface RoutingDecision {
	kind: DecisionKind;
	assignee: string | null;
	/** The team queue it waits in when nobody takes it. */
	queue: string | null;
	summary: string;
	/** The classification trace and SLA explanation (JSON), on intake. */
	classification: string | null;
	/** The full assignment explanation (JSON); null for a hand-made decision. */
	explanation: string | null;
}

/** The decision of an automatic assignment. */
export function routedDecision(kind: DecisionKind, result: AssignmentResult, classification: string | null): RoutingDecision {
	return { kind, assignee: result.assignee, queue: result.assignee ? null : result.queue, summary: result.explanation.summary, classification, explanation: JSON.stringify(result.explanation) };
}

/** An assignee named by the client when creating the request: recorded as a decision by hand. */
export function manualIntakeDecision(assigneeId: string, names: ReadonlyMap<string, string>, classification: string): RoutingDecision {
	const name = names.get(assigneeId);
	if (name === undefined) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Specialist "${assigneeId}" does not exist.`, { field: 'assignee' });
	return { kind: 'manual', assignee: assigneeId, queue: null, summary: `Assigned by hand to ${name} when the request was created.`, classification, explanation: null };
}

/** The classification record a decision keeps: every rule's outcome, what was set and by whom, plus `extra`. */
export function describeClassification(result: ClassificationResult, extra: Record<string, unknown> = {}): string {
	return JSON.stringify({
		trace: result.trace.map((t) => ({ rule_id: t.ruleId, rule_code: t.code, rule_name: t.name, outcome: t.outcome, detail: t.detail })),
		set: { type: result.typeId, category: result.categoryId, priority: result.priority, required_skills: toStoredSkills(result.requiredSkills) },
		sources: result.sources,
		...extra,
	});
}

/** A request with an assignee is assigned; without one it stays new, in its team's queue. */
export const statusForAssignee = (assignee: string | null): RequestStatus => (assignee ? 'assigned' : 'new');

/** The specialist's first team: the team of a request that names none. */
export const teamOfSpecialist = (specialists: readonly Specialist[], id: string | null): string | null => (id ? (specialists.find((s) => s.id === id)?.teamIds[0] ?? null) : null);

/**
 * A5.7, A5.9 — a new request as it is stored, once classified, held to its terms and routed: what the
 * rules decided, the team (its own, else the assignee's), the status the assignment gives, the targets.
 * The SLA clock columns are the adapter's (they need the calendar).
 */
export function composeNewRequest(input: { intake: ClassifiedIntake; terms: RequestTerms; decision: RoutingDecision; specialists: readonly Specialist[]; channel: string }): { fields: Record<string, unknown>; status: RequestStatus } {
	const { classified, requiredSkills, teamId } = input.intake;
	const assignee = input.decision.assignee;
	const status = statusForAssignee(assignee);
	return {
		status,
		fields: {
			channel: input.channel,
			type: classified.typeId,
			category: classified.categoryId,
			priority: classified.priority,
			required_skills: toStoredSkills(requiredSkills),
			team: teamId ?? teamOfSpecialist(input.specialists, assignee),
			assignee,
			status,
			...termsFields(input.terms),
			response_escalation: 'none',
			resolution_escalation: 'none',
		},
	};
}

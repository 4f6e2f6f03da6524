import { applyStatusChange } from '../service-desk/apply-status-change.ts';
import type { RequestClock } from '../service-desk/request-clock.ts';
import type { RequestStatus } from '../service-desk/request-status.ts';
import type { RoutingDecision } from './compose-new-request.ts';

/** A request as an update left it, and what the update filter saw before (null for writes it did not see). */
export interface RequestUpdateFacts {
	status: RequestStatus;
	assignee: string | null;
	team: string | null;
	priority: unknown;
	customer: string;
	product: string | null;
	category: string | null;
	/** Where the SLA clock stands (its status is the one the clock last moved to). */
	clock: RequestClock;
	before: { assignee: string | null; priority: unknown; customer: string; product: string | null; category: string | null } | null;
	/** A person's write (not the CRM's own). */
	manual: boolean;
}

/**
 * A5.8 — where the request's status and SLA clock go after an update. A request given to someone by hand
 * while still new counts as assigned. The clock moves with the status, never back behind a pause or a
 * resolution it recorded (another instance's clock may run a little ahead of ours). Null: nothing moves.
 */
export function statusMoveAfterUpdate(facts: RequestUpdateFacts, now: string): { status: RequestStatus; clock: RequestClock } | null {
	const { clock, before } = facts;
	const handAssigned = facts.manual && before !== null && facts.assignee !== null && facts.assignee !== before.assignee && facts.status === 'new';
	const status: RequestStatus = handAssigned ? 'assigned' : facts.status;
	if (status === clock.status) return null;
	const latest = [now, ...clock.pauses.map((p) => p.to ?? p.from), clock.resolvedAt ?? now].sort().at(-1)!;
	return { status, clock: applyStatusChange(clock, status, latest) };
}

/** The SLA targets depend on priority, customer, product and category: when one changed, they are resolved again. */
export const termsDependOnChange = (facts: RequestUpdateFacts): boolean => facts.before !== null && (facts.before.priority !== facts.priority || facts.before.customer !== facts.customer || facts.before.product !== facts.product || facts.before.category !== facts.category);

/** A hand-made (re)assignment is recorded as a decision, in people's words; null when the assignee did not change by hand. */
export function manualAssignmentDecision(facts: RequestUpdateFacts, names: ReadonlyMap<string, string>): RoutingDecision | null {
	const { before } = facts;
	if (!facts.manual || before === null || facts.assignee === before.assignee) return null;
	const to = facts.assignee ? (names.get(facts.assignee) ?? facts.assignee) : null;
	const from = before.assignee ? (names.get(before.assignee) ?? before.assignee) : null;
	const summary = to ? `Assigned by hand to ${to}${from ? ` (was ${from})` : ''}.` : `Unassigned by hand${from ? ` (was ${from})` : ''}; waits in the team queue.`;
	return { kind: 'manual', assignee: facts.assignee, queue: facts.assignee ? null : facts.team, summary, classification: null, explanation: null };
}

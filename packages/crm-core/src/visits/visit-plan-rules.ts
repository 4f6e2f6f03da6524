import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';

export const VISIT_PLAN_STATUSES = ['draft', 'planned', 'done'] as const;

/** Who is writing: an administrator (or the CRM itself), or a user who may be a rep and may manage teams. */
export interface VisitCaller {
	admin: boolean;
	userId: string | null;
}

/** The plan's rep as the rules need it: whose user it is and who manages the rep's team. */
export interface PlanRep {
	id: string;
	name: string;
	userId: string | null;
	teamManagerId: string | null;
}

export interface VisitPlanFacts {
	caller: VisitCaller;
	rep: PlanRep | null;
	day: unknown;
	status: unknown;
	/** Another plan of the same rep on the same day, if any. */
	clashingPlanId: string | null;
	/** The plan's stops (after the write): each customer with the rep who owns it. */
	stops: readonly { customerId: string; customerName: string; ownerRepId: string | null }[];
}

const invalid = (field: string, message: string) => new CrmError('CRM_VISIT_PLAN_INVALID', message, { field });

/** True when the caller manages the rep's team or is an administrator: they may plan any customer for the rep. */
export function managesRep(caller: VisitCaller, rep: PlanRep): boolean {
	return caller.admin || (caller.userId !== null && rep.teamManagerId === caller.userId);
}

function assertCallerPlansFor(caller: VisitCaller, rep: PlanRep): void {
	if (managesRep(caller, rep) || (caller.userId !== null && rep.userId === caller.userId)) return;
	throw new CrmError('CRM_VISIT_PLAN_FORBIDDEN', `You may plan visits only for yourself (or, as a manager, for the reps of your teams), not for ${rep.name}.`, { field: 'rep' });
}

function assertStopsValid(facts: VisitPlanFacts, rep: PlanRep): void {
	const seen = new Set<string>();
	for (const stop of facts.stops) {
		if (seen.has(stop.customerId)) throw invalid('customer', `${stop.customerName} is already a stop of this plan: visit a customer once a day.`);
		seen.add(stop.customerId);
		if (stop.ownerRepId !== rep.id && !managesRep(facts.caller, rep)) {
			throw new CrmError('CRM_VISIT_PLAN_FORBIDDEN', `${stop.customerName} is not a customer of ${rep.name}: a rep plans visits to their own customers; their manager may plan others.`, { field: 'customer' });
		}
	}
}

/**
 * S6.2 — a visit plan is one rep's day: one plan per rep and day, each customer once, and a rep plans only
 * for themselves and their own customers (a manager for the team's reps and any customer, an administrator
 * for anyone).
 */
export function assertVisitPlanValid(facts: VisitPlanFacts): void {
	if (!facts.rep) throw invalid('rep', 'Name the sales rep whose day this plan is.');
	if (!isCalendarDate(facts.day)) throw invalid('day', `"day" must be a calendar day YYYY-MM-DD, got ${JSON.stringify(facts.day ?? null)}.`);
	if (!(VISIT_PLAN_STATUSES as readonly unknown[]).includes(facts.status)) throw invalid('status', `"status" is one of ${VISIT_PLAN_STATUSES.join(', ')}.`);
	assertCallerPlansFor(facts.caller, facts.rep);
	if (facts.clashingPlanId) throw invalid('day', `${facts.rep.name} already has a visit plan on ${facts.day}: add the stops to that plan.`);
	assertStopsValid(facts, facts.rep);
}

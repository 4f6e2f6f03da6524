// A request's stored row once its life is played: the SLA columns as the escalation job left them
// (playEscalationJob, nextEscalationCheck), its number, and the terms it was held to (termsFields).
import { computeRequestSla, formatDocumentNumber, nextEscalationCheck, termsFields, toStoredSkills } from '../../packages/crm-core/src/index.ts';
import { HOUR, iso, MINUTE } from './moments.ts';
import { RESOLUTIONS } from './service-catalogue.ts';
import type { Draft, RequestState, ServiceDesk } from './service-desk-state.ts';
import type { Escalated } from './escalate-demo-request.ts';
import type { ServiceRequestRow } from './service-rows.ts';

function nextNumber(desk: ServiceDesk, createdIso: string): string {
	const requestYear = Number(createdIso.slice(0, 4));
	const seq = (desk.counters.get(`SR-${requestYear}`) ?? 0) + 1;
	desk.counters.set(`SR-${requestYear}`, seq);
	return formatDocumentNumber('SR', requestYear, seq);
}

/** Service-map steps the desk carried out: a call back after the first response, a survey a day after closing. */
function stepMoments(desk: ServiceDesk, state: RequestState): Pick<ServiceRequestRow, 'called_back_at' | 'survey_sent_at'> {
	const { rng, nowMs } = desk;
	const { clock, terms } = state;
	const map = terms.targets.source === 'service_map' ? [...desk.terms.mapTerms.values()].find((m) => m.terms.id === terms.serviceMapId) : undefined;
	const steps = map?.terms.steps ?? [];
	return {
		called_back_at: steps.some((s) => s.kind === 'call_back') && clock.firstResponseAt ? iso(Math.min(nowMs, Date.parse(clock.firstResponseAt) + rng.int(10, 240) * MINUTE)) : null,
		survey_sent_at: steps.some((s) => s.kind === 'survey') && clock.closedAt && Date.parse(clock.closedAt) + 20 * HOUR < nowMs ? iso(Date.parse(clock.closedAt) + rng.int(1, 20) * HOUR) : null,
	};
}

export function requestRow(desk: ServiceDesk, draft: Draft, state: RequestState, escalated: Escalated): ServiceRequestRow {
	const { rng } = desk;
	const { clock, intake, terms } = state;
	const { classified } = intake;
	const sla = computeRequestSla({ createdAt: iso(draft.createdMs), now: iso(desk.nowMs), calendar: state.calendar, responseMinutes: terms.targets.responseMinutes, resolutionMinutes: terms.targets.resolutionMinutes, clock, warnAtPercent: terms.warnAtPercent });
	const createdIso = iso(draft.createdMs);
	const number = nextNumber(desk, createdIso);
	const contacts = desk.contactsOf.get(draft.customer.id) ?? [];
	const contact = contacts.length > 0 && rng.chance(0.85) ? rng.pick(contacts) : null;
	const resolution = clock.resolvedAt || clock.status === 'closed' ? rng.pick(RESOLUTIONS) : null;
	const next = sla.next;
	return {
		id: draft.id,
		number,
		subject: draft.subject,
		description: draft.description,
		customer: draft.customer.id,
		contact,
		channel: draft.channel,
		type: classified.typeId,
		category: classified.categoryId,
		product: draft.productId,
		order: null,
		priority: classified.priority,
		status: clock.status,
		assignee: state.assignee,
		team: state.team,
		required_skills: toStoredSkills(intake.requiredSkills),
		resolution,
		// As requestSlaFields stores it: with the status the clock last moved to, for the next change to start from.
		sla_clock: { ...(next === null ? { state: sla.overall, target: null, due_at: null, warn_at: null } : { state: next.state, target: next.target, due_at: next.deadline, warn_at: next.warnAt }), clock_status: clock.status },
		sla_status: sla.overall,
		...(termsFields(terms) as Pick<ServiceRequestRow, 'sla_source' | 'contract' | 'service_map' | 'response_target_minutes' | 'resolution_target_minutes' | 'warn_at_percent'>),
		calendar: terms.targets.calendarId,
		response_due_at: sla.response?.deadline ?? null,
		resolution_due_at: sla.resolution?.deadline ?? null,
		first_response_at: clock.firstResponseAt,
		resolved_at: clock.resolvedAt,
		closed_at: clock.closedAt,
		sla_pauses: clock.pauses,
		response_escalation: escalated.response,
		resolution_escalation: escalated.resolution,
		next_check_at: nextEscalationCheck({ response: sla.response, resolution: sla.resolution, done: escalated }),
		...stepMoments(desk, state),
		date_created: createdIso,
		date_updated: null,
		user_created: null,
	};
}

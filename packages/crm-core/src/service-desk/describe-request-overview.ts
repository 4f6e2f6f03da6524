import type { BusinessCalendar } from '../business-time/business-calendar.ts';
import type { CandidateExplanation } from '../service-routing/assignment-result.ts';
import { computeRequestSla, type RequestSla } from './compute-request-sla.ts';
import { currentStepIndex } from './current-step-index.ts';
import { describeCandidate } from './describe-candidate.ts';
import { describeClassificationSet, NOT_VISIBLE, withNames } from './names-for-ids.ts';
import type { RequestClock } from './request-clock.ts';
import type { ServiceMapTerms } from './service-map-terms.ts';
import { serviceStepProgress } from './service-step-progress.ts';
import { stepsFollowingSla } from './steps-following-sla.ts';

/** Something shown by name. */
export interface Named {
	id: string;
	name: string;
}

/**
 * A decision's classification record as stored (describeClassification): the rules' trace, what they set
 * and, on intake, the SLA in words. Decoded JSON written by earlier versions too, so every part may be missing.
 */
export interface StoredClassification {
	trace?: readonly unknown[];
	set?: Readonly<Record<string, unknown>>;
	sla?: unknown;
}

/** A decision's assignment explanation as stored: the candidates it kept and how many ended with each outcome (decoded JSON, parts may be missing). */
export interface StoredExplanation {
	candidates?: readonly Readonly<Record<keyof CandidateExplanation, unknown>>[];
	counts?: Readonly<Record<string, unknown>>;
}

/** A routing decision as stored, its JSON columns decoded. */
export interface StoredDecision {
	id: string;
	decidedAt: string | null;
	kind: string;
	assignee: string | null;
	queue: string | null;
	summary: string;
	classification: StoredClassification | null;
	explanation: StoredExplanation | null;
}

/** What the request page shows, loaded under the caller's policy: null parts are those it does not reach. */
export interface RequestOverviewFacts {
	request: { id: string; number: string; subject: string | null; status: string; priority: string | null; createdAt: string; assigneeId: string | null; calledBackAt: string | null; surveySentAt: string | null };
	clock: RequestClock;
	sla: { source: string | null; responseMinutes: number | null; resolutionMinutes: number | null; warnAtPercent: number };
	customer: (Named & { dedicatedSpecialistId: string | null }) | null;
	assignee: Named | null;
	team: Named | null;
	contract: { code: string; level: string } | null;
	calendar: { id: string | null; name: string; calendar: BusinessCalendar };
	map: ServiceMapTerms | null;
	/** null: the caller may not read routing decisions. Newest first. */
	decisions: StoredDecision[] | null;
	/** Names of the records the decisions name by id (types, categories, teams, specialists…), as far as the caller may read them. */
	names: ReadonlyMap<string, string>;
	/** Names of the skills the decisions require, by code, as far as the caller may read them. */
	skillNames: ReadonlyMap<string, string>;
	/** Minutes of the request's time entries; null when the caller may not read them. */
	loggedMinutes: number[] | null;
	mySpecialistId: string | null;
	myTimer: { id: string; request: string; requestNumber: string; startedAt: string | null } | null;
	now: string;
}

const NO_SLA = "No SLA: no contract covers the request and no service map fits the customer's status";

/** Which terms hold the request, in words. */
export function slaSourceLabel(source: string | null, contract: RequestOverviewFacts['contract'], mapName: string | null): string {
	if (source === 'contract' && contract) return `Contract ${contract.code} (${contract.level.replace(/^./, (c) => c.toUpperCase())})`;
	if (source === 'contract') return 'Service contract';
	if (source === 'service_map' && mapName) return `Service map: ${mapName}`;
	return NO_SLA;
}

const slaView = (s: RequestSla['response'], target: number | null) =>
	s === null ? null : { target_minutes: target, deadline: s.deadline, warn_at: s.warnAt, elapsed_minutes: s.elapsedMinutes, remaining_minutes: s.remainingMinutes, percent_used: s.percentUsed, state: s.state };

function describeDecision(d: StoredDecision, facts: RequestOverviewFacts) {
	const candidates = d.explanation?.candidates ?? [];
	const assigneeName = candidates.find((c) => c.specialistId === d.assignee)?.name ?? (facts.assignee?.id === d.assignee ? facts.assignee.name : undefined) ?? facts.names.get(d.assignee ?? '') ?? NOT_VISIBLE.specialist;
	return {
		id: d.id,
		decided_at: d.decidedAt,
		kind: d.kind,
		assignee: d.assignee ? { id: d.assignee, name: String(assigneeName) } : null,
		queue: d.queue ? { id: d.queue, name: facts.names.get(d.queue) ?? NOT_VISIBLE.team } : null,
		summary: withNames(d.summary, facts.names),
		classification: d.classification ? { trace: (d.classification.trace ?? []).map((t) => withTraceNames(t, facts.names)), set: describeClassificationSet(d.classification.set ?? {}, facts.names, facts.skillNames) } : null,
		candidates: candidates.map((c) => describeCandidate(c, facts.names)),
		counts: d.explanation?.counts ?? {},
	};
}

/** A trace entry's detail names what the rule matched and set by id ("sets type 65c4…"): in names here. */
const withTraceNames = (entry: unknown, names: ReadonlyMap<string, string>): unknown => {
	if (typeof entry !== 'object' || entry === null || !('detail' in entry)) return entry;
	return { ...entry, detail: withNames((entry as { detail: unknown }).detail, names) };
};

function describeSla(facts: RequestOverviewFacts, sla: RequestSla) {
	const label = slaSourceLabel(facts.sla.source, facts.contract, facts.map?.name ?? null);
	const first = facts.decisions?.at(-1)?.classification;
	return {
		source: facts.sla.source ?? 'none',
		source_label: label,
		explanation: typeof first?.sla === 'string' ? first.sla : label,
		calendar: facts.calendar.id ? { name: facts.calendar.name, time_zone: facts.calendar.calendar.timeZone } : { name: facts.calendar.name, time_zone: 'UTC' },
		overall: sla.overall,
		response: slaView(sla.response, facts.sla.responseMinutes),
		resolution: slaView(sla.resolution, facts.sla.resolutionMinutes),
	};
}

/**
 * A5.5, A5.7, A5.9 — one request's page: SLA clocks, the service-map steps and where the request stands,
 * time logged and the caller's own timer, and every routing decision with its candidates, in people's words.
 */
export function describeRequestOverview(facts: RequestOverviewFacts) {
	const { request, clock, now } = facts;
	const calendar = facts.calendar.calendar;
	const sla = computeRequestSla({ createdAt: request.createdAt, now, calendar, responseMinutes: facts.sla.responseMinutes, resolutionMinutes: facts.sla.resolutionMinutes, clock, warnAtPercent: facts.sla.warnAtPercent });
	const progressOf = (map: ServiceMapTerms) => serviceStepProgress(map.steps, { createdAt: request.createdAt, now, calendar, clock, assigneeId: request.assigneeId, dedicatedSpecialistId: facts.customer?.dedicatedSpecialistId ?? null, calledBackAt: request.calledBackAt, surveySentAt: request.surveySentAt });
	const steps = facts.map ? stepsFollowingSla(progressOf(facts.map), sla) : [];
	const named = (n: Named | null) => (n ? { id: n.id, name: n.name } : null);
	return {
		request: { id: request.id, number: request.number, subject: request.subject, status: request.status, priority: request.priority, created_at: request.createdAt, customer: named(facts.customer), assignee: named(facts.assignee), team: named(facts.team) },
		// false when the caller may not read routing decisions: the list is then left empty on purpose.
		routing_visible: facts.decisions !== null,
		sla: describeSla(facts, sla),
		steps: steps.map((s) => ({ step_id: s.stepId, kind: s.kind, name: s.name, due_at: s.dueAt, done_at: s.doneAt, status: s.status, detail: s.detail })),
		current_step: currentStepIndex(steps),
		time: {
			logged_minutes: facts.loggedMinutes === null ? null : facts.loggedMinutes.reduce((sum, m) => sum + m, 0),
			// The caller logs time only as a specialist who may create entries.
			can_log: facts.mySpecialistId !== null && facts.loggedMinutes !== null,
			my_specialist: facts.mySpecialistId,
			my_timer: facts.myTimer ? { id: facts.myTimer.id, request: facts.myTimer.request, request_number: facts.myTimer.requestNumber, started_at: facts.myTimer.startedAt } : null,
		},
		routing: (facts.decisions ?? []).map((d) => describeDecision(d, facts)),
	};
}

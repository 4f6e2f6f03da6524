import { addBusinessMinutes } from '../business-time/add-business-minutes.ts';
import type { BusinessCalendar } from '../business-time/business-calendar.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import type { SlaPause } from '../business-time/sla-pause.ts';
import { assertObject, assertOptionalId } from '../service-routing/assert-field.ts';
import { assertValidRequestClock } from './assert-valid-request-clock.ts';
import { assertValidServiceSteps } from './assert-valid-service-steps.ts';
import { toIsoInstant, toOptionalIsoInstant } from './desk-fields.ts';
import { pausesFor, type RequestClock } from './request-clock.ts';
import type { ServiceStep } from './service-step.ts';
import type { StepProgress, StepStatus } from './step-progress.ts';

export interface StepProgressContext {
	createdAt: string;
	now: string;
	calendar: BusinessCalendar;
	clock: RequestClock;
	assigneeId: string | null;
	/** The customer's dedicated engineer; null when the customer has none. */
	dedicatedSpecialistId: string | null;
	calledBackAt: string | null;
	surveySentAt: string | null;
}

/** When a step's clock starts, the pauses that stop it, and when (if) it was done. */
interface StepFacts {
	startAt: string | null;
	pauses: SlaPause[];
	doneAt: string | null;
	/** Said instead of the generic text while the step is not done. */
	openNote?: string;
}

function factsOf(step: ServiceStep, ctx: StepProgressContext, createdAt: string): StepFacts {
	const { clock } = ctx;
	switch (step.kind) {
		case 'first_response':
			return { startAt: createdAt, pauses: pausesFor(clock, 'response'), doneAt: toOptionalIsoInstant(clock.firstResponseAt, 'clock.firstResponseAt') };
		case 'dedicated_engineer': {
			const pauses = pausesFor(clock, 'response');
			if (ctx.dedicatedSpecialistId === null) return { startAt: createdAt, pauses, doneAt: null, openNote: 'No dedicated engineer on the customer' };
			// The assignment time is not known here; the step counts as done from the start while the
			// dedicated engineer holds the request.
			if (ctx.assigneeId === ctx.dedicatedSpecialistId) return { startAt: createdAt, pauses, doneAt: createdAt };
			return { startAt: createdAt, pauses, doneAt: null, openNote: ctx.assigneeId === null ? 'Not assigned yet' : 'Assigned to someone other than the dedicated engineer' };
		}
		case 'call_back':
			return { startAt: createdAt, pauses: pausesFor(clock, 'response'), doneAt: toOptionalIsoInstant(ctx.calledBackAt, 'calledBackAt') };
		case 'resolution':
			return { startAt: createdAt, pauses: pausesFor(clock, 'resolution'), doneAt: toOptionalIsoInstant(clock.resolvedAt, 'clock.resolvedAt') };
		case 'survey':
			// The survey follows the end of the work: its clock starts at closure, or at the resolution while not closed.
			return { startAt: toOptionalIsoInstant(clock.closedAt ?? clock.resolvedAt, clock.closedAt === null ? 'clock.resolvedAt' : 'clock.closedAt'), pauses: [], doneAt: toOptionalIsoInstant(ctx.surveySentAt, 'surveySentAt') };
	}
}

/**
 * For a step already done, pauses that began after it cannot move its due time before doneAt; they are
 * dropped, and a pause still open at doneAt is cut there, so a done step always shows a due time.
 */
function pausesUntil(pauses: readonly SlaPause[], doneAt: string | null): SlaPause[] {
	if (doneAt === null) return [...pauses];
	const doneMs = parseInstant(doneAt, 'doneAt');
	return pauses.filter((pause) => parseInstant(pause.from, 'pause.from') < doneMs).map((pause) => (pause.to === null ? { from: pause.from, to: doneAt } : pause));
}

function statusOf(dueAt: string | null, doneAt: string | null, now: number): StepStatus {
	if (doneAt !== null) return dueAt !== null && Date.parse(doneAt) > Date.parse(dueAt) ? 'late' : 'done';
	return dueAt !== null && now > Date.parse(dueAt) ? 'overdue' : 'pending';
}

function detailOf(status: StepStatus, dueAt: string | null, doneAt: string | null, openNote: string | undefined, paused: boolean): string {
	if (status === 'done') return dueAt === null ? `Done at ${doneAt}` : `Done at ${doneAt}, due ${dueAt}`;
	if (status === 'late') return `Done at ${doneAt}, after the due time ${dueAt}`;
	let state = 'no deadline';
	if (status === 'overdue') state = `overdue since ${dueAt}`;
	else if (dueAt !== null) state = `due ${dueAt}`;
	else if (paused) state = 'clock paused while waiting for the customer';
	return openNote === undefined ? state.charAt(0).toUpperCase() + state.slice(1) : `${openNote}; ${state}`;
}

/**
 * How a request is doing on each step of its service map, in map order (sort, then id). Targets are
 * business minutes on `calendar`: the survey's from closure (closedAt, else resolvedAt; 'waiting'
 * before either), the others from createdAt, stopped while waiting for the customer (the resolution
 * step also between a resolution and its reopening, like the resolution SLA). Done facts: first
 * response → clock.firstResponseAt, dedicated_engineer → the dedicated engineer is the assignee,
 * call_back → calledBackAt, resolution → clock.resolvedAt, survey → surveySentAt. A step at its due
 * instant exactly is still in time.
 */
export function serviceStepProgress(steps: readonly ServiceStep[], ctx: StepProgressContext): StepProgress[] {
	assertValidServiceSteps(steps, 'steps');
	assertObject(ctx, 'ctx');
	const createdAt = toIsoInstant(ctx.createdAt, 'ctx.createdAt');
	const now = parseInstant(ctx.now, 'ctx.now');
	assertValidRequestClock(ctx.clock, 'ctx.clock');
	assertOptionalId(ctx.assigneeId, 'ctx.assigneeId');
	assertOptionalId(ctx.dedicatedSpecialistId, 'ctx.dedicatedSpecialistId');

	const ordered = [...steps].sort((a, b) => a.sort - b.sort || (a.id < b.id ? -1 : Number(a.id > b.id)));
	return ordered.map((step): StepProgress => {
		const facts = factsOf(step, ctx, createdAt);
		const base = { stepId: step.id, kind: step.kind, name: step.name, doneAt: facts.doneAt };
		if (facts.startAt === null) {
			if (facts.doneAt !== null) return { ...base, dueAt: null, status: 'done', detail: `Done at ${facts.doneAt}` };
			return { ...base, dueAt: null, status: 'waiting', detail: 'Starts when the request is resolved or closed' };
		}
		const pauses = pausesUntil(facts.pauses, facts.doneAt);
		const dueAt = step.targetMinutes === null ? null : addBusinessMinutes(facts.startAt, step.targetMinutes, ctx.calendar, pauses);
		const status = statusOf(dueAt, facts.doneAt, now);
		const paused = step.targetMinutes !== null && dueAt === null;
		return { ...base, dueAt, status, detail: detailOf(status, dueAt, facts.doneAt, facts.openNote, paused) };
	});
}

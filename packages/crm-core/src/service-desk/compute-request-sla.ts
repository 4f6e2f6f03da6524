import type { BusinessCalendar } from '../business-time/business-calendar.ts';
import { type SlaState, type SlaStatus, slaState } from '../business-time/sla-state.ts';
import { assertObject } from '../service-routing/assert-field.ts';
import { assertValidRequestClock } from './assert-valid-request-clock.ts';
import { assertOptionalMinutes } from './desk-fields.ts';
import { pausesFor, type RequestClock } from './request-clock.ts';

export interface RequestSlaInput {
	createdAt: string;
	now: string;
	calendar: BusinessCalendar;
	/** Targets from resolveSlaTargets; null = no such target. */
	responseMinutes: number | null;
	resolutionMinutes: number | null;
	clock: RequestClock;
	/** Share of a target after which it is in warning; 80 unless given. */
	warnAtPercent?: number;
}

export type SlaTargetName = 'response' | 'resolution';

/** The target a countdown shows. */
export interface NextSlaTarget {
	target: SlaTargetName;
	deadline: string | null;
	warnAt: string | null;
	state: SlaStatus;
}

export interface RequestSla {
	response: SlaState | null;
	resolution: SlaState | null;
	/** The worse of the two states; 'none' without targets. */
	overall: SlaStatus | 'none';
	/** Response until the first response is given, then resolution; null without a target to show. */
	next: NextSlaTarget | null;
}

/**
 * Worst first. Breached and missed both mean a broken promise; breached ranks first because it
 * can still be acted on. Paused ranks above ok: a request parked with the customer needs watching.
 */
const SEVERITY: readonly SlaStatus[] = ['breached', 'missed', 'warning', 'paused', 'ok', 'met'];

function worst(states: readonly (SlaState | null)[]): SlaStatus | 'none' {
	let found: SlaStatus | 'none' = 'none';
	for (const state of states) {
		if (state !== null && (found === 'none' || SEVERITY.indexOf(state.state) < SEVERITY.indexOf(found))) found = state.state;
	}
	return found;
}

/**
 * Where a request stands against its response and resolution targets, with slaState doing the
 * counting. Waiting for the customer pauses both clocks; the time between a resolution and its
 * reopening pauses only the resolution clock. The response clock stops at the first response, the
 * resolution clock at resolvedAt (cleared by reopening, so a reopened request runs on).
 */
export function computeRequestSla(input: RequestSlaInput): RequestSla {
	assertObject(input, 'input');
	assertOptionalMinutes(input.responseMinutes, 'responseMinutes');
	assertOptionalMinutes(input.resolutionMinutes, 'resolutionMinutes');
	assertValidRequestClock(input.clock, 'clock');
	const { clock } = input;
	const common = { startedAt: input.createdAt, now: input.now, calendar: input.calendar, ...(input.warnAtPercent === undefined ? {} : { warnAtPercent: input.warnAtPercent }) };

	const response =
		input.responseMinutes === null ? null : slaState({ ...common, targetMinutes: input.responseMinutes, pauses: pausesFor(clock, 'response'), completedAt: clock.firstResponseAt });
	const resolution =
		input.resolutionMinutes === null ? null : slaState({ ...common, targetMinutes: input.resolutionMinutes, pauses: pausesFor(clock, 'resolution'), completedAt: clock.resolvedAt });

	let next: NextSlaTarget | null = null;
	if (response !== null && clock.firstResponseAt === null) next = { target: 'response', deadline: response.deadline, warnAt: response.warnAt, state: response.state };
	else if (resolution !== null) next = { target: 'resolution', deadline: resolution.deadline, warnAt: resolution.warnAt, state: resolution.state };

	return { response, resolution, overall: worst([response, resolution]), next };
}

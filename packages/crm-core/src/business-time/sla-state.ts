import { CrmError } from '../errors/crm-error.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { compileBusinessCalendar } from './compile-business-calendar.ts';
import { deadlineAfter } from './deadline-after.ts';
import { describeValue } from '../errors/describe-value.ts';
import { normalizePauses } from './normalize-pauses.ts';
import { type Instant, parseInstant } from './parse-instant.ts';
import { parseMinutes } from './parse-minutes.ts';
import { runningMsBetween } from './running-ms-between.ts';
import type { SlaPause } from './sla-pause.ts';
import { MINUTE_MS } from './time-span.ts';

/**
 * Open requests: ok → warning (from `warnAtPercent` of the target) → breached (after the deadline);
 * paused while an open pause stops the clock (unless already breached). Completed requests: met (at
 * or before the deadline) or missed.
 */
export type SlaStatus = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'missed';

export interface SlaStateInput {
	/** When the clock started (the request came in). */
	startedAt: Instant;
	/** The target in business minutes (response or resolution). */
	targetMinutes: number;
	now: Instant;
	calendar: BusinessCalendar;
	pauses?: readonly SlaPause[];
	/** Share of the target after which the request is in warning; 80 unless given, 0 < p ≤ 100. */
	warnAtPercent?: number;
	/** When the target was fulfilled (first response given, request resolved); the clock stops there. */
	completedAt?: Instant | null;
}

export interface SlaState {
	/** ISO UTC; null while an open pause stops the clock before the target is used up. */
	deadline: string | null;
	/** ISO UTC moment the warning starts; null like `deadline`. */
	warnAt: string | null;
	/** Business minutes used, up to completion or now. */
	elapsedMinutes: number;
	/** Target minus elapsed: negative once overrun (how far over, for "overdue by"). */
	remainingMinutes: number;
	/** Elapsed as a percentage of the target, unrounded; a target of 0 counts as 100 % used. */
	percentUsed: number;
	state: SlaStatus;
}

const DEFAULT_WARN_AT_PERCENT = 80;

/**
 * Where a request stands against one SLA target: what the Studio countdown colours and what the
 * escalation job acts on. States compare instants, not minutes: a deadline at Friday 17:00 is breached
 * on Saturday although no business minute has passed since.
 */
export function slaState(input: SlaStateInput): SlaState {
	const startedAt = parseInstant(input.startedAt, 'startedAt');
	const targetMs = parseMinutes(input.targetMinutes, 'targetMinutes');
	const now = parseInstant(input.now, 'now');
	const warnAtPercent = input.warnAtPercent ?? DEFAULT_WARN_AT_PERCENT;
	if (typeof warnAtPercent !== 'number') throw new CrmError('CRM_INVALID_TYPE', `"warnAtPercent" must be a number, got ${describeValue(warnAtPercent)}.`, { field: 'warnAtPercent' });
	if (!(warnAtPercent > 0 && warnAtPercent <= 100)) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"warnAtPercent" must be more than 0 and at most 100, got ${describeValue(warnAtPercent)}.`, { field: 'warnAtPercent' });
	}
	const completedAt = input.completedAt == null ? null : parseInstant(input.completedAt, 'completedAt');
	if (completedAt !== null && completedAt < startedAt) throw new CrmError('CRM_OUT_OF_RANGE', '"completedAt" lies before "startedAt".', { field: 'completedAt' });
	const calendar = compileBusinessCalendar(input.calendar);
	const pauses = normalizePauses(input.pauses);

	const deadline = deadlineAfter(calendar, pauses, startedAt, targetMs, 'calendar');
	const warnAt = deadlineAfter(calendar, pauses, startedAt, Math.round((targetMs * warnAtPercent) / 100), 'calendar');
	// A clock a little behind another instance's may read `now` before the start: nothing used yet.
	const end = completedAt ?? Math.max(now, startedAt);
	const elapsedMs = runningMsBetween(calendar, pauses, startedAt, end, completedAt === null ? 'now' : 'completedAt');

	return {
		deadline: deadline === null ? null : new Date(deadline).toISOString(),
		warnAt: warnAt === null ? null : new Date(warnAt).toISOString(),
		elapsedMinutes: elapsedMs / MINUTE_MS,
		remainingMinutes: (targetMs - elapsedMs) / MINUTE_MS,
		// One division of whole numbers rounds once: 40 of 60 minutes gives the double nearest 200/3, not 66.666…66.
		percentUsed: targetMs === 0 ? 100 : (elapsedMs * 100) / targetMs,
		state: statusOf(deadline, warnAt, now, completedAt, pauses.openFrom),
	};
}

function statusOf(deadline: number | null, warnAt: number | null, now: number, completedAt: number | null, openFrom: number | null): SlaStatus {
	// A null deadline means the clock stopped short of the target, so whatever completes then is in time.
	if (completedAt !== null) return deadline !== null && completedAt > deadline ? 'missed' : 'met';
	// Pausing an overdue request does not undo the breach.
	if (deadline !== null && now > deadline) return 'breached';
	if (openFrom !== null && openFrom <= now) return 'paused';
	if (warnAt !== null && now >= warnAt) return 'warning';
	return 'ok';
}

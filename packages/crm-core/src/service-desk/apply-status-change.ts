import { CrmError } from '../errors/crm-error.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { assertValidRequestClock } from './assert-valid-request-clock.ts';
import { toIsoInstant } from './desk-fields.ts';
import type { ClockPause, RequestClock } from './request-clock.ts';
import { assertStatusTransition, type RequestStatus } from './request-status.ts';

/** Moves that show the customer someone is on it: the first of them is the first response. */
const RESPONDING: readonly RequestStatus[] = ['in_progress', 'waiting_for_customer', 'resolved'];

/**
 * The clock after a request moves to `to` at `now` (a new object; `state` is left alone). Throws
 * CRM_INVALID_TRANSITION for a move assertStatusTransition refuses.
 * - waiting_for_customer opens a 'customer' pause; leaving it closes the pause.
 * - The first move to in_progress, waiting_for_customer or resolved is the first response; it stays
 *   set through reopening (the customer was answered once).
 * - resolved sets resolvedAt, closed sets closedAt.
 * - reopened clears both and records resolvedAt → now as a 'resolved' pause: the resolution clock
 *   did not run while the request was thought solved, and picks up where it stopped.
 */
export function applyStatusChange(state: RequestClock, to: RequestStatus, now: string): RequestClock {
	assertValidRequestClock(state, 'state');
	assertStatusTransition(state.status, to);
	const nowMs = parseInstant(now, 'now');
	const at = toIsoInstant(now, 'now');
	for (const pause of state.pauses) {
		// A pause that would end before it began means `now` comes from a clock behind the one that opened it.
		if (pause.to === null && nowMs < parseInstant(pause.from, 'pause.from')) {
			throw new CrmError('CRM_OUT_OF_RANGE', `"now" (${at}) lies before the open pause that began at ${pause.from}.`, { field: 'now' });
		}
	}

	let pauses: ClockPause[] = state.pauses.map((pause) => (pause.to === null && state.status === 'waiting_for_customer' && pause.kind === 'customer' ? { ...pause, to: at } : { ...pause }));
	let { firstResponseAt, resolvedAt, closedAt } = state;

	if (to === 'waiting_for_customer') pauses = [...pauses, { from: at, to: null, kind: 'customer' }];
	if (firstResponseAt === null && RESPONDING.includes(to)) firstResponseAt = at;
	if (to === 'resolved') resolvedAt = at;
	if (to === 'closed') closedAt = at;
	if (to === 'reopened') {
		if (resolvedAt !== null && nowMs < parseInstant(resolvedAt, 'state.resolvedAt')) {
			throw new CrmError('CRM_OUT_OF_RANGE', `"now" (${at}) lies before the resolution at ${resolvedAt}.`, { field: 'now' });
		}
		if (resolvedAt !== null) pauses = [...pauses, { from: resolvedAt, to: at, kind: 'resolved' }];
		resolvedAt = null;
		closedAt = null;
	}
	return { status: to, firstResponseAt, resolvedAt, closedAt, pauses };
}

import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';

/** The life of a service request. closed is final except for reopening. */
export const REQUEST_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_for_customer', 'resolved', 'closed', 'reopened'] as const;

export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses of a request still being worked: they count against its assignee's capacity and its SLA runs. */
export const OPEN_REQUEST_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_for_customer', 'reopened'] as const satisfies readonly RequestStatus[];

export function isOpenRequestStatus(value: unknown): boolean {
	return typeof value === 'string' && (OPEN_REQUEST_STATUSES as readonly string[]).includes(value);
}

/**
 * Why some moves are allowed:
 * - new → in_progress / waiting_for_customer / resolved: a specialist may pick up a request from the
 *   queue, ask the customer at once or solve it on first contact without assigning it first.
 * - assigned / in_progress → new / assigned: a request handed back to the queue or to someone else.
 * - closed only from resolved: a request is never closed without its resolution on record (resolvedAt
 *   feeds the resolution SLA and the survey).
 * - resolved and closed → reopened: the customer says the problem is back; reopened then works like
 *   assigned.
 */
const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
	new: ['assigned', 'in_progress', 'waiting_for_customer', 'resolved'],
	assigned: ['new', 'in_progress', 'waiting_for_customer', 'resolved'],
	in_progress: ['new', 'assigned', 'waiting_for_customer', 'resolved'],
	waiting_for_customer: ['assigned', 'in_progress', 'resolved'],
	resolved: ['closed', 'reopened'],
	closed: ['reopened'],
	reopened: ['assigned', 'in_progress', 'waiting_for_customer', 'resolved'],
};

export function isRequestStatus(value: unknown): value is RequestStatus {
	return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** The statuses a request may move to next, for the UI's buttons. */
export function nextRequestStatuses(status: RequestStatus): readonly RequestStatus[] {
	return REQUEST_TRANSITIONS[status] ?? [];
}

/**
 * Throws CRM_INVALID_TRANSITION (409) unless a request may move from `from` to `to`; the message and
 * details.allowed name the allowed next steps. A "move" to the same status is refused: it would hide
 * a caller that thinks something happened. Unknown statuses are CRM_INVALID_CHOICE.
 */
export function assertStatusTransition(from: RequestStatus, to: RequestStatus): void {
	if (!isRequestStatus(from) || !isRequestStatus(to)) {
		throw new CrmError('CRM_INVALID_CHOICE', `${describeValue(isRequestStatus(from) ? to : from)} is not a service request status; use one of ${REQUEST_STATUSES.join(', ')}.`, { field: 'status' });
	}
	const allowed = nextRequestStatuses(from);
	if (!allowed.includes(to)) {
		throw new CrmError('CRM_INVALID_TRANSITION', `A service request cannot go from "${from}" to "${to}"; allowed next steps: ${allowed.join(', ')}.`, { field: 'status', from, to, allowed });
	}
}

import { describe, expect, test } from 'vitest';
import { assertStatusTransition, nextRequestStatuses, REQUEST_STATUSES, type RequestStatus } from '../../../packages/crm-core/src/index.ts';
import { bad, expectCrmError, thrownBy } from './desk-fixtures.ts';

// The whole lifecycle, one row per status: where a request may go next.
const ALLOWED: Record<RequestStatus, RequestStatus[]> = {
	new: ['assigned', 'in_progress', 'waiting_for_customer', 'resolved'],
	assigned: ['new', 'in_progress', 'waiting_for_customer', 'resolved'],
	in_progress: ['new', 'assigned', 'waiting_for_customer', 'resolved'],
	waiting_for_customer: ['assigned', 'in_progress', 'resolved'],
	resolved: ['closed', 'reopened'],
	closed: ['reopened'],
	reopened: ['assigned', 'in_progress', 'waiting_for_customer', 'resolved'],
};

const pairs = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to): [RequestStatus, RequestStatus, boolean] => [from, to, ALLOWED[from].includes(to)]));

describe('assertStatusTransition', () => {
	test.each(pairs.filter(([, , allowed]) => allowed))('allows %s → %s', (from, to) => {
		expect(() => assertStatusTransition(from, to)).not.toThrow();
	});

	test.each(pairs.filter(([, , allowed]) => !allowed))('refuses %s → %s with CRM_INVALID_TRANSITION naming the allowed steps', (from, to) => {
		expect(thrownBy(() => assertStatusTransition(from, to))).toMatchObject({ name: 'CrmError', code: 'CRM_INVALID_TRANSITION', details: { field: 'status', from, to, allowed: ALLOWED[from] } });
	});

	test.each<[string, RequestStatus, RequestStatus]>([
		['closed → in_progress: a closed request must be reopened first', 'closed', 'in_progress'],
		['new → closed: nothing is closed without a resolution on record', 'new', 'closed'],
		['waiting_for_customer → closed', 'waiting_for_customer', 'closed'],
		['resolved → in_progress: work restarts through reopened', 'resolved', 'in_progress'],
		['a move to the same status', 'assigned', 'assigned'],
	])('says what to do instead for %s', (_, from, to) => {
		expect(() => assertStatusTransition(from, to)).toThrow(`A service request cannot go from "${from}" to "${to}"; allowed next steps: ${ALLOWED[from].join(', ')}.`);
	});

	test.each<[string, unknown, unknown]>([
		['an unknown target status', 'new', 'done'],
		['an unknown current status', 'open', 'new'],
		['no status', 'new', undefined],
	])('refuses %s with CRM_INVALID_CHOICE', (_, from, to) => expectCrmError(() => assertStatusTransition(bad(from), bad(to)), 'CRM_INVALID_CHOICE', 'status'));
});

describe('nextRequestStatuses', () => {
	test.each(REQUEST_STATUSES.map((status) => [status, ALLOWED[status]] as const))('lists the buttons for %s', (status, expected) => {
		expect(nextRequestStatuses(status)).toEqual(expected);
	});
});

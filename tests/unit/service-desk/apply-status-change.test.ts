import { describe, expect, test } from 'vitest';
import { applyStatusChange, type RequestClock, type RequestStatus } from '../../../packages/crm-core/src/index.ts';
import { bad, expectCrmError, freshClock } from './desk-fixtures.ts';

describe('applyStatusChange through a whole life', () => {
	// Each row moves the clock of the row before; the request waits for the customer once and is reopened once.
	const steps: [string, RequestStatus, string, RequestClock][] = [
		['assigning changes only the status', 'assigned', '2026-11-30T08:10:00Z', { status: 'assigned', firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] }],
		['starting work is the first response', 'in_progress', '2026-11-30T08:30:00Z', { status: 'in_progress', firstResponseAt: '2026-11-30T08:30:00.000Z', resolvedAt: null, closedAt: null, pauses: [] }],
		[
			'waiting for the customer opens a customer pause',
			'waiting_for_customer',
			'2026-11-30T10:00:00Z',
			{ status: 'waiting_for_customer', firstResponseAt: '2026-11-30T08:30:00.000Z', resolvedAt: null, closedAt: null, pauses: [{ from: '2026-11-30T10:00:00.000Z', to: null, kind: 'customer' }] },
		],
		[
			'the customer answering closes it',
			'in_progress',
			'2026-12-02T09:00:00Z',
			{ status: 'in_progress', firstResponseAt: '2026-11-30T08:30:00.000Z', resolvedAt: null, closedAt: null, pauses: [{ from: '2026-11-30T10:00:00.000Z', to: '2026-12-02T09:00:00.000Z', kind: 'customer' }] },
		],
		[
			'resolving sets resolvedAt',
			'resolved',
			'2026-12-02T12:00:00Z',
			{ status: 'resolved', firstResponseAt: '2026-11-30T08:30:00.000Z', resolvedAt: '2026-12-02T12:00:00.000Z', closedAt: null, pauses: [{ from: '2026-11-30T10:00:00.000Z', to: '2026-12-02T09:00:00.000Z', kind: 'customer' }] },
		],
		[
			'closing sets closedAt and keeps resolvedAt',
			'closed',
			'2026-12-03T08:00:00Z',
			{ status: 'closed', firstResponseAt: '2026-11-30T08:30:00.000Z', resolvedAt: '2026-12-02T12:00:00.000Z', closedAt: '2026-12-03T08:00:00.000Z', pauses: [{ from: '2026-11-30T10:00:00.000Z', to: '2026-12-02T09:00:00.000Z', kind: 'customer' }] },
		],
		[
			'reopening clears both and records resolved → reopened as a resolved pause',
			'reopened',
			'2026-12-04T09:00:00Z',
			{
				status: 'reopened',
				firstResponseAt: '2026-11-30T08:30:00.000Z',
				resolvedAt: null,
				closedAt: null,
				pauses: [
					{ from: '2026-11-30T10:00:00.000Z', to: '2026-12-02T09:00:00.000Z', kind: 'customer' },
					{ from: '2026-12-02T12:00:00.000Z', to: '2026-12-04T09:00:00.000Z', kind: 'resolved' },
				],
			},
		],
		[
			'working on it again keeps the first response',
			'in_progress',
			'2026-12-04T09:30:00Z',
			{
				status: 'in_progress',
				firstResponseAt: '2026-11-30T08:30:00.000Z',
				resolvedAt: null,
				closedAt: null,
				pauses: [
					{ from: '2026-11-30T10:00:00.000Z', to: '2026-12-02T09:00:00.000Z', kind: 'customer' },
					{ from: '2026-12-02T12:00:00.000Z', to: '2026-12-04T09:00:00.000Z', kind: 'resolved' },
				],
			},
		],
	];

	test('walks new → … → in_progress again, row by row', () => {
		let clock = freshClock();
		for (const [label, to, now, expected] of steps) {
			clock = applyStatusChange(clock, to, now);
			expect(clock, label).toEqual(expected);
		}
	});
});

describe('applyStatusChange straight from new', () => {
	test.each<[string, RequestStatus, Partial<RequestClock>]>([
		['asking the customer at once is the first response and a pause', 'waiting_for_customer', { firstResponseAt: '2026-11-30T08:00:00.000Z', pauses: [{ from: '2026-11-30T08:00:00.000Z', to: null, kind: 'customer' }] }],
		['solving on first contact is the first response and the resolution', 'resolved', { firstResponseAt: '2026-11-30T08:00:00.000Z', resolvedAt: '2026-11-30T08:00:00.000Z' }],
		['assigning is no response', 'assigned', {}],
	])('%s', (_, to, expected) => {
		expect(applyStatusChange(freshClock(), to, '2026-11-30T09:00:00+01:00')).toEqual(freshClock({ status: to, ...expected }));
	});

	test('resolving straight from waiting closes the pause', () => {
		const waiting = freshClock({ status: 'waiting_for_customer', firstResponseAt: '2026-11-30T08:00:00.000Z', pauses: [{ from: '2026-11-30T08:00:00.000Z', to: null, kind: 'customer' }] });
		expect(applyStatusChange(waiting, 'resolved', '2026-11-30T11:00:00Z')).toEqual({
			status: 'resolved',
			firstResponseAt: '2026-11-30T08:00:00.000Z',
			resolvedAt: '2026-11-30T11:00:00.000Z',
			closedAt: null,
			pauses: [{ from: '2026-11-30T08:00:00.000Z', to: '2026-11-30T11:00:00.000Z', kind: 'customer' }],
		});
	});

	test('leaves the given clock alone', () => {
		const waiting = freshClock({ status: 'waiting_for_customer', pauses: [{ from: '2026-11-30T08:00:00.000Z', to: null, kind: 'customer' }] });
		const copy = structuredClone(waiting);
		applyStatusChange(waiting, 'in_progress', '2026-11-30T09:00:00Z');
		expect(waiting).toEqual(copy);
	});
});

describe('applyStatusChange refuses', () => {
	const closed = freshClock({ status: 'closed', firstResponseAt: '2026-11-30T08:00:00.000Z', resolvedAt: '2026-11-30T09:00:00.000Z', closedAt: '2026-11-30T10:00:00.000Z' });
	const waiting = freshClock({ status: 'waiting_for_customer', pauses: [{ from: '2026-11-30T08:00:00.000Z', to: null, kind: 'customer' }] });
	test.each<[string, () => unknown, string, string]>([
		['closed → in_progress', () => applyStatusChange(closed, 'in_progress', '2026-12-01T08:00:00Z'), 'CRM_INVALID_TRANSITION', 'status'],
		['a reopening dated before the resolution', () => applyStatusChange(closed, 'reopened', '2026-11-30T08:30:00Z'), 'CRM_OUT_OF_RANGE', 'now'],
		['ending a pause before it began', () => applyStatusChange(waiting, 'in_progress', '2026-11-30T07:59:00Z'), 'CRM_OUT_OF_RANGE', 'now'],
		['a time without zone', () => applyStatusChange(freshClock(), 'assigned', '2026-11-30T08:00:00'), 'CRM_INVALID_FORMAT', 'now'],
		['an unknown status in the clock', () => applyStatusChange(freshClock({ status: bad('open') }), 'assigned', '2026-11-30T08:00:00Z'), 'CRM_INVALID_CHOICE', 'state.status'],
		['a pause of an unknown kind', () => applyStatusChange(freshClock({ pauses: [bad({ from: '2026-11-30T08:00:00Z', to: null, kind: 'holiday' })] }), 'assigned', '2026-11-30T09:00:00Z'), 'CRM_INVALID_CHOICE', 'state.pauses[0].kind'],
		['a pause ending before it starts', () => applyStatusChange(freshClock({ pauses: [{ from: '2026-11-30T08:00:00Z', to: '2026-11-30T07:00:00Z', kind: 'customer' }] }), 'assigned', '2026-11-30T09:00:00Z'), 'CRM_OUT_OF_RANGE', 'state.pauses[0].to'],
		['a forgotten firstResponseAt', () => applyStatusChange(freshClock({ firstResponseAt: bad(undefined) }), 'assigned', '2026-11-30T09:00:00Z'), 'CRM_REQUIRED_FIELD', 'state.firstResponseAt'],
	])('%s', (_, run, code, field) => expectCrmError(run, code, field));
});

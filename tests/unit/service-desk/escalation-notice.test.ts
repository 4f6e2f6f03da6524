import { describe, expect, test } from 'vitest';
import { escalationNotice } from '../../../packages/crm-core/src/service-desk/index.ts';

const request = { number: 'SR-2026-000007', subject: 'Pump leaks' };

describe('escalationNotice', () => {
	test('a response warning goes to the manager and the assignee, and moves nothing', () => {
		expect(escalationNotice({ target: 'response', level: 'warning' }, '2026-12-06T12:00:00.000Z', request, 'reassign', false)).toEqual({ detail: 'First response nearly due: deadline 2026-12-06T12:00:00.000Z.', subject: 'SLA warning on SR-2026-000007: Pump leaks', notifyAssignee: true, reroute: false });
	});

	test.each([
		['a breach in a team that reassigns moves the request', 'reassign', false, true],
		['but only once when both targets breach in one pass', 'reassign', true, false],
		['a team that only notifies keeps its assignee', 'notify', false, false],
	] as const)('%s', (_name, action, already, reroute) => {
		expect(escalationNotice({ target: 'resolution', level: 'breach' }, null, request, action, already)).toMatchObject({ detail: 'Resolution overdue: deadline paused.', notifyAssignee: false, reroute });
	});
});

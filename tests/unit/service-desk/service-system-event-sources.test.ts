import { describe, expect, test } from 'vitest';
import { type Row, SERVICE_SYSTEM_EVENT_SOURCES } from '../../../packages/crm-core/src/index.ts';

const source = SERVICE_SYSTEM_EVENT_SOURCES.find((s) => s.collection === 'crm_service_requests')!;
const request: Row = { number: 'SR-000012', subject: 'Printer jams', status: 'new', priority: 'high', assignee: null, customer: 'cust-1' };

describe('SERVICE_SYSTEM_EVENT_SOURCES', () => {
	test('watches status, priority and assignee of service requests', () => {
		expect(SERVICE_SYSTEM_EVENT_SOURCES.map((s) => [s.collection, s.watchedFields])).toEqual([['crm_service_requests', ['status', 'priority', 'assignee']]]);
	});

	test.each<[string, Row, string | null]>([
		['an id', request, 'cust-1'],
		['an expanded customer', { ...request, customer: { id: 'cust-2', name: 'ACME' } }, 'cust-2'],
		['no customer', { ...request, customer: null }, null],
	])('finds the customer from %s', (_, row, expected) => {
		expect(source.customerOf(row)).toBe(expected);
	});

	test.each<[string, Row, string]>([
		['with subject and priority', request, 'Service request SR-000012 opened: Printer jams (high)'],
		['without subject', { ...request, subject: '  ' }, 'Service request SR-000012 opened (high)'],
		['without priority', { ...request, priority: null }, 'Service request SR-000012 opened: Printer jams'],
	])('describes an opening %s', (_, row, expected) => {
		expect(source.describeCreate(row)).toBe(expected);
	});

	test.each<[string, Row, Row, string | null]>([
		['a status move', request, { ...request, status: 'in_progress' }, 'Service request SR-000012: new → in progress'],
		['waiting for the customer', { ...request, status: 'in_progress' }, { ...request, status: 'waiting_for_customer' }, 'Service request SR-000012: in progress → waiting for customer'],
		['assigning: the status says it all', request, { ...request, status: 'assigned', assignee: 'ann' }, 'Service request SR-000012: new → assigned'],
		['a priority change', request, { ...request, priority: 'urgent' }, 'Service request SR-000012: priority high → urgent'],
		['a new assignee', { ...request, status: 'assigned', assignee: 'ann' }, { ...request, status: 'assigned', assignee: 'bob' }, 'Service request SR-000012: reassigned'],
		['an expanded assignee that stays the same', { ...request, assignee: 'ann' }, { ...request, assignee: { id: 'ann', first_name: 'Ann' } }, null],
		['a first assignee without a status move', { ...request, status: 'in_progress' }, { ...request, status: 'in_progress', assignee: 'ann' }, 'Service request SR-000012: assigned'],
		['taking the assignee away', { ...request, status: 'assigned', assignee: 'ann' }, { ...request, status: 'new', assignee: null }, 'Service request SR-000012: assigned → new, unassigned'],
		['several changes at once', { ...request, status: 'assigned', assignee: 'ann' }, { ...request, status: 'in_progress', priority: 'urgent', assignee: 'bob' }, 'Service request SR-000012: assigned → in progress, priority high → urgent, reassigned'],
		['nothing watched changed', request, { ...request, subject: 'Printer jams again' }, null],
	])('describes %s', (_, before, after, expected) => {
		expect(source.describeChange(before, after)).toBe(expected);
	});
});

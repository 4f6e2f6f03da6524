import { describe, expect, test } from 'vitest';
import { buildSystemInteraction, contactEvents, customerEvents, toTimelineEntry } from '../../../packages/crm-core/src/index.ts';

const now = new Date('2026-11-26T12:00:00Z');

describe('buildSystemInteraction', () => {
	test('records a new customer with its status', () => {
		expect(buildSystemInteraction(customerEvents, 'c1', null, { id: 'c1', name: 'Acme', status: 'key' }, now)).toEqual({
			type: 'system',
			direction: 'internal',
			occurred_at: '2026-11-26T12:00:00.000Z',
			customer: 'c1',
			contact: null,
			subject: 'Customer "Acme" created (Key account)',
			related_collection: 'crm_customers',
			related_key: 'c1',
		});
	});

	test('records a status change and an owner change together', () => {
		const draft = buildSystemInteraction(customerEvents, 'c1', { id: 'c1', status: 'prospect', owner: 'r1' }, { id: 'c1', status: 'active', owner: 'r2' }, now);
		expect(draft?.subject).toBe('Customer status Prospect → Active, owner reassigned');
	});

	test('records nothing when no watched field changed', () => {
		expect(buildSystemInteraction(customerEvents, 'c1', { id: 'c1', status: 'active', phone: '1' }, { id: 'c1', status: 'active', phone: '2' }, now)).toBeNull();
	});

	test("links a new contact to its customer's timeline", () => {
		const draft = buildSystemInteraction(contactEvents, 'p1', null, { id: 'p1', customer: 'c1', first_name: 'Ada', last_name: 'Lovelace', position: null }, now);
		expect([draft?.customer, draft?.contact, draft?.subject]).toEqual(['c1', 'p1', 'Contact Ada Lovelace added']);
	});

	test('records a withdrawn marketing consent', () => {
		const draft = buildSystemInteraction(contactEvents, 'p1', { id: 'p1', customer: 'c1', first_name: 'Ada', marketing_consent: true }, { id: 'p1', customer: 'c1', first_name: 'Ada', marketing_consent: false }, now);
		expect(draft?.subject).toBe('Contact Ada withdrew marketing consent');
	});
});

describe('toTimelineEntry', () => {
	test('names the contact and the rep', () => {
		expect(
			toTimelineEntry({ id: 'i1', type: 'call', direction: 'outbound', occurred_at: '2026-01-01T10:00:00.000Z', subject: 'Hi', outcome: null, next_step_date: '2026-01-05', contact: { id: 'p1', first_name: 'Ada', last_name: null }, rep: { id: 'r1', name: 'Rita Rep' }, related_collection: null, related_key: null }),
		).toEqual({ id: 'i1', type: 'call', direction: 'outbound', occurred_at: '2026-01-01T10:00:00.000Z', subject: 'Hi', outcome: null, next_step_date: '2026-01-05', contact: { id: 'p1', name: 'Ada' }, rep: { id: 'r1', name: 'Rita Rep' }, related_collection: null, related_key: null });
	});

	test("leaves out the rep's notes, follow-up and authorship when the caller may not read them", () => {
		const entry = toTimelineEntry({ id: 'i2', type: 'system', direction: 'internal', occurred_at: '2026-01-01T10:00:00.000Z', subject: 'Order SO-1 created', contact: null, related_collection: 'crm_orders', related_key: 'o1' });
		expect(Object.keys(entry).sort()).toEqual(['contact', 'direction', 'id', 'occurred_at', 'related_collection', 'related_key', 'subject', 'type']);
	});
});

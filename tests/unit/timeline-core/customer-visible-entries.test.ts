import { describe, expect, test } from 'vitest';
import { customerVisibleInteractionsFilter, isCustomerVisible } from '../../../packages/crm-core/src/index.ts';

describe('what a customer sees of their timeline', () => {
	test.each([
		['an e-mail the rep sent them', 'email', 'outbound', null, true],
		['a letter they sent', 'letter', 'inbound', null, true],
		['a portal message', 'portal', 'inbound', null, true],
		['a chat with them', 'chat', 'outbound', null, true],
		['an e-mail between colleagues about them', 'email', 'internal', null, false],
		["the rep's call notes", 'call', 'outbound', null, false],
		['a meeting', 'meeting', 'inbound', null, false],
		['a visit', 'visit', 'outbound', null, false],
		['their order changing status', 'system', 'internal', 'crm_orders', true],
		['a delivery posted', 'system', 'internal', 'crm_shipments', true],
		['an invoice issued', 'system', 'internal', 'crm_invoices', true],
		['a payment received', 'system', 'internal', 'crm_payments', true],
		['their service request moving on', 'system', 'internal', 'crm_service_requests', true],
		['their request reassigned to another specialist', 'system', 'internal', 'crm_service_requests', false, 'Service request SR-2026-000001: reassigned'],
		['the desk re-routing their request on an absence', 'system', 'internal', 'crm_service_requests', false, 'Service request SR-2026-000001: assigned (specialist absent)'],
		['a proposal being prepared', 'system', 'internal', 'crm_quotes', false],
		['their account handed to another rep', 'system', 'internal', 'crm_customers', false],
		['a contact added', 'system', 'internal', 'crm_contacts', false],
		['a system entry about nothing', 'system', 'internal', null, false],
	])('%s', (_what, type, direction, related_collection, visible, subject = 'Order SO-2026-000001 created') => {
		expect(isCustomerVisible({ type, direction, related_collection, subject })).toBe(visible);
	});

	test('the portal policy filter names the same kinds of entry', () => {
		expect(customerVisibleInteractionsFilter()).toEqual({
			_or: [
				{ _and: [{ type: { _in: ['email', 'letter', 'chat', 'portal'] } }, { direction: { _in: ['inbound', 'outbound'] } }] },
				{
					_and: [
						{ type: { _eq: 'system' } },
						{ related_collection: { _in: ['crm_orders', 'crm_shipments', 'crm_invoices', 'crm_payments', 'crm_service_requests'] } },
						{ _or: [{ related_collection: { _neq: 'crm_service_requests' } }, { _and: [{ subject: { _ncontains: 'assigned' } }, { subject: { _ncontains: 'specialist absent' } }, { subject: { _ncontains: 'SLA breach' } }] }] },
					],
				},
			],
		});
	});
});

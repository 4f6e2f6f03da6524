import { describe, expect, test } from 'vitest';
import { assertValidInteraction, type InteractionFacts } from '../../../packages/crm-core/src/index.ts';

const now = new Date('2026-11-26T12:00:00Z');
const base: InteractionFacts = { type: 'call', customer: 'c1', contact: null, occurredAt: '2026-11-26T11:00:00Z', bySystem: false, typeTouched: true, now };

function codeOf(overrides: Partial<InteractionFacts>): string {
	try {
		assertValidInteraction({ ...base, ...overrides });
		return 'ok';
	} catch (e) {
		return (e as { code: string }).code;
	}
}

describe('assertValidInteraction', () => {
	test.each([
		['a call with customer, no contact', {}, 'ok'],
		['no customer', { customer: null }, 'CRM_REQUIRED_FIELD'],
		['a contact of the same customer', { contact: 'p1', contactCustomer: 'c1' }, 'ok'],
		["another customer's contact", { contact: 'p1', contactCustomer: 'c2' }, 'CRM_CONTACT_CUSTOMER_MISMATCH'],
		['23 hours ahead', { occurredAt: '2026-11-27T11:00:00Z' }, 'ok'],
		['25 hours ahead', { occurredAt: '2026-11-27T13:00:00Z' }, 'CRM_OCCURRED_IN_FUTURE'],
		['a system entry from a client', { type: 'system' }, 'CRM_SYSTEM_INTERACTION_READONLY'],
		['a system entry from the CRM', { type: 'system', bySystem: true }, 'ok'],
		['an update leaving a system type alone', { type: 'system', typeTouched: false }, 'ok'],
		['a stricter future limit', { occurredAt: '2026-11-26T13:00:00Z', maxFutureMs: 30 * 60_000 }, 'CRM_OCCURRED_IN_FUTURE'],
	] as [string, Partial<InteractionFacts>, string][])('%s → %s', (_name, overrides, code) => {
		expect(codeOf(overrides)).toBe(code);
	});
});

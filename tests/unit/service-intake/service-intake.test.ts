import { describe, expect, test } from 'vitest';
import type { ServiceContractTerms, ServiceMapTerms } from '../../../packages/crm-core/src/service-desk/index.ts';
import { classifyIntake, composeNewRequest, type IntakeFacts, manualIntakeDecision, parseIntakeRequest, resolveRequestTerms, statusAfterRouting } from '../../../packages/crm-core/src/service-intake/index.ts';
import { domainFailure } from '../domain-failure.ts';
import { rule, specialist } from '../service-routing/routing-fixtures.ts';

const request = (r: Record<string, unknown> = {}) => parseIntakeRequest({ customer: 'c1', subject: 'Refund please', ...r });
const facts = (f: Partial<IntakeFacts> = {}): IntakeFacts => ({
	customer: { status: 'key', dedicatedSpecialistId: 'dee' },
	productGroupIds: [],
	rules: [rule({ code: 'REFUND', match: { keywordsAny: ['refund'] }, set: { priority: 'high' } }), rule({ code: 'ALL', priority: 200 })],
	ruleTeams: new Map([
		['refund', 'billing'],
		['all', 'general'],
	]),
	knownSkills: new Set(['BILLING']),
	...f,
});
const map = (steps: string[]): { terms: ServiceMapTerms; warnAtPercent: Map<string, number> } => ({
	terms: { id: 'map-key', name: 'Key', customerStatus: 'key', calendarId: null, targets: [{ priority: 'high', responseMinutes: 60, resolutionMinutes: 480 }], steps: steps.map((kind, i) => ({ id: `s${i}`, sort: i, kind: kind as never, name: kind, targetMinutes: null })) },
	warnAtPercent: new Map([['high', 75]]),
});
const contract: ServiceContractTerms = { id: 'sc1', code: 'SC-0001', level: 'premium', active: true, validFrom: null, validTo: null, coveredProductIds: [], coveredProductGroupIds: [], coveredCategoryIds: [], targets: [{ priority: 'high', responseMinutes: 30, resolutionMinutes: 240 }], calendarId: 'cal' };

describe('reading and classifying a new request', () => {
	test.each([
		['a request created past "new"', { status: 'assigned' }, ['CRM_INVALID_TRANSITION', 'status']],
		['a request without a customer', { customer: null }, ['CRM_REQUIRED_FIELD', 'customer']],
	])('refuses %s', (_label, input, expected) => {
		expect(domainFailure(() => request(input))).toEqual(expected);
	});

	test('the first matching rule that names a team gives it; the rules decide the priority; the channel defaults to portal', () => {
		const intake = classifyIntake(request(), facts());
		expect([intake.classified.priority, intake.teamId, intake.teamSource, intake.customerStatus, request().channel]).toEqual(['high', 'billing', 'REFUND', 'key', 'portal']);
	});

	test('what the request names wins: its team and its skills', () => {
		const intake = classifyIntake(request({ team: 'vip', required_skills: [{ skill: 'BILLING', min_level: 3 }] }), facts());
		expect([intake.teamId, intake.teamSource, intake.requiredSkills]).toEqual(['vip', 'request', [{ skillId: 'BILLING', minLevel: 3 }]]);
	});

	test.each([
		['an unknown customer', request(), facts({ customer: null }), ['CRM_REFERENCE_NOT_FOUND', 'customer']],
		['a contact of another customer', request({ contact: 'k1' }), facts({ contactCustomerId: 'c2' }), ['CRM_CONTACT_CUSTOMER_MISMATCH', 'contact']],
		['an order that does not exist', request({ order: 'o1' }), facts({ orderCustomerId: null }), ['CRM_REFERENCE_NOT_FOUND', 'order']],
		['an order of another customer', request({ order: 'o1' }), facts({ orderCustomerId: 'c2' }), ['CRM_DOCUMENT_MISMATCH', 'order']],
		['a skill nobody has', request({ required_skills: [{ skill: 'DIVING' }] }), facts(), ['CRM_REFERENCE_NOT_FOUND', 'required_skills']],
		['a skill level out of range', request({ required_skills: [{ skill: 'BILLING', min_level: 9 }] }), facts(), ['CRM_OUT_OF_RANGE', 'required_skills[0].min_level']],
	])('refuses %s', (_label, r, f, expected) => {
		expect(domainFailure(() => classifyIntake(r, f))).toEqual(expected);
	});
});

describe('the terms a request is held to', () => {
	const on = (contracts: { terms: ServiceContractTerms; warnAtPercent: Map<string, number> }[], m: ReturnType<typeof map> | null) => resolveRequestTerms({ contracts, map: m, priority: 'high', day: '2026-05-04', productId: null, productGroupIds: [], categoryId: null });

	test('the service map of the customer\'s status, with its warn share; its dedicated-engineer step sends the request to that engineer first', () => {
		const terms = on([], map(['first_response', 'dedicated_engineer']));
		expect([terms.targets.source, terms.serviceMapId, terms.contractId, terms.warnAtPercent, terms.dedicatedEngineerFirst, terms.targets.responseMinutes]).toEqual(['service_map', 'map-key', null, 75, true, 60]);
	});

	test('a covering contract wins over the map, warns at 80 % unless it says otherwise, and never calls the dedicated engineer', () => {
		const terms = on([{ terms: contract, warnAtPercent: new Map() }], map(['dedicated_engineer']));
		expect([terms.targets.source, terms.contractId, terms.serviceMapId, terms.warnAtPercent, terms.dedicatedEngineerFirst, terms.targets.responseMinutes]).toEqual(['contract', 'sc1', null, 80, false, 30]);
	});
});

describe('the request as stored and its decision', () => {
	const intake = classifyIntake(request(), facts());
	const terms = resolveRequestTerms({ contracts: [], map: map([]), priority: 'high', day: '2026-05-04', productId: null, productGroupIds: [], categoryId: null });

	test('an assignee without a team of the request brings their first team, and the request is assigned', () => {
		const noTeam = { ...intake, teamId: null };
		const decision = { kind: 'intake' as const, assignee: 'ann', queue: null, summary: 'ann has room', classification: null, explanation: null };
		const { fields, status } = composeNewRequest({ intake: noTeam, terms, decision, specialists: [specialist({ id: 'ann', teamIds: ['support', 'billing'] })], channel: 'email' });
		expect([status, fields['team'], fields['assignee'], fields['priority'], fields['sla_source'], fields['service_map'], fields['warn_at_percent'], fields['channel']]).toEqual(['assigned', 'support', 'ann', 'high', 'service_map', 'map-key', 75, 'email']);
	});

	test('an assignee named by the client is a decision by hand, and must exist', () => {
		expect(manualIntakeDecision('ann', new Map([['ann', 'Ann Lee']]), '{}')).toEqual({ kind: 'manual', assignee: 'ann', queue: null, summary: 'Assigned by hand to Ann Lee when the request was created.', classification: '{}', explanation: null });
		expect(domainFailure(() => manualIntakeDecision('bob', new Map(), '{}'))).toEqual(['CRM_REFERENCE_NOT_FOUND', 'assignee']);
	});

	test.each([
		['new', 'ann', 'assigned'],
		['new', null, 'new'],
		['assigned', null, 'new'],
		['assigned', 'bob', 'assigned'],
		['in_progress', null, 'in_progress'],
		['waiting_for_customer', 'bob', 'waiting_for_customer'],
	] as const)('re-routing a %s request to %s leaves it %s', (status, assignee, expected) => {
		expect(statusAfterRouting(status, assignee)).toBe(expected);
	});
});

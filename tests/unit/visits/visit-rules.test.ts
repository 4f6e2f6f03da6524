import { describe, expect, test } from 'vitest';
import { assertVisitPlanValid, calendarWeekOf, type VisitPlanFacts } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';

const rita = { id: 'rep-rita', name: 'Rita', userId: 'user-rita', teamManagerId: 'user-mona' };
const own = { customerId: 'c1', customerName: 'Acme', ownerRepId: 'rep-rita' };
const other = { customerId: 'c2', customerName: 'Globex', ownerRepId: 'rep-otto' };
const base: VisitPlanFacts = { caller: { admin: false, userId: 'user-rita' }, rep: rita, day: '2026-12-08', status: 'draft', clashingPlanId: null, stops: [own] };

describe('assertVisitPlanValid: one plan per rep and day, each customer once, own customers unless manager', () => {
	test.each([
		['a rep plans their own customers', {}],
		['the manager plans another rep\'s customer for the rep', { caller: { admin: false, userId: 'user-mona' }, stops: [own, other] }],
		['an administrator plans anything', { caller: { admin: true, userId: null }, stops: [other] }],
		['a plan without stops yet', { stops: [] }],
	] as [string, Partial<VisitPlanFacts>][])('accepts %s', (_, change) => {
		expect(domainFailure(() => assertVisitPlanValid({ ...base, ...change }))).toBeNull();
	});

	test.each([
		['no rep', { rep: null }, 'CRM_VISIT_PLAN_INVALID', 'rep'],
		['a day that does not exist', { day: '2026-02-30' }, 'CRM_VISIT_PLAN_INVALID', 'day'],
		['an unknown status', { status: 'cancelled' }, 'CRM_VISIT_PLAN_INVALID', 'status'],
		['a second plan of the rep on the day', { clashingPlanId: 'plan-1' }, 'CRM_VISIT_PLAN_INVALID', 'day'],
		['a customer twice', { stops: [own, own] }, 'CRM_VISIT_PLAN_INVALID', 'customer'],
		['a rep planning another rep\'s customer', { stops: [own, other] }, 'CRM_VISIT_PLAN_FORBIDDEN', 'customer'],
		['a rep planning another rep\'s day', { caller: { admin: false, userId: 'user-otto' } }, 'CRM_VISIT_PLAN_FORBIDDEN', 'rep'],
	] as [string, Partial<VisitPlanFacts>, string, string][])('refuses %s', (_, change, code, field) => {
		expect(domainFailure(() => assertVisitPlanValid({ ...base, ...change }))).toEqual([code, field]);
	});
});

describe('calendarWeekOf: Monday to Sunday, numbered by the year of its Thursday', () => {
	test.each([
		['2026-12-07', '2026-W50', '2026-12-07', '2026-12-13'],
		['2026-12-13', '2026-W50', '2026-12-07', '2026-12-13'],
		['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
		['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
		['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
		['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
	])('%s is in %s (%s to %s)', (day, label, monday, sunday) => {
		expect(calendarWeekOf(day)).toEqual({ label, monday, sunday });
	});
});

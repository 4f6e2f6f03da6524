import { describe, expect, test } from 'vitest';
import { assertCommissionPlanValid, type CommissionPlan } from '../../../packages/crm-core/src/commissions/index.ts';
import { domainFailure } from '../domain-failure.ts';

const FLAT: CommissionPlan = { basis: 'revenue', rateBp: 500, tiers: [], capMinor: null, targetMinor: null };
const TIERED: CommissionPlan = { ...FLAT, targetMinor: 100_000, tiers: [{ fromAttainmentBp: 10_000, rateBp: 750 }, { fromAttainmentBp: 15_000, rateBp: 1000 }] };

describe('assertCommissionPlanValid: a plan that can compute a commission', () => {
	test.each([
		['a flat 5 % on revenue', FLAT],
		['a margin plan with a cap', { ...FLAT, basis: 'margin', capMinor: 500_000 }],
		['a cap of zero (a rep on leave earns nothing)', { ...FLAT, capMinor: 0 }],
		['a target without tiers, for attainment only', { ...FLAT, targetMinor: 1_000_000 }],
		['two tiers above target', TIERED],
		['rates at both ends of the range: 0 and 1000 %', { ...FLAT, rateBp: 0, targetMinor: 100, tiers: [{ fromAttainmentBp: 1, rateBp: 100_000 }] }],
	] as [string, CommissionPlan][])('accepts %s', (_, plan) => {
		expect(domainFailure(() => assertCommissionPlanValid(plan))).toBeNull();
	});

	test.each([
		['refuses tiers in the wrong order', { ...TIERED, tiers: [{ fromAttainmentBp: 15_000, rateBp: 1000 }, { fromAttainmentBp: 10_000, rateBp: 750 }] }, 'tiers[1].fromAttainmentBp'],
		['refuses two tiers starting at the same attainment', { ...TIERED, tiers: [{ fromAttainmentBp: 10_000, rateBp: 750 }, { fromAttainmentBp: 10_000, rateBp: 1000 }] }, 'tiers[1].fromAttainmentBp'],
		['refuses tiers without a target', { ...TIERED, targetMinor: null }, 'targetMinor'],
		['refuses a target of zero', { ...FLAT, targetMinor: 0 }, 'targetMinor'],
		['refuses a tier starting at 0 % of target', { ...TIERED, tiers: [{ fromAttainmentBp: 0, rateBp: 750 }] }, 'tiers[0].fromAttainmentBp'],
		['refuses a rate above 1000 %', { ...FLAT, rateBp: 100_001 }, 'rateBp'],
		['refuses a negative rate', { ...FLAT, rateBp: -1 }, 'rateBp'],
		['refuses a rate in fractions of a basis point', { ...FLAT, rateBp: 2.5 }, 'rateBp'],
		['refuses a tier rate above 1000 %', { ...TIERED, tiers: [{ fromAttainmentBp: 10_000, rateBp: 100_001 }] }, 'tiers[0].rateBp'],
		['refuses a negative cap', { ...FLAT, capMinor: -1 }, 'capMinor'],
		['refuses a basis other than revenue or margin', { ...FLAT, basis: 'profit' }, 'basis'],
	] as [string, CommissionPlan, string][])('%s', (_, plan, field) => {
		expect(domainFailure(() => assertCommissionPlanValid(plan))).toEqual(['CRM_COMMISSION_PLAN_INVALID', field]);
	});
});

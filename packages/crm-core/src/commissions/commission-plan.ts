import { CrmError } from '../errors/crm-error.ts';

/** What a plan pays on: the revenue of paid invoices, or their margin. */
export type CommissionBasis = 'revenue' | 'margin';

/** A higher rate for the part of the period's basis above a share of target: { fromAttainmentBp: 10000, rateBp: 750 } pays 7.5 % above 100 % of target. */
export interface CommissionTier {
	fromAttainmentBp: number;
	rateBp: number;
}

export interface CommissionPlan {
	basis: CommissionBasis;
	/** The rate below the first tier (of all the basis without tiers), in basis points. */
	rateBp: number;
	/** Marginal rates like tax brackets, strictly ascending by fromAttainmentBp; empty for a flat rate. */
	tiers: readonly CommissionTier[];
	/** The most a rep earns in one period, in minor units; null = no cap. */
	capMinor: number | null;
	/** The period's target, in minor units of the basis; attainment is measured against it. Null = no attainment, and then no tiers. */
	targetMinor: number | null;
}

/** 100000 bp = 1000 %: generous enough for any real plan, small enough to catch a rate typed in hundredths of a basis point. */
export const MAX_COMMISSION_RATE_BP = 100_000;

const isRate = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COMMISSION_RATE_BP;

function invalid(field: string, message: string): CrmError {
	return new CrmError('CRM_COMMISSION_PLAN_INVALID', message, { field });
}

/** Throws CRM_COMMISSION_PLAN_INVALID, naming the field to fix, unless `plan` can compute a commission. */
export function assertCommissionPlanValid(plan: CommissionPlan): void {
	if (plan.basis !== 'revenue' && plan.basis !== 'margin') throw invalid('basis', `A commission plan pays on "revenue" or "margin", got ${JSON.stringify(plan.basis)}.`);
	if (!isRate(plan.rateBp)) throw invalid('rateBp', `The commission rate must be a whole number of basis points from 0 to ${MAX_COMMISSION_RATE_BP} (500 = 5 %), got ${JSON.stringify(plan.rateBp)}.`);
	if (plan.capMinor !== null && !(Number.isSafeInteger(plan.capMinor) && plan.capMinor >= 0)) {
		throw invalid('capMinor', `The cap must be a whole number of minor units ≥ 0 (or null for no cap), got ${JSON.stringify(plan.capMinor)}.`);
	}
	if (plan.targetMinor !== null && !(Number.isSafeInteger(plan.targetMinor) && plan.targetMinor > 0)) {
		throw invalid('targetMinor', `The target must be a whole number of minor units above 0 (or null for no target), got ${JSON.stringify(plan.targetMinor)}.`);
	}
	if (!Array.isArray(plan.tiers)) throw invalid('tiers', 'The tiers must be a list (empty for a flat rate).');
	if (plan.tiers.length > 0 && plan.targetMinor === null) throw invalid('targetMinor', 'Tiers start at a share of target: give the plan a target above 0, or remove the tiers.');
	plan.tiers.forEach((tier, i) => {
		const from = tier.fromAttainmentBp;
		if (!(Number.isSafeInteger(from) && from > 0)) throw invalid(`tiers[${i}].fromAttainmentBp`, `Tier ${i + 1} must start at a share of target above 0, in basis points (10000 = 100 %), got ${JSON.stringify(from)}.`);
		if (!isRate(tier.rateBp)) throw invalid(`tiers[${i}].rateBp`, `Tier ${i + 1}'s rate must be a whole number of basis points from 0 to ${MAX_COMMISSION_RATE_BP} (750 = 7.5 %), got ${JSON.stringify(tier.rateBp)}.`);
		const previous = plan.tiers[i - 1];
		if (previous !== undefined && from <= previous.fromAttainmentBp) {
			throw invalid(`tiers[${i}].fromAttainmentBp`, `Tiers must be in strictly ascending order of attainment: tier ${i + 1} starts at ${from} bp, not above tier ${i}'s ${previous.fromAttainmentBp} bp.`);
		}
	});
}

import { CrmError } from '../errors/crm-error.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import type { PriceList } from './price-list.ts';
import { roundToStep } from './round-to-step.ts';

/** The part of a price list that says how it turns its parent's price into its own. */
export type PriceDerivation = Pick<PriceList, 'id' | 'derivationBp' | 'roundingStep' | 'roundingMode'>;

export const MIN_DERIVATION_BP = -9_999;
export const MAX_DERIVATION_BP = 100_000;

/**
 * A derived list's price from its parent's: `parent × (10 000 + bp) / 10 000`, rounded half-up to a
 * minor unit (as `applyBasisPoints` does), then to the list's rounding step with the list's mode.
 * The two roundings are deliberate: the first gives the exact markup price a person would compute,
 * the second turns it into the list's price point (12.35 → 12.40).
 */
export function derivePrice(parentUnitPrice: number, derivation: PriceDerivation): number {
	const bp = derivation.derivationBp ?? 0;
	// Stored data is checked on write, but a bad row must fail loudly here rather than price wrongly.
	if (!Number.isSafeInteger(bp) || bp < MIN_DERIVATION_BP || bp > MAX_DERIVATION_BP) {
		throw new CrmError('CRM_PRICE_LIST_INVALID', `Price list "${derivation.id}" has a derivation of ${bp} basis points; allowed are whole numbers from ${MIN_DERIVATION_BP} to ${MAX_DERIVATION_BP}.`, { priceListId: derivation.id, field: 'derivationBp' });
	}
	const step = derivation.roundingStep;
	if (step !== null && (!Number.isSafeInteger(step) || step < 1)) {
		throw new CrmError('CRM_PRICE_LIST_INVALID', `Price list "${derivation.id}" has a rounding step of ${step}; it must be a whole number of minor units, at least 1.`, { priceListId: derivation.id, field: 'roundingStep' });
	}

	const marked = Number(divideAndRound(BigInt(parentUnitPrice) * BigInt(10_000 + bp), 10_000n, 'half-up'));
	return step === null ? marked : roundToStep(marked, step, derivation.roundingMode);
}

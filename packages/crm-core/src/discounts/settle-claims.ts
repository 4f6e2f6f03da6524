import { CrmError } from '../errors/crm-error.ts';
import type { ClaimOutcome } from './plan-claims.ts';
import type { CodeOutcome } from './pricing-result.ts';

const INVALID_CODE_OUTCOMES = new Set(['unknown', 'inactive', 'expired', 'not_started', 'other_customer']);

/** How often an order is priced again when automatic offers run out under it before it gives up. */
export const MAX_REPRICINGS = 3;

/** CRM_PROMO_CODE_EXHAUSTED naming the codes. */
export function codesExhausted(codes: readonly string[]): CrmError {
	return new CrmError('CRM_PROMO_CODE_EXHAUSTED', `Promo code ${codes.join(', ')} has no uses left (another order may have just taken the last one). Remove it and save again.`, { field: 'promo_codes', codes: [...codes] });
}

/** A document's entered codes must all be usable: CRM_PROMO_CODE_INVALID for unknown, inactive, expired, not started or someone else's; CRM_PROMO_CODE_EXHAUSTED for used-up ones. */
export function assertCodesUsable(codes: readonly CodeOutcome[]): void {
	const invalid = codes.filter((c) => INVALID_CODE_OUTCOMES.has(c.outcome));
	if (invalid.length) throw new CrmError('CRM_PROMO_CODE_INVALID', invalid.map((c) => `${c.code}: ${c.detail}`).join(' '), { field: 'promo_codes', codes: invalid.map((c) => ({ code: c.code, outcome: c.outcome })) });
	const exhausted = codes.filter((c) => c.outcome === 'exhausted');
	if (exhausted.length) throw codesExhausted(exhausted.map((c) => c.code));
}

/**
 * M3.1 — what an order does when its claims did not fit: a code that ran out stops the save (the customer
 * must drop it); an automatic offer that ran out is priced away — the order is priced again without it,
 * at most MAX_REPRICINGS times. Returns the offers to price without, or null when the claims fit.
 */
export function offersToPriceWithout(outcome: ClaimOutcome, codes: readonly CodeOutcome[], withoutSoFar: ReadonlySet<string>, attempt: number): Set<string> | null {
	if (outcome.exhaustedCodes.length) throw codesExhausted(codes.filter((c) => outcome.exhaustedCodes.includes(c.promoCodeId ?? '')).map((c) => c.code));
	if (outcome.exhaustedOffers.length === 0) return null;
	if (attempt >= MAX_REPRICINGS) throw new CrmError('CRM_PROMO_CODE_EXHAUSTED', 'Special offers ran out while the order was being priced; save it again.', { field: 'promo_codes' });
	return new Set([...withoutSoFar, ...outcome.exhaustedOffers]);
}

/**
 * An order made from an accepted proposal keeps its prices: its claims must fit as they are. A used-up
 * code is named; an offer used up since the proposal makes the order impossible at these prices.
 */
export function assertFrozenClaimsFit(outcome: ClaimOutcome, codes: readonly { id: string; code: string }[]): void {
	if (!outcome.exhaustedCodes.length && !outcome.exhaustedOffers.length) return;
	const names = codes.filter((c) => outcome.exhaustedCodes.includes(c.id)).map((c) => c.code);
	throw names.length ? codesExhausted(names) : new CrmError('CRM_PROMO_CODE_EXHAUSTED', 'A special offer of the accepted proposal has been used up since; the proposal cannot become an order at these prices.', { field: 'promo_codes' });
}

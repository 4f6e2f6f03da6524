import { normalizePromoCode } from './normalize-promo-code.ts';
import type { PromoCode } from './promo-code.ts';
import type { CodeOutcome } from './pricing-result.ts';

/** The basket's codes after checking each one on its own; `unlocking` is settled again once the rules have run. */
export interface PromoCodeBook {
	/** One per distinct entered code, in the order entered. */
	outcomes: CodeOutcome[];
	/** Per offer, the code that unlocks its `requiresCode` rules: the first accepted one entered. */
	unlocking: Map<string, CodeOutcome>;
	/** Per offer, every entered code that exists, whatever came of it (to say why a rule's code is missing). */
	enteredByOffer: Map<string, CodeOutcome[]>;
}

type Verdict = Pick<CodeOutcome, 'outcome' | 'detail'>;

function usesWord(count: number): string {
	return count === 1 ? '1 time' : `${count} times`;
}

/** Why a code has no use left for this customer, or null while it has. */
export function promoCodeExhaustion(code: PromoCode): Verdict | null {
	const limitReached = code.maxUses !== null && code.uses >= code.maxUses;
	switch (code.kind) {
		case 'single_use':
			return code.uses >= 1 ? { outcome: 'exhausted', detail: 'the single-use code has already been used' } : null;
		case 'multi_use':
			return limitReached ? { outcome: 'exhausted', detail: `the code has been used ${usesWord(code.uses)}, its limit is ${code.maxUses}` } : null;
		case 'per_customer':
			if (code.customerUses >= 1) return { outcome: 'exhausted', detail: 'the customer has already used this code' };
			return limitReached ? { outcome: 'exhausted', detail: `the code has been used ${usesWord(code.uses)}, its limit is ${code.maxUses}` } : null;
	}
}

/** Checked in this order; the first that fails is the code's outcome. */
function judge(code: PromoCode, date: string, customerId: string): Verdict {
	if (!code.active) return { outcome: 'inactive', detail: 'the code is switched off' };
	if (code.validFrom !== null && date < code.validFrom) return { outcome: 'not_started', detail: `the code is valid from ${code.validFrom}` };
	if (code.validTo !== null && date > code.validTo) return { outcome: 'expired', detail: `the code expired on ${code.validTo}` };
	if (code.customerId !== null && code.customerId !== customerId) return { outcome: 'other_customer', detail: `the code is for customer ${code.customerId}` };
	return promoCodeExhaustion(code) ?? { outcome: 'accepted', detail: 'the code is valid' };
}

/** Codes are trimmed and upper-cased, repeated and empty ones ignored; each is judged on its own. */
export function evaluatePromoCodes(entered: readonly string[], promoCodes: readonly PromoCode[], date: string, customerId: string): PromoCodeBook {
	const known = new Map(promoCodes.map((code) => [normalizePromoCode(code.code), code]));
	const texts = [...new Set(entered.map(normalizePromoCode))].filter((text) => text !== '');
	const book: PromoCodeBook = { outcomes: [], unlocking: new Map(), enteredByOffer: new Map() };

	for (const text of texts) {
		const code = known.get(text);
		if (!code) {
			book.outcomes.push({ code: text, promoCodeId: null, offerId: null, outcome: 'unknown', detail: 'no such promo code' });
			continue;
		}
		const outcome: CodeOutcome = { code: text, promoCodeId: code.id, offerId: code.offerId, ...judge(code, date, customerId) };
		book.outcomes.push(outcome);
		book.enteredByOffer.set(code.offerId, [...(book.enteredByOffer.get(code.offerId) ?? []), outcome]);
		if (outcome.outcome !== 'accepted') continue;
		const first = book.unlocking.get(code.offerId);
		// One code per offer is enough; a second would spend a use for nothing.
		if (first) Object.assign(outcome, { outcome: 'unused', detail: `the offer is already unlocked by code ${first.code}` });
		else book.unlocking.set(code.offerId, outcome);
	}
	return book;
}

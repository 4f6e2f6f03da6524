import { assertValidLimit } from './assert-valid-limit.ts';
import { assertValidWindow } from './assert-valid-window.ts';
import { discountDefinitionError } from './discount-definition-error.ts';
import { normalizePromoCode } from './normalize-promo-code.ts';
import type { PromoCode, PromoCodeKind } from './promo-code.ts';

// Letters, digits, '-' and '_', 3 to 40 characters: easy to read out on the phone and to type.
const CODE = /^[A-Z0-9][A-Z0-9_-]{2,39}$/;
const KINDS: readonly PromoCodeKind[] = ['single_use', 'multi_use', 'per_customer'];

/** Throws CRM_DISCOUNT_RULE_INVALID (details.field = the column) unless the code's text, kind, dates and limits make sense. */
export function assertValidPromoCode(code: PromoCode): void {
	const text = typeof code.code === 'string' ? normalizePromoCode(code.code) : '';
	const what = `Promo code ${text || code.id}`;
	if (!CODE.test(text)) throw discountDefinitionError(what, 'code', 'a code is 3 to 40 letters, digits, "-" or "_", starting with a letter or digit.');
	if (typeof code.offerId !== 'string' || code.offerId === '') throw discountDefinitionError(what, 'offer', 'a promo code belongs to an offer.');
	if (!KINDS.includes(code.kind)) throw discountDefinitionError(what, 'kind', `the kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(code.kind)}.`);
	assertValidWindow(what, code.validFrom, code.validTo);
	assertValidLimit(what, 'max_uses', code.maxUses);
	if (code.kind === 'single_use' && code.maxUses !== null && code.maxUses !== 1) throw discountDefinitionError(what, 'max_uses', 'a single-use code is used once: leave the limit empty or set it to 1.');
}

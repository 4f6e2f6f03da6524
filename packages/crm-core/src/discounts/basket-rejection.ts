import { customerConditionFailure } from './customer-condition-failure.ts';
import { describeOffer } from './describe-offer.ts';
import type { DiscountRule } from './discount-rule.ts';
import { WEEKDAY_NAMES } from './iso-weekday.ts';
import type { PricingContext } from './pricing-context.ts';
import type { Rejection } from './rejection.ts';

function codeMissing(offerId: string, ctx: PricingContext): Rejection | null {
	if (ctx.codes.unlocking.has(offerId)) return null;
	const offer = ctx.offers.offer(offerId);
	const entered = (ctx.codes.enteredByOffer.get(offerId) ?? []).map((code) => `; code ${code.code}: ${code.detail}`).join('');
	return { outcome: 'code_missing', detail: `needs a promo code of ${offer ? describeOffer(offer) : `offer ${offerId}`}${entered}` };
}

/**
 * Everything about a rule that is the same for every line of the basket, in the trace's order of
 * reasons: inactive (rule, then offer) → other_currency → not_started / expired (rule, then offer) →
 * wrong_weekday → code_missing → condition_failed (customer, channel, first order, campaign), with the
 * reason in words. Pricing only asks basketOutcome, which judges the same without the words; this is
 * for the entries someone reads.
 */
export function basketRejection(rule: DiscountRule, ctx: PricingContext): Rejection | null {
	const c = rule.conditions;
	const offerId = rule.offerId;
	if (!rule.active) return { outcome: 'inactive', detail: 'the rule is inactive' };
	const offerActivity = offerId === null ? null : ctx.offers.activity(offerId);
	if (offerActivity) return offerActivity;
	if (rule.currency !== null && rule.currency !== ctx.currency) return { outcome: 'other_currency', detail: `the rule's amounts are in ${rule.currency}, the basket is in ${ctx.currency}` };
	// ISO days compare correctly as text.
	if (c.validFrom != null && ctx.date < c.validFrom) return { outcome: 'not_started', detail: `valid from ${c.validFrom}` };
	if (c.validTo != null && ctx.date > c.validTo) return { outcome: 'expired', detail: `ended on ${c.validTo}` };
	const offerWindow = offerId === null ? null : ctx.offers.window(offerId);
	if (offerWindow) return offerWindow;
	if (c.weekdays?.length && !c.weekdays.includes(ctx.weekday)) {
		const days = [...c.weekdays].sort((a, b) => a - b).map((day) => WEEKDAY_NAMES[day]);
		return { outcome: 'wrong_weekday', detail: `only on ${days.join(', ')}; ${ctx.date} is a ${WEEKDAY_NAMES[ctx.weekday]}` };
	}
	if (c.requiresCode && offerId !== null) {
		const missing = codeMissing(offerId, ctx);
		if (missing) return missing;
	}
	const failure = customerConditionFailure(c, ctx.request);
	return failure === null ? null : { outcome: 'condition_failed', detail: failure };
}

import type { CompiledRule } from './compiled-rule.ts';
import { customerConditionsHold } from './customer-conditions-hold.ts';
import type { PricingContext } from './pricing-context.ts';
import { OUTCOME } from './trace-table.ts';

/** basketRejection(rule, ctx)?.outcome (its number in OUTCOMES, -1 for none), without writing the reason. Keep the two in step. */
function judge(rule: CompiledRule, ctx: PricingContext): number {
	const offer = rule.offerId === null ? undefined : ctx.offers.offer(rule.offerId);
	if (!rule.active) return OUTCOME.inactive;
	// A rule pointing at an offer that was not loaded must not escape the offer's limits.
	if (rule.offerId !== null && (offer === undefined || !offer.active)) return OUTCOME.inactive;
	if (rule.currency !== null && rule.currency !== ctx.currency) return OUTCOME.other_currency;
	// ISO days compare correctly as text.
	if (rule.validFrom !== null && ctx.date < rule.validFrom) return OUTCOME.not_started;
	if (rule.validTo !== null && ctx.date > rule.validTo) return OUTCOME.expired;
	if (offer !== undefined && offer.validFrom !== null && ctx.date < offer.validFrom) return OUTCOME.not_started;
	if (offer !== undefined && offer.validTo !== null && ctx.date > offer.validTo) return OUTCOME.expired;
	if (rule.weekdays !== null && !rule.weekdays.includes(ctx.weekday)) return OUTCOME.wrong_weekday;
	if (rule.requiresCode && rule.offerId !== null && !ctx.codes.unlocking.has(rule.offerId)) return OUTCOME.code_missing;
	if (rule.aboutCustomer && !customerConditionsHold(rule.rule.conditions, ctx.request)) return OUTCOME.condition_failed;
	return -1;
}

/**
 * The outcome (its number in OUTCOMES, -1 for none) of everything about a rule that is the same for
 * every line of the basket (see basketRejection, which says why), judged once per rule and basket and
 * kept by the rule's rank.
 */
export function basketOutcome(rule: CompiledRule, ctx: PricingContext): number {
	const known = ctx.basketVerdicts[rule.rank]!;
	if (known !== 0) return known - 2;
	const outcome = judge(rule, ctx);
	ctx.basketVerdicts[rule.rank] = outcome + 2;
	return outcome;
}

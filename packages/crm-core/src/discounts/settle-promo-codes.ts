import { describeOffer } from './describe-offer.ts';
import { describeTraceRow } from './describe-trace-row.ts';
import type { PricingContext } from './pricing-context.ts';
import type { CodeOutcome } from './pricing-result.ts';
import { OUTCOME } from './trace-table.ts';

function whyNothing(offerName: string, rows: readonly number[], ctx: PricingContext): string {
	if (rows.length === 0) return `no rule of ${offerName} that needs a code applies to these products or this customer`;
	const { table } = ctx;
	const first = rows.find((row) => table.amount[row] === 0) ?? rows[0]!;
	const lead = rows.every((row) => table.outcome[row] === OUTCOME.condition_failed) ? 'no line matched' : 'its rules gave nothing';
	return `${lead}: ${ctx.ranked.rules[table.rank[first]!]!.code}: ${describeTraceRow(first, ctx)}`;
}

/**
 * Final outcome of each entered code once the rules have run: an accepted code stays 'accepted' only
 * when a rule it unlocked gave something; otherwise it is 'unused' and says why, since a code that
 * "does nothing" is the first thing a customer calls about.
 */
export function settlePromoCodes(ctx: PricingContext): CodeOutcome[] {
	const claims = ctx.offers.claims();
	return ctx.codes.outcomes.map((outcome) => {
		if (outcome.outcome !== 'accepted' || outcome.offerId === null) return { ...outcome };
		const offer = ctx.offers.offer(outcome.offerId);
		const offerName = offer ? describeOffer(offer) : `offer ${outcome.offerId}`;
		const claim = claims.get(outcome.offerId);
		if (claim?.throughCode) return { ...outcome, detail: `unlocks ${offerName}` };
		if (claim) return { ...outcome, outcome: 'unused', detail: `${offerName} applies without a code; the rules that need one gave nothing` };
		return { ...outcome, outcome: 'unused', detail: whyNothing(offerName, ctx.codeRuleEntries.get(outcome.offerId) ?? [], ctx) };
	});
}

import { CrmError } from '../errors/crm-error.ts';
import { QUANTITY_SCALE } from '../money/apply-rate.ts';
import { applyOrderRules } from './apply-order-rules.ts';
import { assertValidPricingRequest } from './assert-valid-pricing-request.ts';
import { createOfferTracker } from './create-offer-tracker.ts';
import { evaluatePromoCodes } from './evaluate-promo-codes.ts';
import { indexDiscountRules, isDiscountRuleIndex } from './index-discount-rules.ts';
import { isoWeekday } from './iso-weekday.ts';
import type { LineView } from './line-view.ts';
import { priceLine } from './price-line.ts';
import type { PricingContext } from './pricing-context.ts';
import type { PricingRequest } from './pricing-request.ts';
import type { OfferConsumption, PricedLine, PricingResult } from './pricing-result.ts';
import { rankedRulesOf } from './ranked-rules.ts';
import { roundedProduct } from './rounded-product.ts';
import { settlePromoCodes } from './settle-promo-codes.ts';
import { attachTrace } from './trace-source.ts';
import { TraceTable } from './trace-table.ts';

/**
 * Prices a basket: list prices → automatic line discounts → the rep's manual discounts → order
 * discounts, every amount in integer minor units of the basket's currency. Pure and deterministic: the
 * same request gives the same result, whatever the order of the rules in it.
 *
 * 1. Request. Currency (ISO 4217), date (YYYY-MM-DD), each line's quantity (positive whole
 *    thousandths), list unit price and cost (whole minor units ≥ 0), manual and approved discounts and
 *    the policy's caps and margin (0..10000 bp) are checked; a bad value throws a CrmError whose
 *    details.field names it, e.g. `lines[3].quantityMilli`.
 * 2. Promo codes. Entered codes are trimmed, upper-cased, deduplicated; empty ones ignored. Each is
 *    'unknown', 'inactive', 'not_started' / 'expired' (the code's dates), 'other_customer', 'exhausted'
 *    (single use: used once; multi use: `maxUses` reached; per customer: used by this customer, or
 *    `maxUses` reached) or 'accepted', checked in that order. An accepted code unlocks the rules of its
 *    offer that require a code; one code per offer is enough (a second one is 'unused'). A code whose
 *    unlocked rules end up giving nothing is 'unused', with the reason.
 * 3. Candidates. Each line looks only at the rules indexed under its product, the product's groups and
 *    segments, the customer, the customer's groups, and the generic rules (see indexDiscountRules), in
 *    priority order, then code. Every candidate gets a trace entry with an outcome and a plain-English
 *    reason, whether it applied or not. Entries and reasons are written when a trace is first read (the
 *    result's `trace` / `orderTrace` are filled on first access, toLinePricingRecord writes only what
 *    it keeps), since most are never read; they are written from the request's objects, so leave those
 *    unchanged until the traces or records are made.
 * 4. Eligibility, first reason wins: inactive (the rule, or its offer: switched off or not loaded) →
 *    other_currency (the rule's amounts are in another currency) → not_started / expired (the rule's
 *    dates, then its offer's) → wrong_weekday → code_missing → condition_failed (customer, group,
 *    category, segment, region, status, channel, first order, campaign, product, product group, where
 *    a group matches its sub-groups' products, product segment, min / max quantity, quantity tier,
 *    min line amount and min order amount, both before discounts, buy-X-get-Y needing a full set) →
 *    exhausted (the offer's uses overall or per customer, the basket being one use; then its quantity:
 *    a line's quantity must fit in what is left of the offer, all or nothing, lines in basket order).
 * 5. Combination on a line: if any eligible rule is exclusive, the first exclusive one is the only
 *    one applied and the others are 'superseded'. Otherwise, of the best_of rules of one combination
 *    group only the one giving the largest discount on the line's list amount is kept (tie: priority,
 *    then code), the others are 'not_best'; the group winners and the cumulative rules are then applied
 *    in priority order, each on the line's amount after the rules before it (10 % then 5 % of 100.00
 *    is 10.00 + 4.50 = 14.50 off).
 *    - percent: amount × bp / 10 000; tiers: the tier with the largest minimum ≤ the quantity;
 *    - amount per unit: amount × quantity, at most the line's current amount;
 *    - fixed price: current amount − unit price × quantity, when positive ('no_effect' otherwise);
 *    - buy X get Y: in every full set of X + Y units, Y are free: current amount × free / quantity.
 *    Every product is rounded half-up to the minor unit once.
 * 6. Line cap: a line's automatic discounts never exceed maxLineDiscountBp of its list amount (the cap
 *    is rounded down, so rounding never breaks it). The rule that would cross it gives what is left
 *    ('capped', with `uncappedAmount`); rules after it give 0 ('capped').
 * 7. Margin floor: automatic discounts never take a line's net below cost × quantity plus minMarginBp
 *    of that. The latest rules give back first ('margin_floor', with `uncappedAmount`); when the list
 *    amount is already below the floor, no automatic discount applies. Lines without a cost have no floor.
 * 8. Manual discount: manualDiscountBp of the line's amount after its rules, never clamped (a person
 *    decided it) but flagged for approval: 'over_limit' above approvedDiscountBp, 'below_margin_floor'
 *    when it takes the net below the floor and belowFloorApproved is not set.
 * 9. Order rules (order_percent / order_amount), after all lines: same eligibility; their product
 *    conditions pick the matching lines (none → condition_failed); min order amount is compared with
 *    the basket's list total; same combination policy. order_percent takes bp of the matching lines'
 *    current nets, order_amount at most their sum. Order cap: all discounts of the basket (line
 *    discounts, manual ones included, then order discounts) never exceed maxOrderDiscountBp of the list
 *    total, rounded down; only order discounts are reduced to respect it ('capped'). Each order
 *    discount is spread over its matching lines in proportion to their nets, largest remainder so the
 *    shares add up to the cent (10.00 over three equal lines is 3.34 + 3.33 + 3.33); a line's share
 *    stops at its floor and the excess goes to the other matching lines; what no line can take is
 *    dropped ('margin_floor'). Each line's trace gets an entry of the rule with its share and outcome.
 * 10. Offers: every offer whose rules gave something is consumed once, with the quantity of the lines
 *    it discounted (for order rules, the matching lines) and the codes that unlocked it.
 * 11. Totals: line net = list amount − its discounts ≥ 0; listTotal, discountTotal and netTotal are
 *    sums of the lines, and netTotal + discountTotal = listTotal exactly. approvalRequired when any
 *    line has an approval reason.
 */
export function priceBasket(request: PricingRequest): PricingResult {
	assertValidPricingRequest(request);
	const index = isDiscountRuleIndex(request.rules) ? request.rules : indexDiscountRules(request.rules);
	// An index object made elsewhere has no ranks: the engine indexes its rules itself.
	const ranked = rankedRulesOf(index) ?? rankedRulesOf(indexDiscountRules(index.rules))!;
	const views: LineView[] = request.lines.map((line, i) => ({ index: i, line, listAmount: roundedProduct(line.listUnitPrice, line.quantityMilli, QUANTITY_SCALE) }));
	let listTotal = 0;
	for (const view of views) listTotal += view.listAmount;
	if (!Number.isSafeInteger(listTotal)) throw new CrmError('CRM_INVALID_AMOUNT', 'The basket total is too large to be computed exactly.', { field: 'lines' });

	const candidates = views.map((view) => ranked.lineRanks(view.line.product, request.customer));
	const orderCandidates = ranked.orderRanks(request.customer);
	// Room for every candidate's row; applyOrderRules makes room for its shares.
	let rows = orderCandidates.length;
	for (const ranks of candidates) rows += ranks.length;

	const ctx: PricingContext = {
		request,
		currency: request.currency,
		date: request.date,
		weekday: isoWeekday(request.date),
		listTotal,
		offers: createOfferTracker(request.offers, request.date),
		codes: evaluatePromoCodes(request.codes, request.promoCodes, request.date, request.customer.id),
		ranked,
		table: new TraceTable(rows),
		basketVerdicts: new Uint8Array(ranked.rules.length),
		groupRound: new Int32Array(ranked.bestOfGroups),
		groupWinner: new Int32Array(ranked.bestOfGroups),
		round: 0,
		scopes: [],
		codeRuleEntries: new Map(),
	};

	const priced = views.map((view, i) => priceLine(view, candidates[i]!, ctx));
	const orderRows = applyOrderRules(priced, views, orderCandidates, ctx);
	// The traces are written when read: see attachTrace.
	const lines = priced.map((line, i) => {
		const { first, count, shares } = ctx.scopes[i]!;
		attachTrace(line, 'trace', { ctx, first, count, extra: shares });
		return line as PricedLine;
	});
	const codes = settlePromoCodes(ctx);
	const unlocking = new Map(codes.filter((code) => code.outcome === 'accepted' && code.offerId !== null).map((code) => [code.offerId!, code]));
	const offers: OfferConsumption[] = [...ctx.offers.claims()]
		.sort(([a], [b]) => (a < b ? -1 : Number(a > b)))
		.map(([offerId, claim]) => {
			const code = claim.throughCode ? unlocking.get(offerId) : undefined;
			return { offerId, quantityMilli: claim.quantityMilli, promoCodeIds: code?.promoCodeId ? [code.promoCodeId] : [] };
		});

	let discountTotal = 0;
	let netTotal = 0;
	for (const line of lines) {
		discountTotal += line.discountAmount;
		netTotal += line.netAmount;
	}
	// Built key by key so that orderTrace keeps its place among the keys (JSON, stored results).
	const result = { currency: request.currency, date: request.date, lines, listTotal, discountTotal, netTotal } as PricingResult;
	attachTrace(result, 'orderTrace', { ctx, first: orderRows[0] ?? 0, count: orderRows.length, extra: [] });
	result.codes = codes;
	result.offers = offers;
	result.approvalRequired = lines.some((line) => line.approvalReasons.length > 0);
	return result;
}

import { allocateProportionally } from '../money/allocate-proportionally.ts';
import { applyBasisPoints } from '../money/apply-rate.ts';
import { allocateWithinRoom } from './allocate-within-room.ts';
import { basketRejection } from './basket-rejection.ts';
import { chooseCombination } from './choose-combination.ts';
import { computeOrderDiscount } from './compute-order-discount.ts';
import { describeFloor } from './describe-floor.ts';
import type { DiscountRule } from './discount-rule.ts';
import type { LineView } from './evaluate-line-rule.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import type { PricingContext } from './pricing-context.ts';
import type { PricedLine } from './pricing-result.ts';
import type { TraceEntry } from './pricing-trace.ts';
import { productConditionFailure } from './product-condition-failure.ts';
import { recordCodeRuleEntry } from './record-code-rule-entry.ts';
import type { Rejection } from './rejection.ts';
import { traceEntry } from './trace-entry.ts';

interface Eligible {
	rule: DiscountRule;
	entry: TraceEntry;
	/** Indexes of the lines the rule's product conditions (and minimum line amount) select. */
	matching: number[];
}

type OrderVerdict = { eligible: true; matching: number[] } | { eligible: false; rejection: Rejection };

function lineFailure(rule: DiscountRule, view: LineView, ctx: PricingContext): string | null {
	const product = productConditionFailure(rule.conditions, view.line.product);
	if (product) return product;
	const min = rule.conditions.minLineAmount;
	if (min != null && view.listAmount < min) return `needs a line amount of at least ${formatMoney(min, ctx.currency)}, the line has ${formatMoney(view.listAmount, ctx.currency)}`;
	return null;
}

/** Same reasons and order as for line rules; the product conditions pick the lines that count instead of rejecting the rule. */
function evaluateOrderRule(rule: DiscountRule, views: readonly LineView[], ctx: PricingContext): OrderVerdict {
	const basket = basketRejection(rule, ctx);
	if (basket) return { eligible: false, rejection: basket };
	const matching: number[] = [];
	let firstFailure: string | null = null;
	for (const view of views) {
		const failure = lineFailure(rule, view, ctx);
		if (failure === null) matching.push(view.index);
		else firstFailure ??= `line ${view.index + 1}: ${failure}`;
	}
	if (matching.length === 0) return { eligible: false, rejection: { outcome: 'condition_failed', detail: views.length === 0 ? 'the basket has no lines' : `no line matches (${firstFailure})` } };
	const min = rule.conditions.minOrderAmount;
	if (min != null && ctx.listTotal < min) {
		return { eligible: false, rejection: { outcome: 'condition_failed', detail: `needs an order of at least ${formatMoney(min, ctx.currency)} before discounts, the basket has ${formatMoney(ctx.listTotal, ctx.currency)}` } };
	}
	if (rule.offerId !== null) {
		const lines = matching.map((i) => ({ index: i, quantityMilli: views[i]!.line.quantityMilli }));
		const exhausted = ctx.offers.uses(rule.offerId) ?? ctx.offers.quantity(rule.offerId, lines);
		if (exhausted) return { eligible: false, rejection: exhausted };
	}
	return { eligible: true, matching };
}

function sumNets(lines: readonly PricedLine[], matching: readonly number[]): number {
	return matching.reduce((sum, i) => sum + lines[i]!.netAmount, 0);
}

/** Gives each matching line its share: an AppliedDiscount and a copy of the rule's entry, so the line's trace alone explains its price. */
function spread(item: Eligible, allowed: number, fullAmount: number, lines: PricedLine[], ctx: PricingContext): number {
	const { rule, entry, matching } = item;
	const money = (amount: number) => formatMoney(amount, ctx.currency);
	const weights = matching.map((i) => lines[i]!.netAmount);
	// Room: what a line can give before its net reaches the floor; a line without a known cost has no floor.
	const rooms = matching.map((i) => Math.max(0, lines[i]!.netAmount - (lines[i]!.floorAmount ?? 0)));
	const { shares, dropped, held } = allocateWithinRoom(allowed, weights, rooms);
	const placed = allowed - dropped;
	if (dropped > 0) {
		entry.outcome = 'margin_floor';
		entry.uncappedAmount = fullAmount;
		entry.detail += `; ${money(dropped)} would take lines below cost plus margin: ${money(placed)} instead of ${money(allowed)}`;
	}
	entry.amount = placed;
	const capped = allowed < fullAmount;
	const unlimited = capped || held.includes(true) ? allocateProportionally(fullAmount, weights) : [];

	matching.forEach((lineIndex, k) => {
		const line = lines[lineIndex]!;
		const share = shares[k]!;
		if (share === 0 && !held[k]) return;
		if (share > 0) {
			line.discounts.push({ ruleId: rule.id, code: rule.code, kind: rule.effect.kind, level: 'order', offerId: rule.offerId, amount: share });
			line.discountAmount += share;
			line.netAmount -= share;
		}
		// The line's own outcome: held at its floor, or else what the cap made of the rule.
		const copy: TraceEntry = { ...entry, outcome: 'applied', amount: share, detail: `this line's share: ${money(share)} of ${money(placed)} (${entry.detail})` };
		delete copy.uncappedAmount;
		if (held[k]) {
			copy.outcome = 'margin_floor';
			copy.detail += `; held at ${describeFloor(ctx.request.policy.minMarginBp, line.floorAmount ?? 0, ctx.currency)}`;
		} else if (capped) {
			copy.outcome = 'capped';
		}
		if (copy.outcome !== 'applied') copy.uncappedAmount = unlimited[k] ?? share;
		line.trace.push(copy);
	});
	return placed;
}

/**
 * Order-level rules (order_percent / order_amount), after every line is priced (line rules and manual
 * discounts). See priceBasket for the policy; returns the order trace, one entry per candidate.
 */
export function applyOrderRules(lines: PricedLine[], views: readonly LineView[], candidates: readonly DiscountRule[], ctx: PricingContext): TraceEntry[] {
	const trace: TraceEntry[] = [];
	const eligible: Eligible[] = [];
	for (const rule of candidates) {
		const verdict = evaluateOrderRule(rule, views, ctx);
		const entry = verdict.eligible ? traceEntry(rule, 'order', 'applied', 0, '') : traceEntry(rule, 'order', verdict.rejection.outcome, 0, verdict.rejection.detail);
		trace.push(entry);
		recordCodeRuleEntry(rule, entry, ctx);
		if (verdict.eligible) eligible.push({ rule, entry, matching: verdict.matching });
	}

	const money = (amount: number) => formatMoney(amount, ctx.currency);
	const choice = chooseCombination(eligible, (item) => computeOrderDiscount(item.rule.effect, sumNets(lines, item.matching), ctx.currency).amount, money);
	for (const { item, outcome, supersededBy, detail } of choice.rejected) Object.assign(item.entry, { outcome, supersededBy, detail });

	const capBp = ctx.request.policy.maxOrderDiscountBp;
	// Rounded down so the cap is never exceeded by rounding. Line discounts, manual ones included, count toward it first.
	const cap = applyBasisPoints(ctx.listTotal, capBp, 'down');
	let used = lines.reduce((sum, line) => sum + line.discountAmount, 0);
	for (const item of choice.applied) {
		const { rule, entry, matching } = item;
		const discount = computeOrderDiscount(rule.effect, sumNets(lines, matching), ctx.currency);
		if (discount.amount <= 0) {
			Object.assign(entry, { outcome: 'no_effect', amount: 0, detail: `${discount.detail}: nothing left to discount` });
			continue;
		}
		const allowed = Math.min(discount.amount, Math.max(0, cap - used));
		if (allowed < discount.amount) {
			const why = allowed === 0 ? `the ${formatPercent(capBp)} order cap is already reached` : `capped at the ${formatPercent(capBp)} order cap`;
			Object.assign(entry, { outcome: 'capped', uncappedAmount: discount.amount, detail: `${discount.detail}; ${why}: ${money(allowed)} instead of ${money(discount.amount)}` });
		} else {
			entry.detail = discount.detail;
		}
		if (allowed === 0) continue;
		const placed = spread(item, allowed, discount.amount, lines, ctx);
		used += placed;
		if (placed > 0 && rule.offerId !== null) {
			const claimed = matching.map((i) => ({ index: i, quantityMilli: views[i]!.line.quantityMilli }));
			ctx.offers.claim(rule.offerId, claimed, rule.conditions.requiresCode === true);
		}
	}
	return trace;
}

import { allocateWithinRoom } from './allocate-within-room.ts';
import { basketOutcome } from './basket-outcome.ts';
import { chooseCombination } from './choose-combination.ts';
import type { CompiledRule } from './compiled-rule.ts';
import { computeOrderDiscount } from './compute-order-discount.ts';
import { formatMoney } from './format-money.ts';
import type { LineView } from './line-view.ts';
import type { PricingContext } from './pricing-context.ts';
import type { PricedLine } from './pricing-result.ts';
import { productConditionFailure } from './product-condition-failure.ts';
import { productConditionsHold } from './product-conditions-hold.ts';
import { recordCodeRuleEntry } from './record-code-rule-entry.ts';
import { roundedProduct } from './rounded-product.ts';
import { ORDER_RULE, ORDER_SHARE, OUTCOME } from './trace-table.ts';

type Line = Omit<PricedLine, 'trace'>;

function lineFailure(rule: CompiledRule, view: LineView, ctx: PricingContext): string {
	const product = productConditionFailure(rule.rule.conditions, view.line.product);
	if (product) return product;
	return `needs a line amount of at least ${formatMoney(rule.minLineAmount, ctx.currency)}, the line has ${formatMoney(view.listAmount, ctx.currency)}`;
}

/**
 * Same reasons and order as for line rules; the product conditions pick the lines that count instead of
 * rejecting the rule. Sets the row's outcome (and, but for basket-wide reasons, its text) when the rule
 * does not apply, its matching lines when it does.
 */
function judgeOrderRule(row: number, rule: CompiledRule, views: readonly LineView[], everyLine: readonly number[], ctx: PricingContext): boolean {
	const { table } = ctx;
	const basket = basketOutcome(rule, ctx);
	if (basket >= 0) {
		table.outcome[row] = basket;
		return false;
	}
	const selective = rule.productIds !== null || rule.productGroupIds !== null || rule.productSegmentIds !== null || rule.minLineAmount > Number.NEGATIVE_INFINITY;
	const matching = selective ? views.filter((view) => productConditionsHold(rule, view.line.product) && view.listAmount >= rule.minLineAmount).map((view) => view.index) : everyLine;
	if (matching.length === 0) {
		table.outcome[row] = OUTCOME.condition_failed;
		// No line matches: the first one says why.
		table.texts.set(row, views.length === 0 ? 'the basket has no lines' : `no line matches (line ${views[0]!.index + 1}: ${lineFailure(rule, views[0]!, ctx)})`);
		return false;
	}
	if (ctx.listTotal < rule.minOrderAmount) {
		table.outcome[row] = OUTCOME.condition_failed;
		table.texts.set(row, `needs an order of at least ${formatMoney(rule.minOrderAmount, ctx.currency)} before discounts, the basket has ${formatMoney(ctx.listTotal, ctx.currency)}`);
		return false;
	}
	if (rule.offerId !== null) {
		const lines = matching.map((i) => ({ index: i, quantityMilli: views[i]!.line.quantityMilli }));
		const exhausted = ctx.offers.uses(rule.offerId) ?? ctx.offers.quantity(rule.offerId, lines);
		if (exhausted) {
			table.outcome[row] = OUTCOME[exhausted.outcome];
			table.texts.set(row, exhausted.detail);
			return false;
		}
	}
	table.matching.set(row, matching);
	return true;
}

function sumNets(lines: readonly Line[], matching: readonly number[]): number {
	let sum = 0;
	for (const i of matching) sum += lines[i]!.netAmount;
	return sum;
}

/** Gives each matching line its share: an AppliedDiscount and a share row in its trace, so the line's trace alone explains its price. */
function spread(row: number, allowed: number, fullAmount: number, lines: Line[], ctx: PricingContext): number {
	const { table } = ctx;
	const { rule } = ctx.ranked.compiled[table.rank[row]!]!;
	const matching = table.matching.get(row)!;
	const weights = matching.map((i) => lines[i]!.netAmount);
	// Room: what a line can give before its net reaches the floor; a line without a known cost has no floor.
	const rooms = matching.map((i) => Math.max(0, lines[i]!.netAmount - (lines[i]!.floorAmount ?? 0)));
	const { shares, dropped, held } = allocateWithinRoom(allowed, weights, rooms);
	const placed = allowed - dropped;
	if (dropped > 0) {
		table.outcome[row] = OUTCOME.margin_floor;
		table.uncapped[row] = fullAmount;
	}
	table.amount[row] = placed;
	table.weights.set(row, weights);
	const capped = allowed < fullAmount;

	for (let k = 0; k < matching.length; k++) {
		const lineIndex = matching[k]!;
		const line = lines[lineIndex]!;
		const share = shares[k]!;
		if (share === 0 && !held[k]) continue;
		if (share > 0) {
			line.discounts.push({ ruleId: rule.id, code: rule.code, kind: rule.effect.kind, level: 'order', offerId: rule.offerId, amount: share });
			line.discountAmount += share;
			line.netAmount -= share;
		}
		const copy = table.add(ORDER_SHARE, table.rank[row]!, lineIndex);
		table.link[copy] = row;
		table.amount[copy] = share;
		// Its place among the matching lines: which of the rule's shares without caps and floors is its uncappedAmount (see uncappedShare).
		table.value[copy] = k;
		// The line's own outcome: held at its floor, or else what the cap made of the rule.
		if (held[k]) {
			table.held[copy] = 1;
			table.outcome[copy] = OUTCOME.margin_floor;
		} else if (capped) {
			table.outcome[copy] = OUTCOME.capped;
		}
		ctx.scopes[lineIndex]!.shares.push(copy);
	}
	return placed;
}

/**
 * Order-level rules (order_percent / order_amount), after every line is priced (line rules and manual
 * discounts). See priceBasket for the policy; returns the order trace's rows, one per candidate.
 */
export function applyOrderRules(lines: Line[], views: readonly LineView[], ranks: readonly number[], ctx: PricingContext): number[] {
	const { table, ranked } = ctx;
	const rows: number[] = [];
	const eligible: number[] = [];
	const everyLine = views.map((view) => view.index);
	for (const rank of ranks) {
		const rule = ranked.compiled[rank]!;
		const row = table.add(ORDER_RULE, rank, -1);
		rows.push(row);
		if (judgeOrderRule(row, rule, views, everyLine, ctx)) eligible.push(row);
		if (rule.requiresCode) recordCodeRuleEntry(row, rule, ctx);
	}

	const orderDiscount = (row: number) => computeOrderDiscount(ranked.compiled[table.rank[row]!]!.rule.effect, sumNets(lines, table.matching.get(row)!));
	chooseCombination(eligible, orderDiscount, ctx);
	// The rows chooseCombination left 'applied' are applied, in priority order.
	const applied = eligible.filter((row) => table.outcome[row] === OUTCOME.applied);

	// Rounded down so the cap is never exceeded by rounding. Line discounts, manual ones included, count toward it first.
	const cap = roundedProduct(ctx.listTotal, ctx.request.policy.maxOrderDiscountBp, 10_000, 'down');
	let used = 0;
	for (const line of lines) used += line.discountAmount;
	let shares = 0;
	for (const row of applied) shares += table.matching.get(row)!.length;
	table.reserve(shares);
	for (const row of applied) {
		const { rule } = ranked.compiled[table.rank[row]!]!;
		const matching = table.matching.get(row)!;
		const base = sumNets(lines, matching);
		const amount = computeOrderDiscount(rule.effect, base);
		table.base[row] = base;
		table.full[row] = amount;
		if (amount <= 0) {
			table.outcome[row] = OUTCOME.no_effect;
			continue;
		}
		const allowed = Math.min(amount, Math.max(0, cap - used));
		table.allowed[row] = allowed;
		if (allowed < amount) {
			table.outcome[row] = OUTCOME.capped;
			table.uncapped[row] = amount;
		}
		if (allowed === 0) continue;
		const placed = spread(row, allowed, amount, lines, ctx);
		used += placed;
		if (placed > 0 && rule.offerId !== null) {
			const claimed = matching.map((i) => ({ index: i, quantityMilli: views[i]!.line.quantityMilli }));
			ctx.offers.claim(rule.offerId, claimed, rule.conditions.requiresCode === true);
		}
	}
	return rows;
}

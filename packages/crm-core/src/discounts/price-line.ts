import { chooseCombination } from './choose-combination.ts';
import { computeLineDiscount } from './compute-line-discount.ts';
import { floorAmount } from './floor-amount.ts';
import { judgeLineRule } from './judge-line-rule.ts';
import type { LineScope } from './line-scope.ts';
import type { LineView } from './line-view.ts';
import type { PricingContext } from './pricing-context.ts';
import type { AppliedDiscount, ApprovalReason, PricedLine } from './pricing-result.ts';
import { recordCodeRuleEntry } from './record-code-rule-entry.ts';
import { roundedProduct } from './rounded-product.ts';
import { LINE_RULE, OUTCOME } from './trace-table.ts';

/**
 * Applies the rules chooseCombination left 'applied' one after the other, each on the line's current
 * amount, within the line cap (rounded down, so the cap is never exceeded by rounding). Returns the
 * rows that gave something.
 */
function applyWithinCap(eligible: readonly number[], view: LineView, ctx: PricingContext): number[] {
	const { table, ranked } = ctx;
	const { listAmount } = view;
	const { quantityMilli } = view.line;
	const cap = roundedProduct(listAmount, ctx.request.policy.maxLineDiscountBp, 10_000, 'down');
	let current = listAmount;
	let total = 0;
	const steps: number[] = [];
	for (let i = 0; i < eligible.length; i++) {
		const row = eligible[i]!;
		if (table.outcome[row] !== OUTCOME.applied) continue;
		const amount = computeLineDiscount(ranked.compiled[table.rank[row]!]!, table.value[row]!, current, quantityMilli);
		table.base[row] = current;
		table.full[row] = amount;
		if (amount <= 0) {
			table.outcome[row] = OUTCOME.no_effect;
			continue;
		}
		const allowed = Math.min(amount, cap - total);
		table.allowed[row] = allowed;
		table.amount[row] = allowed;
		if (allowed < amount) {
			table.outcome[row] = OUTCOME.capped;
			table.uncapped[row] = amount;
		}
		total += allowed;
		current -= allowed;
		if (allowed > 0) steps.push(row);
	}
	return steps;
}

/**
 * Automatic discounts never take the line's net below its floor (cost plus minimum margin): the
 * latest applied rules give up their amount first, since the earlier ones were computed without them.
 * When the list amount itself is below the floor, every automatic discount ends at 0.
 */
function holdMarginFloor(steps: readonly number[], view: LineView, floor: number | null, ctx: PricingContext): void {
	if (floor === null) return;
	const { table } = ctx;
	let total = 0;
	for (let i = 0; i < steps.length; i++) total += table.amount[steps[i]!]!;
	let excess = Math.min(total, floor - (view.listAmount - total));
	for (let i = steps.length - 1; i >= 0 && excess > 0; i--) {
		const row = steps[i]!;
		const before = table.amount[row]!;
		const cut = Math.min(before, excess);
		excess -= cut;
		table.amount[row] = before - cut;
		table.outcome[row] = OUTCOME.margin_floor;
		if (Number.isNaN(table.uncapped[row])) table.uncapped[row] = before;
	}
}

function approvalReasons(view: LineView, manualAmount: number, net: number, floor: number | null): ApprovalReason[] {
	const { manualDiscountBp, approvedDiscountBp, belowFloorApproved } = view.line;
	const reasons: ApprovalReason[] = [];
	if (manualDiscountBp > approvedDiscountBp) reasons.push('over_limit');
	if (manualAmount > 0 && floor !== null && net < floor && !belowFloorApproved) reasons.push('below_margin_floor');
	return reasons;
}

/**
 * Prices one line with its line-effect rules (`ranks`, in priority order) and the rep's manual discount
 * (order-level discounts come later, see applyOrderRules). Every candidate gets a trace row, in priority
 * order; the line's rows are kept in ctx.scopes. Claims the offers whose rules gave something. The
 * returned line has no trace yet: priceBasket attaches it once the order rules have added their shares.
 */
export function priceLine(view: LineView, ranks: readonly number[], ctx: PricingContext): Omit<PricedLine, 'trace'> {
	const { line, listAmount, index } = view;
	const { table, ranked } = ctx;
	const floor = floorAmount(line.product.unitCost, line.quantityMilli, ctx.request.policy.minMarginBp);
	const scope: LineScope = { view, floor, first: table.size, count: ranks.length, shares: [] };
	ctx.scopes[index] = scope;
	// Sized for every candidate and cut to those that may apply: no growing array per line.
	const eligible: number[] = new Array<number>(ranks.length);
	let count = 0;
	for (let i = 0; i < ranks.length; i++) {
		const rule = ranked.compiled[ranks[i]!]!;
		const row = table.add(LINE_RULE, rule.rank, index);
		if (judgeLineRule(row, rule, view, ctx)) eligible[count++] = row;
		if (rule.requiresCode) recordCodeRuleEntry(row, rule, ctx);
	}
	eligible.length = count;

	const standalone = (row: number) => computeLineDiscount(ranked.compiled[table.rank[row]!]!, table.value[row]!, listAmount, line.quantityMilli);
	chooseCombination(eligible, standalone, ctx);
	const steps = applyWithinCap(eligible, view, ctx);
	holdMarginFloor(steps, view, floor, ctx);

	const discounts: AppliedDiscount[] = [];
	let net = listAmount;
	for (let i = 0; i < steps.length; i++) {
		const row = steps[i]!;
		const amount = table.amount[row]!;
		if (amount === 0) continue;
		const { rule } = ranked.compiled[table.rank[row]!]!;
		discounts.push({ ruleId: rule.id, code: rule.code, kind: rule.effect.kind, level: 'line', offerId: rule.offerId, amount });
		net -= amount;
		if (rule.offerId !== null) ctx.offers.claim(rule.offerId, [{ index, quantityMilli: line.quantityMilli }], rule.conditions.requiresCode === true);
	}

	// A person decided the manual discount: it is applied in full, and what breaks the policy needs approval instead.
	const manualAmount = roundedProduct(net, line.manualDiscountBp, 10_000);
	if (manualAmount > 0) {
		discounts.push({ ruleId: null, code: 'MANUAL', kind: 'manual', level: 'line', offerId: null, amount: manualAmount });
		net -= manualAmount;
	}

	return {
		index,
		productId: line.product.id,
		quantityMilli: line.quantityMilli,
		listUnitPrice: line.listUnitPrice,
		listAmount,
		discounts,
		discountAmount: listAmount - net,
		netAmount: net,
		floorAmount: floor,
		approvalReasons: approvalReasons(view, manualAmount, net, floor),
	};
}

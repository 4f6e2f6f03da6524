import { applyBasisPoints } from '../money/apply-rate.ts';
import { chooseCombination } from './choose-combination.ts';
import { computeLineDiscount, describeLineDiscount } from './compute-line-discount.ts';
import { describeFloor } from './describe-floor.ts';
import type { DiscountRule } from './discount-rule.ts';
import type { EffectValue } from './effect-value.ts';
import { evaluateLineRule, type LineView } from './evaluate-line-rule.ts';
import { floorAmount } from './floor-amount.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import { recordCodeRuleEntry } from './record-code-rule-entry.ts';
import type { PricingContext } from './pricing-context.ts';
import type { AppliedDiscount, ApprovalReason, PricedLine } from './pricing-result.ts';
import type { TraceEntry } from './pricing-trace.ts';
import { traceEntry } from './trace-entry.ts';

interface Eligible {
	rule: DiscountRule;
	value: EffectValue;
	entry: TraceEntry;
}

/** An applied rule as the margin floor sees it: its entry and the texts its detail is rebuilt from. */
interface Step {
	rule: DiscountRule;
	entry: TraceEntry;
	effectDetail: string;
	capDetail: string;
}

/**
 * Applies the chosen rules one after the other, each on the line's current amount, within the line cap
 * (rounded down, so the cap is never exceeded by rounding). Returns the steps that gave something.
 */
function applyWithinCap(applied: readonly Eligible[], view: LineView, ctx: PricingContext): Step[] {
	const { listAmount } = view;
	const { quantityMilli } = view.line;
	const money = (amount: number) => formatMoney(amount, ctx.currency);
	const capBp = ctx.request.policy.maxLineDiscountBp;
	const cap = applyBasisPoints(listAmount, capBp, 'down');
	let current = listAmount;
	let total = 0;
	const steps: Step[] = [];
	for (const { rule, value, entry } of applied) {
		const amount = computeLineDiscount(rule.effect, value, current, quantityMilli);
		const discount = { amount, detail: describeLineDiscount(rule.effect, value, current, quantityMilli, amount, ctx.currency) };
		if (amount <= 0) {
			Object.assign(entry, { outcome: 'no_effect', amount: 0, detail: discount.detail });
			continue;
		}
		const allowed = Math.min(discount.amount, cap - total);
		let capDetail = '';
		if (allowed < discount.amount) {
			const why = allowed === 0 ? `the ${formatPercent(capBp)} line cap is already reached` : `capped at the ${formatPercent(capBp)} line cap`;
			capDetail = `; ${why}: ${money(allowed)} instead of ${money(discount.amount)}`;
			Object.assign(entry, { outcome: 'capped', amount: allowed, uncappedAmount: discount.amount, detail: discount.detail + capDetail });
		} else {
			Object.assign(entry, { outcome: 'applied', amount: allowed, detail: discount.detail });
		}
		total += allowed;
		current -= allowed;
		if (allowed > 0) steps.push({ rule, entry, effectDetail: discount.detail, capDetail });
	}
	return steps;
}

/**
 * Automatic discounts never take the line's net below its floor (cost plus minimum margin): the
 * latest applied rules give up their amount first, since the earlier ones were computed without them.
 * When the list amount itself is below the floor, every automatic discount ends at 0.
 */
function holdMarginFloor(steps: readonly Step[], view: LineView, floor: number | null, ctx: PricingContext): void {
	if (floor === null) return;
	const total = steps.reduce((sum, step) => sum + step.entry.amount, 0);
	let excess = Math.min(total, floor - (view.listAmount - total));
	const money = (amount: number) => formatMoney(amount, ctx.currency);
	for (let i = steps.length - 1; i >= 0 && excess > 0; i--) {
		const { entry, effectDetail, capDetail } = steps[i]!;
		const before = entry.amount;
		const cut = Math.min(before, excess);
		excess -= cut;
		entry.amount = before - cut;
		entry.outcome = 'margin_floor';
		entry.uncappedAmount ??= before;
		entry.detail = `${effectDetail}${capDetail}; kept at ${describeFloor(ctx.request.policy.minMarginBp, floor, ctx.currency)}: ${money(entry.amount)} instead of ${money(before)}`;
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
 * Prices one line with its line-effect rules and the rep's manual discount (order-level discounts come
 * later, see applyOrderRules). Every candidate gets a trace entry, in priority order. Claims the
 * offers whose rules gave something.
 */
export function priceLine(view: LineView, candidates: readonly DiscountRule[], ctx: PricingContext): PricedLine {
	const { line, listAmount, index } = view;
	const floor = floorAmount(line.product.unitCost, line.quantityMilli, ctx.request.policy.minMarginBp);
	const trace: TraceEntry[] = [];
	const eligible: Eligible[] = [];

	for (const rule of candidates) {
		const verdict = evaluateLineRule(rule, view, ctx);
		const entry = verdict.eligible ? traceEntry(rule, 'line', 'applied', 0, '') : traceEntry(rule, 'line', verdict.rejection.outcome, 0, verdict.rejection.detail);
		trace.push(entry);
		recordCodeRuleEntry(rule, entry, ctx);
		if (verdict.eligible) eligible.push({ rule, value: verdict.value, entry });
	}

	const money = (amount: number) => formatMoney(amount, ctx.currency);
	const choice = chooseCombination(eligible, (item) => computeLineDiscount(item.rule.effect, item.value, listAmount, line.quantityMilli), money);
	for (const { item, outcome, supersededBy, detail } of choice.rejected) Object.assign(item.entry, { outcome, supersededBy, detail });

	const steps = applyWithinCap(choice.applied, view, ctx);
	holdMarginFloor(steps, view, floor, ctx);

	const discounts: AppliedDiscount[] = [];
	let net = listAmount;
	for (const { rule, entry } of steps) {
		if (entry.amount === 0) continue;
		discounts.push({ ruleId: rule.id, code: rule.code, kind: rule.effect.kind, level: 'line', offerId: rule.offerId, amount: entry.amount });
		net -= entry.amount;
		if (rule.offerId !== null) ctx.offers.claim(rule.offerId, [{ index, quantityMilli: line.quantityMilli }], rule.conditions.requiresCode === true);
	}

	// A person decided the manual discount: it is applied in full, and what breaks the policy needs approval instead.
	const manualAmount = applyBasisPoints(net, line.manualDiscountBp);
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
		trace,
	};
}

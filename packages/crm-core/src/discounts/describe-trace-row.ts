import { basketRejection } from './basket-rejection.ts';
import { describeLineDiscount } from './compute-line-discount.ts';
import { describeOrderDiscount } from './compute-order-discount.ts';
import { describeFloor } from './describe-floor.ts';
import { describeLineRejection } from './describe-line-rejection.ts';
import { effectValue } from './effect-value.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import type { PricingContext } from './pricing-context.ts';
import { LINE_RULE, ORDER_RULE, ORDER_SHARE, OUTCOME, OUTCOMES } from './trace-table.ts';

/** "; capped at the 30 % line cap: 6.00 EUR instead of 9.00 EUR", or '' when the cap took nothing. */
function capNote(row: number, capBp: number, what: string, ctx: PricingContext): string {
	const allowed = ctx.table.allowed[row]!;
	const full = ctx.table.full[row]!;
	if (allowed >= full) return '';
	const why = allowed === 0 ? `the ${formatPercent(capBp)} ${what} cap is already reached` : `capped at the ${formatPercent(capBp)} ${what} cap`;
	return `; ${why}: ${formatMoney(allowed, ctx.currency)} instead of ${formatMoney(full, ctx.currency)}`;
}

/** A line rule that was applied (or tried): its effect on the amount it met, then what the cap and the floor made of it. */
function describeLineEffect(row: number, ctx: PricingContext): string {
	const { table } = ctx;
	const { view, floor } = ctx.scopes[table.line[row]!]!;
	const { quantityMilli } = view.line;
	const { effect } = ctx.ranked.rules[table.rank[row]!]!;
	const value = effectValue(effect, quantityMilli) ?? { value: table.value[row]!, tier: null };
	const text = describeLineDiscount(effect, value, table.base[row]!, quantityMilli, table.full[row]!, ctx.currency);
	const outcome = table.outcome[row]!;
	if (outcome === OUTCOME.no_effect || outcome === OUTCOME.applied) return text;
	const { maxLineDiscountBp, minMarginBp } = ctx.request.policy;
	const capped = text + capNote(row, maxLineDiscountBp, 'line', ctx);
	if (outcome !== OUTCOME.margin_floor) return capped;
	const money = (amount: number) => formatMoney(amount, ctx.currency);
	return `${capped}; kept at ${describeFloor(minMarginBp, floor ?? 0, ctx.currency)}: ${money(table.amount[row]!)} instead of ${money(table.allowed[row]!)}`;
}

/** An order rule that was applied (or tried), as the order trace tells it. */
function describeOrderEffect(row: number, ctx: PricingContext): string {
	const { table } = ctx;
	const text = describeOrderDiscount(ctx.ranked.rules[table.rank[row]!]!.effect, table.base[row]!, table.full[row]!, ctx.currency);
	const outcome = table.outcome[row]!;
	if (outcome === OUTCOME.no_effect) return `${text}: nothing left to discount`;
	const capped = text + capNote(row, ctx.request.policy.maxOrderDiscountBp, 'order', ctx);
	if (outcome !== OUTCOME.margin_floor) return capped;
	const money = (amount: number) => formatMoney(amount, ctx.currency);
	const allowed = table.allowed[row]!;
	const placed = table.amount[row]!;
	return `${capped}; ${money(allowed - placed)} would take lines below cost plus margin: ${money(placed)} instead of ${money(allowed)}`;
}

/** A line's share of an order discount, quoting the order rule's own text. */
function describeShare(row: number, ctx: PricingContext): string {
	const { table } = ctx;
	const source = table.link[row]!;
	const money = (amount: number) => formatMoney(amount, ctx.currency);
	const text = `this line's share: ${money(table.amount[row]!)} of ${money(table.amount[source]!)} (${describeTraceRow(source, ctx)})`;
	if (table.held[row] === 0) return text;
	return `${text}; held at ${describeFloor(ctx.request.policy.minMarginBp, ctx.scopes[table.line[row]!]!.floor ?? 0, ctx.currency)}`;
}

function compose(row: number, ctx: PricingContext): string {
	const { table } = ctx;
	const kind = table.kind[row]!;
	if (kind === ORDER_SHARE) return describeShare(row, ctx);
	const rule = ctx.ranked.rules[table.rank[row]!]!;
	switch (OUTCOMES[table.outcome[row]!]) {
		case 'superseded':
			return `superseded by exclusive rule ${ctx.ranked.rules[table.rank[table.link[row]!]!]!.code}`;
		case 'not_best': {
			const winner = ctx.ranked.rules[table.rank[table.link[row]!]!]!;
			return `best of group ${rule.combinationGroup}: ${winner.code} gives ${formatMoney(table.allowed[row]!, ctx.currency)}, this rule ${formatMoney(table.full[row]!, ctx.currency)}`;
		}
		case 'applied':
		case 'capped':
		case 'margin_floor':
		case 'no_effect':
			return kind === LINE_RULE ? describeLineEffect(row, ctx) : describeOrderEffect(row, ctx);
		default:
			// Rejections whose reason does not change while the basket is priced; the others were written at once.
			if (kind === LINE_RULE) return describeLineRejection(rule, ctx.scopes[table.line[row]!]!.view, ctx);
			return basketRejection(rule, ctx)?.detail ?? 'the rule does not apply';
	}
}

/**
 * The plain-English detail of a trace row, e.g. "10 % off 120.00 EUR = 12.00 EUR; capped at the 30 %
 * line cap: …", written when it is read. Everything it says comes from the row's numbers, its rule and
 * what does not change while a basket is priced, so it reads the same whenever it is written. An order
 * rule's text is kept, since each of its shares quotes it.
 */
export function describeTraceRow(row: number, ctx: PricingContext): string {
	const { table } = ctx;
	let text = table.texts.get(row);
	if (text === undefined) {
		text = compose(row, ctx);
		if (table.kind[row] === ORDER_RULE) table.texts.set(row, text);
	}
	return text;
}

import { orderAmountInBase } from '../marketing/campaign-budget.ts';
import type { OrderAmounts, OrderCost } from '../marketing/order-return-in-base.ts';
import { allocateProportionally } from '../money/allocate-proportionally.ts';
import { convertCurrency } from '../money/convert-currency.ts';
import { divideAndRound } from '../money/divide-and-round.ts';

/** A line as its base amounts need it: its net amount, and its goods' cost (null: the product has no cost). */
export interface BaseAmountLine {
	netAmount: number;
	cost: OrderCost | null;
}

export interface OrderBaseAmounts {
	/** Revenue in the base currency, at the order's own rate: what attribution and segments count. */
	netTotalBase: number;
	/** Σ of the lines' costs that could be counted. */
	costTotalBase: number;
	/** Per line: its share of the net total (the lines add up to it exactly) and its cost, null when unknown. */
	lines: { netAmountBase: number; costBase: number | null }[];
}

/**
 * What sales analyses and profitability sum in SQL (S1, A1–A3, C2), fixed when the order is priced. Revenue
 * goes at the order's rate as attribution takes it (net × gross in base ÷ gross, truncated); it is shared
 * over the lines by their net amounts, largest remainders first. A line's cost is the product's cost ×
 * quantity, rounded half up once: in the base currency as is, in the order's currency at the order's rate,
 * in a third currency at the rate of the day (none: the cost stays unknown, null).
 */
export function orderBaseAmounts(order: OrderAmounts, lines: readonly BaseAmountLine[], base: string, rateToBase: (currency: string) => string | null): OrderBaseAmounts {
	const atOrderRate = (amount: number) => (order.currency === base ? amount : orderAmountInBase(amount, order.grossTotal, order.grossTotalBase));
	const netTotalBase = atOrderRate(order.netTotal);
	const weights = lines.map((l) => Math.max(0, l.netAmount));
	const shares = weights.some((w) => w > 0) ? allocateProportionally(netTotalBase, weights) : lines.map(() => 0);
	const costOf = (cost: OrderCost | null): number | null => {
		if (cost === null) return null;
		const amount = Number(divideAndRound(cost.costTimesMilli, 1000n, 'half-up'));
		if (cost.currency === base) return amount;
		if (cost.currency === order.currency) return atOrderRate(amount);
		const rate = rateToBase(cost.currency);
		return rate === null ? null : convertCurrency({ amount, currency: cost.currency }, base, rate, 'half-up').amount;
	};
	const out = lines.map((l, i) => ({ netAmountBase: shares[i]!, costBase: costOf(l.cost) }));
	return { netTotalBase, costTotalBase: out.reduce((sum, l) => sum + (l.costBase ?? 0), 0), lines: out };
}

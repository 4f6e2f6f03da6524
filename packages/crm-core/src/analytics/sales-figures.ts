import { divideAndRound } from '../money/divide-and-round.ts';

/** What the database sums for a set of orders (or order lines) that count: all in minor units of the base currency. */
export interface SalesSums {
	revenue: number;
	/** Cost of the goods at pricing time; a line whose product had no cost counts as 0. */
	cost: number;
	orders: number;
	customers: number;
}

/** The figures people read: revenue, margin and its share, orders, customers, the average order. */
export interface SalesFigures extends SalesSums {
	margin: number;
	/** Margin ÷ revenue in basis points (half-even); null without revenue. */
	marginBp: number | null;
	/** Revenue ÷ orders in minor units (half-even); null without orders. */
	avgOrder: number | null;
}

/** Each figure now minus before; `marginBp` in basis points of share (percentage points × 100). Null where either side is null. */
export interface FigureChange {
	revenue: number;
	margin: number;
	marginBp: number | null;
	orders: number;
	customers: number;
	avgOrder: number | null;
}

/** Each figure's growth against before, in basis points of the earlier value; null where it was 0 (or none). */
export interface FigureGrowth {
	revenue: number | null;
	margin: number | null;
	orders: number | null;
	customers: number | null;
	avgOrder: number | null;
}

export const NO_SALES: SalesSums = { revenue: 0, cost: 0, orders: 0, customers: 0 };

/** a × scale ÷ b rounded half-even; null when b is 0. */
export function ratio(a: number, b: number, scale = 1): number | null {
	return b === 0 ? null : Number(divideAndRound(BigInt(a) * BigInt(scale), BigInt(b), 'half-even'));
}

export function salesFigures(sums: SalesSums): SalesFigures {
	const margin = sums.revenue - sums.cost;
	return { ...sums, margin, marginBp: ratio(margin, sums.revenue, 10_000), avgOrder: ratio(sums.revenue, sums.orders) };
}

/** (now − before) ÷ |before| in basis points, half-even; null when there was nothing before (or is nothing to compare). */
export function changeBp(now: number | null, before: number | null): number | null {
	if (now === null || before === null || before === 0) return null;
	return ratio(now - before, Math.abs(before), 10_000);
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export function figureChange(now: SalesFigures, before: SalesFigures): FigureChange {
	return { revenue: now.revenue - before.revenue, margin: now.margin - before.margin, marginBp: minus(now.marginBp, before.marginBp), orders: now.orders - before.orders, customers: now.customers - before.customers, avgOrder: minus(now.avgOrder, before.avgOrder) };
}

export function figureGrowth(now: SalesFigures, before: SalesFigures): FigureGrowth {
	return { revenue: changeBp(now.revenue, before.revenue), margin: changeBp(now.margin, before.margin), orders: changeBp(now.orders, before.orders), customers: changeBp(now.customers, before.customers), avgOrder: changeBp(now.avgOrder, before.avgOrder) };
}

/** A figure set beside the comparison period's, with the change and growth; `previous` null when nothing is compared. */
export interface ComparedFigures extends SalesFigures {
	previous: SalesFigures | null;
	change: FigureChange | null;
	growth: FigureGrowth | null;
}

export function compareFigures(now: SalesSums, before: SalesSums | null): ComparedFigures {
	const current = salesFigures(now);
	if (before === null) return { ...current, previous: null, change: null, growth: null };
	const previous = salesFigures(before);
	return { ...current, previous, change: figureChange(current, previous), growth: figureGrowth(current, previous) };
}

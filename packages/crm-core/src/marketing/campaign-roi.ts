import { divideAndRound } from '../money/divide-and-round.ts';
import { type AttributionCredit, compareIds } from './attribute-order.ts';

/** What a campaign (or a channel) earned and spent, and its return on the spend. */
export interface ReturnOnSpend {
	key: string;
	orders: number;
	revenue: number;
	margin: number;
	spend: number;
	/** (margin − spend) ÷ spend in basis points, rounded half-even; null without spend. */
	roiBp: number | null;
}

/**
 * ROI = (attributed gross margin − actual spend) ÷ actual spend. The spend is counted once per
 * campaign, however many orders it touched: never spend × orders.
 */
export function roiBasisPoints(margin: number, spend: number): number | null {
	if (spend <= 0) return null;
	return Number(divideAndRound((BigInt(margin) - BigInt(spend)) * 10_000n, BigInt(spend), 'half-even'));
}

/** Orders, revenue and margin credited to one campaign or channel so far. */
export interface CreditTotals {
	orders: number;
	/** The last order counted: an order's credits arrive together, so a new order is one that differs from it. */
	lastOrder: string | null;
	revenue: number;
	margin: number;
}

/** Adds one credit to the totals of its key; credits must come order by order (all of one order's together). */
export function addCredit(totals: Map<string, CreditTotals>, key: string, credit: AttributionCredit): void {
	let row = totals.get(key);
	if (!row) totals.set(key, (row = { orders: 0, lastOrder: null, revenue: 0, margin: 0 }));
	if (row.lastOrder !== credit.order) {
		row.orders++;
		row.lastOrder = credit.order;
	}
	row.revenue += credit.revenue;
	row.margin += credit.margin;
}

/** Each key's totals with its spend and ROI; keys with spend and no credit too, sorted. */
export function returnsOf(totals: ReadonlyMap<string, CreditTotals>, spendByKey: ReadonlyMap<string, number>): ReturnOnSpend[] {
	const keys = [...new Set([...totals.keys(), ...spendByKey.keys()])].sort();
	return keys.map((key) => {
		const row = totals.get(key);
		const spend = spendByKey.get(key) ?? 0;
		const margin = row?.margin ?? 0;
		return { key, orders: row?.orders ?? 0, revenue: row?.revenue ?? 0, margin, spend, roiBp: roiBasisPoints(margin, spend) };
	});
}

/** Credits summed per campaign (or per channel, by `keyOf`), each with its spend and ROI. */
export function summarizeReturns(credits: readonly AttributionCredit[], spendByKey: ReadonlyMap<string, number>, keyOf: (c: AttributionCredit) => string = (c) => c.campaign): ReturnOnSpend[] {
	const totals = new Map<string, CreditTotals>();
	const ordered = [...credits].sort((a, b) => compareIds(a.order, b.order));
	for (const c of ordered) addCredit(totals, keyOf(c), c);
	return returnsOf(totals, spendByKey);
}

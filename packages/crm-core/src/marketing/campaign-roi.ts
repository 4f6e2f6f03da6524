import { divideAndRound } from '../money/divide-and-round.ts';
import type { AttributionCredit } from './attribute-order.ts';

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

/** Credits summed per campaign (or per channel, by `keyOf`), each with its spend and ROI. */
export function summarizeReturns(credits: readonly AttributionCredit[], spendByKey: ReadonlyMap<string, number>, keyOf: (c: AttributionCredit) => string = (c) => c.campaign): ReturnOnSpend[] {
	const rows = new Map<string, { orders: Set<string>; revenue: number; margin: number }>();
	for (const c of credits) {
		const row = rows.get(keyOf(c)) ?? { orders: new Set<string>(), revenue: 0, margin: 0 };
		row.orders.add(c.order);
		row.revenue += c.revenue;
		row.margin += c.margin;
		rows.set(keyOf(c), row);
	}
	const keys = [...new Set([...rows.keys(), ...spendByKey.keys()])].sort();
	return keys.map((key) => {
		const row = rows.get(key);
		const spend = spendByKey.get(key) ?? 0;
		const margin = row?.margin ?? 0;
		return { key, orders: row?.orders.size ?? 0, revenue: row?.revenue ?? 0, margin, spend, roiBp: roiBasisPoints(margin, spend) };
	});
}

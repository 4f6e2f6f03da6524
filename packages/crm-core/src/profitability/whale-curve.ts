import { divideAndRound } from '../money/divide-and-round.ts';

export interface WhalePoint {
	/** Customers counted so far, most profitable first (0 = none). */
	rank: number;
	/** rank ÷ customers in basis points, half up. */
	customersBp: number;
	/** Σ profit of those customers. */
	cumulativeProfit: number;
}

export interface WhaleCurve {
	customers: number;
	/** At most `maxPoints` points from rank 0 to the last customer, the peak among them. */
	points: WhalePoint[];
	/** Where the curve is highest: after the last customer who makes money. */
	peak: WhalePoint & { /** The peak ÷ the total profit in basis points; null when the total is not positive. */ ofTotalBp: number | null };
	/** Where it ends: the total profit of all customers. */
	totalProfit: number;
	profitable: number;
	unprofitable: number;
	/** What the unprofitable customers lose together (a positive amount). */
	loss: number;
}

const bp = (part: number, whole: number) => (whole === 0 ? 0 : Number(divideAndRound(BigInt(part) * 10_000n, BigInt(whole), 'half-up')));

/** The ranks drawn: every one for a small portfolio, else `maxPoints` − 1 evenly spaced ones plus the peak. */
function ranksToDraw(customers: number, peak: number, maxPoints: number): number[] {
	if (customers + 1 <= maxPoints) return Array.from({ length: customers + 1 }, (_, i) => i);
	const ranks = new Set<number>([peak]);
	for (let i = 0; i < maxPoints - 1; i++) ranks.add(Math.round((i * customers) / (maxPoints - 2)));
	return [...ranks].filter((r) => r <= customers).sort((a, b) => a - b);
}

/**
 * The whale curve (A5.13): customers ranked by profit, most profitable first, and the cumulative profit after
 * each. It rises while customers make money, peaks after the last of them (often well above the total) and
 * falls back to the total through the unprofitable ones: how much the loss-makers give away.
 */
export function whaleCurve(profits: readonly number[], maxPoints = 201): WhaleCurve {
	if (maxPoints < 3) throw new RangeError('a whale curve needs at least 3 points');
	const ranked = [...profits].sort((a, b) => b - a);
	const cumulative = [0];
	for (const p of ranked) cumulative.push(cumulative[cumulative.length - 1]! + p);
	const profitable = ranked.filter((p) => p > 0).length;
	const totalProfit = cumulative[ranked.length]!;
	const point = (rank: number): WhalePoint => ({ rank, customersBp: bp(rank, ranked.length), cumulativeProfit: cumulative[rank]! });
	return {
		customers: ranked.length,
		points: ranksToDraw(ranked.length, profitable, maxPoints).map(point),
		peak: { ...point(profitable), ofTotalBp: totalProfit > 0 ? bp(cumulative[profitable]!, totalProfit) : null },
		totalProfit,
		profitable,
		unprofitable: ranked.filter((p) => p < 0).length,
		loss: ranked.filter((p) => p < 0).reduce((s, p) => s - p, 0),
	};
}

/** R, F and M scores from 1 to 5; 5 is best (most recent, most orders, most revenue). */
export interface RfmScores {
	r: number;
	f: number;
	m: number;
}

export interface RfmRow {
	key: string;
	/** Days since the customer's last order. */
	daysSinceOrder: number;
	/** Orders in the window. */
	orders: number;
	/** Net revenue in the window. */
	revenue: number;
}

/** The score every customer gets on a dimension where they are all equal (one customer alone, or all with one order). */
export const RFM_MIDDLE_SCORE = 3;

/**
 * RFM quintiles among the customers with at least one order in the window (rows without one get no
 * score and are not in the map). Each dimension is scored by rank: sorted from worst to best, a group
 * of equal values scores ⌊position of its first × 5 ÷ n⌋ + 1 (positions from 0), so equal customers
 * score alike, the worst score 1, and among five or more the best alone scores 5. With fewer than five
 * the top scores are not reached (of two, the better scores 3): few customers make weak quintiles.
 *
 * Where everybody is equal there is no ranking, and the formula would call them all the worst (1):
 * they get the middle score 3 instead. A single customer therefore scores 3-3-3, neither a champion
 * nor a customer to win back.
 */
export function scoreRfm(rows: readonly RfmRow[]): Map<string, RfmScores> {
	const scored = rows.filter((row) => row.orders > 0);
	const r = scoresOf(scored, (row) => -row.daysSinceOrder);
	const f = scoresOf(scored, (row) => row.orders);
	const m = scoresOf(scored, (row) => row.revenue);
	return new Map(scored.map((row) => [row.key, { r: r.get(row.key)!, f: f.get(row.key)!, m: m.get(row.key)! }]));
}

function scoresOf(rows: readonly RfmRow[], goodness: (row: RfmRow) => number): Map<string, number> {
	const ranked = rows.map((row) => ({ key: row.key, value: goodness(row) })).sort((a, b) => a.value - b.value);
	const n = ranked.length;
	const scores = new Map<string, number>();
	const allEqual = n > 0 && ranked[0]!.value === ranked[n - 1]!.value;
	let groupScore = 0;
	ranked.forEach(({ key, value }, position) => {
		if (position === 0 || value !== ranked[position - 1]!.value) groupScore = allEqual ? RFM_MIDDLE_SCORE : Math.floor((position * 5) / n) + 1;
		scores.set(key, groupScore);
	});
	return scores;
}

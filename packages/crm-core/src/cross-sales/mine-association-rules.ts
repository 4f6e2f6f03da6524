import { CrmError } from '../errors/crm-error.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { type AssociationRule, compareAssociationRules } from './association-rule.ts';

export interface MiningThresholds {
	/** Least share of all orders holding both products, basis points (0–10000). */
	minSupportBp: number;
	/** Least share of the antecedent's orders that also hold the consequent, basis points (0–10000). */
	minConfidenceBp: number;
	/** Least lift, basis points (10000 = lift 1.0: keep only pairs bought together more often than by chance). */
	minLiftBp: number;
	/** Keep only the strongest rules (a positive whole number); all of them when left out. */
	maxRules?: number;
}

/** Baskets read once: products interned to numbers, each basket's distinct products in one flat list. */
interface ReadBaskets {
	ids: string[];
	/** Orders holding each product, by product number. */
	orderCounts: number[];
	items: number[];
	/** Where each basket's products end in `items`. */
	ends: number[];
}

/**
 * S6.10 — "bought together" rules from order baskets (one basket per order: its product ids, repeats allowed).
 * Rules have one product on each side (A → B): that is what a cross-sell suggestion shows ("with A, people take
 * B"), and pairs stay countable on a million order lines where larger item sets would not. Every basket counts
 * as an order, an empty one too. Counting is exact; each figure is rounded once, half up, to a basis point from
 * the counts (never from another rounded figure), and a threshold compares with the figure as shown, so a rule
 * shown at 5 % passes a 5 % minimum.
 *
 * A-priori: a pair cannot be in more orders than either of its products, so products below the minimum support
 * are dropped before pairs are counted; pairs are counted in a Map keyed by a packed number (rank × width + rank).
 * The input is read once (a generator will do).
 */
export function mineAssociationRules(baskets: Iterable<readonly string[]>, thresholds: MiningThresholds): AssociationRule[] {
	assertThresholds(thresholds);
	const { minSupportBp, minConfidenceBp, minLiftBp, maxRules } = thresholds;
	const { ids, orderCounts, items, ends } = readBaskets(baskets);
	const orders = ends.length;
	const rankOf = new Int32Array(ids.length).fill(-1);
	const frequent: number[] = [];
	orderCounts.forEach((count, item) => {
		if (reachesBp(count, orders, minSupportBp)) rankOf[item] = frequent.push(item) - 1;
	});
	const width = frequent.length;
	const rules: AssociationRule[] = [];
	for (const [key, both] of countPairs(items, ends, rankOf, width)) {
		if (!reachesBp(both, orders, minSupportBp)) continue;
		const a = frequent[Math.floor(key / width)]!;
		const b = frequent[key % width]!;
		for (const [antecedent, consequent] of [[a, b], [b, a]] as const) {
			// The cheap exact test first: most pairs fail on confidence, and BigInt is only needed for the figures kept.
			if (!reachesBp(both, orderCounts[antecedent]!, minConfidenceBp)) continue;
			const rule = ruleOf(ids[antecedent]!, ids[consequent]!, both, orderCounts[antecedent]!, orderCounts[consequent]!, orders);
			if (rule.liftBp >= minLiftBp) rules.push(rule);
		}
	}
	rules.sort(compareAssociationRules);
	return maxRules === undefined ? rules : rules.slice(0, maxRules);
}

function assertThresholds({ minSupportBp, minConfidenceBp, minLiftBp, maxRules }: MiningThresholds): void {
	assertWhole('minSupportBp', minSupportBp, 0, 10_000);
	assertWhole('minConfidenceBp', minConfidenceBp, 0, 10_000);
	assertWhole('minLiftBp', minLiftBp, 0);
	if (maxRules !== undefined) assertWhole('maxRules', maxRules, 1);
}

function assertWhole(field: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
	if (Number.isSafeInteger(value) && value >= min && value <= max) return;
	const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
	throw new CrmError('CRM_OUT_OF_RANGE', `"${field}" must be a whole number ${range}, got ${value}.`, { field });
}

function readBaskets(baskets: Iterable<readonly string[]>): ReadBaskets {
	const numberOf = new Map<string, number>();
	const ids: string[] = [];
	const orderCounts: number[] = [];
	// The last basket each product was seen in: a product twice in one order counts once, without a Set per basket.
	const lastBasket: number[] = [];
	const items: number[] = [];
	const ends: number[] = [];
	for (const basket of baskets) {
		const current = ends.length;
		for (const id of basket) {
			let item = numberOf.get(id);
			if (item === undefined) {
				item = ids.push(id) - 1;
				numberOf.set(id, item);
				orderCounts.push(0);
				lastBasket.push(-1);
			}
			if (lastBasket[item] === current) continue;
			lastBasket[item] = current;
			orderCounts[item]!++;
			items.push(item);
		}
		ends.push(items.length);
	}
	return { ids, orderCounts, items, ends };
}

/** Orders holding each pair of frequent products, keyed lower rank × width + higher rank (exact below 2^53: up to ~94 million products). */
function countPairs(items: readonly number[], ends: readonly number[], rankOf: Int32Array, width: number): Map<number, number> {
	const pairs = new Map<number, number>();
	const kept: number[] = [];
	let start = 0;
	for (const end of ends) {
		kept.length = 0;
		for (let i = start; i < end; i++) {
			const rank = rankOf[items[i]!]!;
			if (rank >= 0) kept.push(rank);
		}
		start = end;
		if (kept.length < 2) continue;
		kept.sort((x, y) => x - y);
		for (let i = 0; i < kept.length - 1; i++) {
			const row = kept[i]! * width;
			for (let j = i + 1; j < kept.length; j++) {
				const key = row + kept[j]!;
				pairs.set(key, (pairs.get(key) ?? 0) + 1);
			}
		}
	}
	return pairs;
}

/**
 * Whether part ÷ whole, rounded half up to a basis point, reaches minBp: part × 10000 ÷ whole ≥ minBp − ½.
 * Exact in plain numbers while whole × 20000 stays below 2^53 (450 billion orders).
 */
function reachesBp(part: number, whole: number, minBp: number): boolean {
	return 2 * part * 10_000 >= (2 * minBp - 1) * whole;
}

function ruleOf(antecedent: string, consequent: string, both: number, withA: number, withB: number, orders: number): AssociationRule {
	const bp = (numerator: bigint, denominator: bigint) => Number(divideAndRound(numerator * 10_000n, denominator, 'half-up'));
	return {
		antecedent,
		consequent,
		count: both,
		supportBp: bp(BigInt(both), BigInt(orders)),
		confidenceBp: bp(BigInt(both), BigInt(withA)),
		// (both ÷ withA) ÷ (withB ÷ orders), kept as one fraction so that it is rounded once.
		liftBp: bp(BigInt(both) * BigInt(orders), BigInt(withA) * BigInt(withB)),
	};
}

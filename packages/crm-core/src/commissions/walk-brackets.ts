import type { CommissionPlan } from './commission-plan.ts';

/**
 * Positions on the period's running basis are kept in minor units × 10 000: a threshold at any share of
 * target (target × attainment bp) is then a whole number, so crossing it needs no rounding.
 */
export const POSITION_SCALE = 10_000n;

/** A stretch of the running basis inside one bracket of the plan. */
export interface BracketSegment {
	/** Where the stretch starts and ends, in minor units × POSITION_SCALE; `to` is below `from` when a clawback walks down. */
	from: bigint;
	to: bigint;
	rateBp: number;
	/** The bracket's bounds as shares of target: null from below the first tier, null to above the last one. */
	fromAttainmentBp: number | null;
	toAttainmentBp: number | null;
}

interface Bracket {
	lower: bigint | null;
	upper: bigint | null;
	rateBp: number;
	fromAttainmentBp: number | null;
	toAttainmentBp: number | null;
}

function bracketsOf(plan: CommissionPlan): Bracket[] {
	const target = BigInt(plan.targetMinor ?? 0);
	const bounds = plan.tiers.map((t) => ({ at: target * BigInt(t.fromAttainmentBp), bp: t.fromAttainmentBp }));
	// The plan's own rate runs from minus infinity: a clawback in a period without sales drives the running basis below zero at that rate.
	const rates = [plan.rateBp, ...plan.tiers.map((t) => t.rateBp)];
	return rates.map((rateBp, i) => ({
		lower: i === 0 ? null : bounds[i - 1]!.at,
		upper: bounds[i]?.at ?? null,
		rateBp,
		fromAttainmentBp: i === 0 ? null : bounds[i - 1]!.bp,
		toAttainmentBp: bounds[i]?.bp ?? null,
	}));
}

/**
 * The brackets the running basis passes through going from `from` to `to`, in the order it passes them (down
 * from the top for a clawback). A threshold belongs to the bracket above it going up and to the one below it
 * going down, so a line ending exactly on a threshold never yields an empty segment. A move of zero yields
 * one empty segment in the bracket it stands in, so every line can name its rate.
 */
export function walkBrackets(plan: CommissionPlan, from: bigint, to: bigint): BracketSegment[] {
	const brackets = bracketsOf(plan);
	const down = to < from;
	let i = brackets.findLastIndex((b) => b.lower === null || (down ? b.lower < from : b.lower <= from));
	const segment = (b: Bracket, start: bigint, end: bigint): BracketSegment => ({ from: start, to: end, rateBp: b.rateBp, fromAttainmentBp: b.fromAttainmentBp, toAttainmentBp: b.toAttainmentBp });
	if (from === to) return [segment(brackets[i]!, from, to)];

	const segments: BracketSegment[] = [];
	let at = from;
	while (at !== to) {
		const b = brackets[i]!;
		const end = down ? lowestReach(b, to) : highestReach(b, to);
		segments.push(segment(b, at, end));
		at = end;
		i += down ? -1 : 1;
	}
	return segments;
}

const highestReach = (b: Bracket, to: bigint) => (b.upper !== null && b.upper < to ? b.upper : to);
const lowestReach = (b: Bracket, to: bigint) => (b.lower !== null && b.lower > to ? b.lower : to);

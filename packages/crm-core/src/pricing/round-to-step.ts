import { divideAndRound } from '../money/divide-and-round.ts';
import type { RoundingMode } from '../money/rounding-mode.ts';

/**
 * Rounds minor units to a multiple of `step` minor units ("price points"): 1234 to step 100 half-up
 * → 1200, to step 5 → 1235. Exact integer maths, so no float ever decides a price.
 */
export function roundToStep(amount: number, step: number, mode: RoundingMode): number {
	if (!Number.isSafeInteger(step) || step < 1) throw new RangeError('step must be a whole number of minor units, at least 1');
	return Number(divideAndRound(BigInt(amount), BigInt(step), mode) * BigInt(step));
}

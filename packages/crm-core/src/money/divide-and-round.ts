import type { RoundingMode } from './rounding-mode.ts';

/** Exact integer division `numerator / denominator`, rounded by `mode`. Works for any signs. */
export function divideAndRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
	if (denominator === 0n) throw new RangeError('division by zero');
	if (denominator < 0n) return divideAndRound(-numerator, -denominator, mode);

	const negative = numerator < 0n;
	const n = negative ? -numerator : numerator;
	const quotient = n / denominator;
	const remainder = n % denominator;
	let magnitude = quotient;

	if (remainder !== 0n) {
		const twice = remainder * 2n;
		const roundAway =
			mode === 'up' || (mode === 'half-up' && twice >= denominator) || (mode === 'half-even' && (twice > denominator || (twice === denominator && quotient % 2n === 1n)));
		if (roundAway) magnitude += 1n;
	}

	return negative ? -magnitude : magnitude;
}

import { divideAndRound } from '../money/divide-and-round.ts';
import type { RoundingMode } from '../money/rounding-mode.ts';

/**
 * `a × b / divisor` rounded once by `mode`, exactly as divideAndRound on BigInts (the money helpers), but
 * with plain numbers while the product fits in 2^53: pricing a basket does this thousands of times, and a
 * BigInt per step was a good part of its time. `divisor` must be a positive whole number.
 */
export function roundedProduct(a: number, b: number, divisor: number, mode: RoundingMode = 'half-up'): number {
	const product = a * b;
	// A product beyond 2^53 is not exact as a number: BigInt then, as before.
	if (!Number.isSafeInteger(product)) return Number(divideAndRound(BigInt(a) * BigInt(b), BigInt(divisor), mode));
	const negative = product < 0;
	const magnitude = negative ? -product : product;
	// `%` is exact on whole numbers, and so is the division of what is left, unlike Math.floor(n / d) near 2^53.
	const remainder = magnitude % divisor;
	let quotient = (magnitude - remainder) / divisor;
	if (remainder !== 0) {
		const twice = remainder * 2;
		const away = mode === 'up' || (mode === 'half-up' && twice >= divisor) || (mode === 'half-even' && (twice > divisor || (twice === divisor && quotient % 2 === 1)));
		if (away) quotient += 1;
	}
	return negative && quotient !== 0 ? -quotient : quotient;
}

/**
 * Population standard deviation ÷ mean of a series of whole amounts, in basis points rounded half up;
 * null when the series is empty or its mean is not positive (there is nothing to vary around).
 *
 * Computed exactly in integers: with S = Σx and D = n·Σx² − S², cv = √D ÷ S, so
 * cvBp = round(√(10⁸·D) ÷ S) = ⌊(⌊√(4·10⁸·D)⌋ + S) ÷ 2S⌋. A steady customer sitting exactly on the X
 * cut-off (cv 10 %) is X on every machine, where floating point could make it 10.000000001 %.
 */
export function coefficientOfVariationBp(series: readonly number[]): number | null {
	if (series.length === 0) return null;
	let sum = 0n;
	let squares = 0n;
	for (const x of series) {
		if (!Number.isSafeInteger(x)) throw new RangeError(`a monthly amount must be a whole number of minor units, got ${x}`);
		sum += BigInt(x);
		squares += BigInt(x) * BigInt(x);
	}
	if (sum <= 0n) return null;
	const spread = BigInt(series.length) * squares - sum * sum;
	return Number((integerSquareRoot(400_000_000n * spread) + sum) / (2n * sum));
}

/** ⌊√n⌋ for n ≥ 0, by Newton's method (exact for any size). */
function integerSquareRoot(n: bigint): bigint {
	if (n < 2n) return n;
	let x = n;
	let y = (x + 1n) / 2n;
	while (y < x) {
		x = y;
		y = (x + n / x) / 2n;
	}
	return x;
}

/**
 * Splits `total` minor units over parts in proportion to `weights`, so that the parts add up to
 * `total` exactly (largest-remainder method; ties go to the earlier part). Used to spread an
 * order-level discount or a document's VAT over its lines without losing a cent.
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
	if (weights.length === 0) return [];
	if (weights.some((w) => w < 0 || !Number.isSafeInteger(w))) throw new RangeError('weights must be non-negative whole numbers');

	const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
	if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));

	const t = BigInt(total);
	const sign = t < 0n ? -1n : 1n;
	const magnitude = t * sign;
	const shares = weights.map((w) => (magnitude * BigInt(w)) / sum);
	const remainders = weights.map((w, i) => ({ i, r: (magnitude * BigInt(w)) % sum }));
	let left = magnitude - shares.reduce((a, b) => a + b, 0n);

	remainders.sort((a, b) => {
		if (a.r === b.r) return a.i - b.i;
		return a.r > b.r ? -1 : 1;
	});
	for (const { i } of remainders) {
		if (left === 0n) break;
		shares[i]! += 1n;
		left -= 1n;
	}

	return shares.map((s) => Number(s * sign));
}

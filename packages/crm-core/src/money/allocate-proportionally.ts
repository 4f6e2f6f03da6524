/**
 * Splits `total` minor units over parts in proportion to `weights`, so that the parts add up to
 * `total` exactly (largest-remainder method; ties go to the earlier part). Used to spread an
 * order-level discount or a document's VAT over its lines without losing a cent.
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
	if (weights.length === 0) return [];
	if (weights.some((w) => w < 0 || !Number.isSafeInteger(w))) throw new RangeError('weights must be non-negative whole numbers');

	const plainSum = weights.reduce((a, b) => a + b, 0);
	// Most splits (an order over a few touches, a discount over a few lines) stay far below 2^53: exact in plain numbers, and much faster than BigInt.
	if (plainSum > 0 && Number.isSafeInteger(plainSum) && Number.isSafeInteger(Math.abs(total) * plainSum)) return allocateSmall(total, weights, plainSum);

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

/** allocateProportionally where |total| × Σweights is a safe integer, so every product and remainder is exact. */
function allocateSmall(total: number, weights: readonly number[], sum: number): number[] {
	const sign = total < 0 ? -1 : 1;
	const magnitude = total * sign;
	const shares = new Array<number>(weights.length);
	const order = new Array<number>(weights.length);
	let left = magnitude;
	for (let i = 0; i < weights.length; i++) {
		const product = magnitude * weights[i]!;
		shares[i] = (product - (product % sum)) / sum;
		left -= shares[i]!;
		order[i] = i;
	}
	if (left > 0) {
		const remainder = (i: number) => (magnitude * weights[i]!) % sum;
		order.sort((a, b) => remainder(b) - remainder(a) || a - b);
		for (let k = 0; k < left; k++) shares[order[k]!]! += 1;
	}
	return shares.map((s) => (s === 0 ? 0 : s * sign));
}

import { allocateProportionally } from '../money/allocate-proportionally.ts';

// Working space for the remainders, kept between calls: spreading one order discount can take several
// passes over hundreds of lines, and fresh arrays for each were most of what pricing a basket allocated.
let remainders = new Float64Array(256);
let selection = new Float64Array(256);

/** The k-th largest of the first `n` of `values` (1 ≤ k ≤ n), by quickselect: reorders them. */
function kthLargest(values: Float64Array, n: number, k: number): number {
	let low = 0;
	let high = n - 1;
	const target = k - 1;
	while (low < high) {
		const pivot = values[(low + high) >>> 1]!;
		let i = low;
		let j = high;
		while (i <= j) {
			while (values[i]! > pivot) i++;
			while (values[j]! < pivot) j--;
			if (i <= j) {
				const swap = values[i]!;
				values[i] = values[j]!;
				values[j] = swap;
				i++;
				j--;
			}
		}
		if (target <= j) high = j;
		else if (target >= i) low = i;
		else return values[target]!;
	}
	return values[target]!;
}

/**
 * allocateProportionally (largest remainder, ties to the earlier part, parts add up to `total`) with plain
 * numbers when every product `total × weight` fits in 2^53, which is every realistic basket; otherwise, or
 * for a bad weight, the BigInt original decides. Spreading each order discount over 200 lines with BigInts
 * was a visible share of pricing a basket.
 */
export function allocateInProportion(total: number, weights: readonly number[]): number[] {
	const n = weights.length;
	if (n === 0) return [];
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const weight = weights[i]!;
		if (weight < 0 || !Number.isSafeInteger(weight)) return allocateProportionally(total, weights);
		sum += weight;
	}
	const magnitude = Math.abs(total);
	// With room for one `sum` more, so that the quotient's correction below stays exact too.
	if (!Number.isSafeInteger(total) || !Number.isSafeInteger(sum) || !Number.isSafeInteger(magnitude * sum + sum)) return allocateProportionally(total, weights);
	if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));

	if (remainders.length < n) {
		remainders = new Float64Array(n * 2);
		selection = new Float64Array(n * 2);
	}
	const shares: number[] = new Array<number>(n).fill(0);
	let left = magnitude;
	for (let i = 0; i < n; i++) {
		const product = magnitude * weights[i]!;
		// A float division may land one off the true quotient near a whole number: the remainder says so.
		let share = Math.floor(product / sum);
		let remainder = product - share * sum;
		if (remainder < 0) {
			share--;
			remainder += sum;
		} else if (remainder >= sum) {
			share++;
			remainder -= sum;
		}
		shares[i] = share;
		remainders[i] = remainder;
		left -= share;
	}
	if (left > 0) {
		// The `left` largest remainders get one more unit, ties to the earlier part: every remainder above
		// the left-th largest, then those equal to it in part order.
		for (let i = 0; i < n; i++) selection[i] = remainders[i]!;
		const threshold = kthLargest(selection, n, left);
		let atThreshold = left;
		for (let i = 0; i < n; i++) if (remainders[i]! > threshold) atThreshold--;
		for (let i = 0; i < n; i++) {
			if (remainders[i]! > threshold) shares[i]! += 1;
			else if (remainders[i] === threshold && atThreshold > 0) {
				shares[i]! += 1;
				atThreshold--;
			}
		}
	}
	if (total < 0) for (let i = 0; i < n; i++) shares[i] = shares[i] === 0 ? 0 : -shares[i]!;
	return shares;
}

import { compareKeys } from './compare-keys.ts';
import type { AbcClass } from './customer-classes.ts';

/**
 * Pareto (ABC) classes. Customers are ranked by value, largest first; a customer is A while the share
 * of the total taken by those before it is below the A cut-off (so the customer that crosses 80 % is
 * still A: it is part of the first 80 %), B while it is below the B cut-off, else C. Equal values get
 * the class of the first of them, so that two customers with the same revenue never land on either
 * side of a line by the accident of their ids. Values ≤ 0 (no sales, credit notes) are always C and do
 * not count in the total; when nothing is positive everybody is C.
 *
 * The comparison is `before × 10000 < cut × total` in BigInt: a share computed in floating point puts
 * a customer sitting exactly on the line on either side of it.
 *
 * The map lists the customers in rank order (value descending, then key).
 */
export function classifyAbc(values: readonly { key: string; value: number }[], aShareBp: number, bShareBp: number): Map<string, AbcClass> {
	for (const { key, value } of values) if (!Number.isSafeInteger(value)) throw new RangeError(`ABC value of ${key} must be a whole number of minor units, got ${value}`);
	const ranked = [...values].sort((x, y) => y.value - x.value || compareKeys(x.key, y.key));
	const total = ranked.reduce((sum, { value }) => (value > 0 ? sum + BigInt(value) : sum), 0n);
	const classes = new Map<string, AbcClass>();
	let before = 0n;
	let groupValue: number | null = null;
	let groupClass: AbcClass = 'C';
	for (const { key, value } of ranked) {
		if (value <= 0 || total === 0n) {
			classes.set(key, 'C');
			continue;
		}
		if (value !== groupValue) {
			groupValue = value;
			groupClass = classAt(before, total, aShareBp, bShareBp);
		}
		classes.set(key, groupClass);
		before += BigInt(value);
	}
	return classes;
}

function classAt(before: bigint, total: bigint, aShareBp: number, bShareBp: number): AbcClass {
	if (before * 10_000n < BigInt(aShareBp) * total) return 'A';
	if (before * 10_000n < BigInt(bShareBp) * total) return 'B';
	return 'C';
}

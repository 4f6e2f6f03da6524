/**
 * Merges lists of rule ranks, each ascending, into one ascending list without repeats (a rule found
 * through two of a product's groups is a candidate once). The index's buckets are kept in rank order,
 * so a line's candidates come out in priority order without sorting them per line.
 */
export function mergeRanks(lists: readonly (readonly number[])[]): number[] {
	if (lists.length === 1) return lists[0]!.slice();
	const heads: number[] = new Array<number>(lists.length).fill(0);
	let total = 0;
	for (const list of lists) total += list.length;
	// Sized once (repeats are cut off at the end) rather than grown rank by rank.
	const merged: number[] = new Array<number>(total);
	let size = 0;
	let last = -1;
	for (;;) {
		let from = -1;
		let lowest = Number.POSITIVE_INFINITY;
		for (let k = 0; k < lists.length; k++) {
			const list = lists[k]!;
			const head = heads[k]!;
			if (head < list.length && list[head]! < lowest) {
				lowest = list[head]!;
				from = k;
			}
		}
		if (from < 0) {
			merged.length = size;
			return merged;
		}
		heads[from]!++;
		if (lowest !== last) merged[size++] = lowest;
		last = lowest;
	}
}

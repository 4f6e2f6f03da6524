import { allocateProportionally } from '../money/allocate-proportionally.ts';

export interface RoomAllocation {
	/** Per part, in the order of `weights`. */
	shares: number[];
	/** What no part had room for. */
	dropped: number;
	/** Per part, true when its share was held at its room (it would have taken more). */
	held: boolean[];
}

/**
 * Spreads `amount` over parts in proportion to `weights` (largest remainder, ties to the earlier part),
 * without giving any part more than its `room`: a part's excess is spread again over the parts that
 * still have room, in proportion to their weights, until all is placed or no part has room left. What
 * cannot be placed is `dropped`. Used to spread an order discount without taking a line below its floor.
 */
export function allocateWithinRoom(amount: number, weights: readonly number[], rooms: readonly number[]): RoomAllocation {
	const shares = weights.map(() => 0);
	const held = weights.map(() => false);
	let left = amount;
	let open = weights.map((_, i) => i);
	let first = true;
	while (left > 0 && open.length > 0) {
		// The first pass spreads over every part, as if there were no floors; later passes only over parts with room.
		const parts = first ? open : open.filter((i) => weights[i]! > 0);
		if (parts.length === 0) break;
		const pass = allocateProportionally(left, parts.map((i) => weights[i]!));
		left = 0;
		const stillOpen: number[] = [];
		parts.forEach((i, k) => {
			const offered = pass[k]!;
			const room = rooms[i]! - shares[i]!;
			const given = Math.min(offered, room);
			shares[i]! += given;
			left += offered - given;
			if (given < offered) held[i] = true;
			else if (shares[i]! < rooms[i]!) stillOpen.push(i);
		});
		open = stillOpen;
		first = false;
	}
	return { shares, dropped: left, held };
}

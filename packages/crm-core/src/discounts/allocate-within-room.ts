import { allocateInProportion } from './allocate-in-proportion.ts';

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
	const shares: number[] = new Array<number>(weights.length).fill(0);
	const held: boolean[] = new Array<boolean>(weights.length).fill(false);
	let left = amount;
	// The first pass spreads over every part, as if there were no floors; later passes only over parts with room.
	let parts: readonly number[] | null = null;
	while (left > 0 && (parts === null ? weights.length : parts.length) > 0) {
		const pass = allocateInProportion(left, parts === null ? weights : parts.map((i) => weights[i]!));
		left = 0;
		const withRoom: number[] = [];
		for (let k = 0; k < pass.length; k++) {
			const i = parts === null ? k : parts[k]!;
			const offered = pass[k]!;
			const room = rooms[i]! - shares[i]!;
			const given = Math.min(offered, room);
			shares[i]! += given;
			left += offered - given;
			if (given < offered) held[i] = true;
			else if (shares[i]! < rooms[i]! && weights[i]! > 0) withRoom.push(i);
		}
		parts = withRoom;
	}
	return { shares, dropped: left, held };
}

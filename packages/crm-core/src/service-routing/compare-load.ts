import type { SpecialistEntry } from './specialist-entry.ts';

/**
 * Orders two specialists by load ratio, exactly: a.load / a.capacity vs b.load / b.capacity compared
 * as a.load × b.capacity vs b.load × a.capacity, so 1/3 and 2/6 tie (in floating point they need not).
 * Loads and capacities are bounded so the products stay safe integers.
 */
export function compareLoad(a: SpecialistEntry, b: SpecialistEntry): number {
	return a.load * b.capacity - b.load * a.capacity;
}

/**
 * Round robin among equal loads: never assigned first, then the least recently assigned, then the
 * earlier of two assignments recorded at the same millisecond, then by id, so that the choice is
 * the same on every run.
 */
export function compareTurn(a: SpecialistEntry, b: SpecialistEntry): number {
	if (a.lastAssignedMs !== b.lastAssignedMs) {
		if (a.lastAssignedMs === null) return -1;
		if (b.lastAssignedMs === null) return 1;
		return a.lastAssignedMs - b.lastAssignedMs;
	}
	if (a.sequence !== b.sequence) return a.sequence - b.sequence;
	return a.id < b.id ? -1 : Number(a.id > b.id);
}

/** The rank among eligible specialists: load ratio, then turn. */
export function compareCandidates(a: SpecialistEntry, b: SpecialistEntry): number {
	return compareLoad(a, b) || compareTurn(a, b);
}

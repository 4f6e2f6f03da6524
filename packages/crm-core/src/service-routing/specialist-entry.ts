import type { Specialist } from './specialist.ts';

/**
 * The engine's working copy of one specialist: facts parsed once, and the load and last assignment,
 * which change as a batch (re-routing, a benchmark) assigns requests one after the other.
 */
export interface SpecialistEntry {
	readonly specialist: Specialist;
	readonly id: string;
	readonly teamIds: ReadonlySet<string>;
	/** Skill id → level (the highest, when listed twice). */
	readonly skills: ReadonlyMap<string, number>;
	readonly absentUntilMs: number | null;
	readonly capacity: number;
	/** Weighted load: Σ count × weight. */
	load: number;
	lastAssignedMs: number | null;
	/** Breaks ties between assignments recorded at the same millisecond: later = higher. */
	sequence: number;
}

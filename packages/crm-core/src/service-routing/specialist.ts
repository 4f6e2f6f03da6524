import type { ServicePriority } from './service-priority.ts';
import type { SkillLevel } from './skill-requirement.ts';

/** Open requests assigned to a specialist, counted per priority. */
export interface SpecialistLoad {
	priority: ServicePriority;
	count: number;
}

/** A specialist as routing sees them, read from the database and their calendar just before routing. */
export interface Specialist {
	id: string;
	name: string;
	teamIds: string[];
	skills: SkillLevel[];
	/** Working now per their calendar (the caller computes it: routing does not know calendars). */
	available: boolean;
	/** Absent until then (ISO 8601 with a zone); null, missing or past = not absent. */
	absentUntil?: string | null;
	/** What they can carry at once, in weighted units (an urgent request weighs more than a low one). */
	capacity: number;
	/** Their open assigned requests. A priority may appear more than once; the counts add up. */
	load: SpecialistLoad[];
	/** When they were last given a request (ISO 8601 with a zone); null = never. */
	lastAssignedAt: string | null;
	/** Switched off specialists never get requests. */
	active: boolean;
}

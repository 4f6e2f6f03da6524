/** Lowest and highest skill level: 1 = basic … 5 = expert. */
export const MIN_SKILL_LEVEL = 1;
export const MAX_SKILL_LEVEL = 5;

/** A request needs someone holding `skillId` at `minLevel` or above. */
export interface SkillRequirement {
	skillId: string;
	minLevel: number;
}

/** A specialist holds `skillId` at `level`. */
export interface SkillLevel {
	skillId: string;
	level: number;
}

import { CrmError } from '../errors/crm-error.ts';
import { MAX_SKILL_LEVEL, MIN_SKILL_LEVEL, type SkillRequirement } from '../service-routing/skill-requirement.ts';

/** A request's required skills as stored and sent: [{ skill: 'NETWORK', min_level: 2 }]. */
export interface StoredSkill {
	skill: string;
	min_level: number;
}

/** Reads required skills as a client sends them (null or missing: none); CrmError naming the item for anything else. */
export function parseRequiredSkills(value: unknown): SkillRequirement[] {
	const list = value ?? [];
	if (!Array.isArray(list)) throw new CrmError('CRM_INVALID_TYPE', '"required_skills" must be a list of { "skill": <skill code>, "min_level": 1–5 }.', { field: 'required_skills' });
	return list.map((item, i) => {
		const row = (item ?? {}) as Record<string, unknown>;
		const level = Number(row['min_level'] ?? MIN_SKILL_LEVEL);
		if (typeof row['skill'] !== 'string' || row['skill'].length === 0) throw new CrmError('CRM_REQUIRED_FIELD', `required_skills[${i}] needs a "skill" code.`, { field: `required_skills[${i}].skill` });
		if (!Number.isInteger(level) || level < MIN_SKILL_LEVEL || level > MAX_SKILL_LEVEL) throw new CrmError('CRM_OUT_OF_RANGE', `required_skills[${i}].min_level must be a whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}.`, { field: `required_skills[${i}].min_level` });
		return { skillId: row['skill'], minLevel: level };
	});
}

/** CRM_REFERENCE_NOT_FOUND for the first skill code no service skill has. */
export function assertSkillsKnown(skills: readonly SkillRequirement[], known: ReadonlySet<string>): void {
	const missing = skills.find((s) => !known.has(s.skillId));
	if (missing) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `No skill has the code "${missing.skillId}"; use a code from Service skills.`, { field: 'required_skills' });
}

export const toStoredSkills = (skills: readonly SkillRequirement[]): StoredSkill[] => skills.map((s) => ({ skill: s.skillId, min_level: s.minLevel }));

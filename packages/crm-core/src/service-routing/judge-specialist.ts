import type { CandidateOutcome } from './assignment-result.ts';
import type { RoutingContext } from './routing-context.ts';
import type { SpecialistEntry } from './specialist-entry.ts';

export type Ineligibility = Exclude<CandidateOutcome, 'chosen' | 'higher_load' | 'lost_round_robin'>;

/**
 * Why a specialist cannot take the request, or null when they can. First reason wins: who they are
 * (inactive, team, skills) before their state right now (absence, calendar, load), so that the index's
 * team and skill filters skip exactly those that would fail first on team or skill.
 */
export function judgeSpecialist(entry: SpecialistEntry, ctx: RoutingContext): Ineligibility | null {
	if (!entry.specialist.active) return 'inactive';
	const { request } = ctx;
	if (request.teamId !== null && !entry.teamIds.has(request.teamId)) return 'other_team';
	let tooLow = false;
	for (const { skillId, minLevel } of request.requiredSkills) {
		const level = entry.skills.get(skillId);
		if (level === undefined) return 'missing_skill';
		if (level < minLevel) tooLow = true;
	}
	if (tooLow) return 'skill_too_low';
	if (entry.id === ctx.leavingId || (entry.absentUntilMs !== null && entry.absentUntilMs > ctx.nowMs)) return 'absent';
	if (!entry.specialist.available) return 'not_available';
	if (entry.load + ctx.weight > entry.capacity) return 'over_capacity';
	return null;
}

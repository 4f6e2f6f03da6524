import type { Ineligibility } from './judge-specialist.ts';
import { formatLoad, formatRatio } from './format-load.ts';
import type { RoutingContext } from './routing-context.ts';
import type { SpecialistEntry } from './specialist-entry.ts';

function lastAssigned(entry: SpecialistEntry): string {
	return entry.lastAssignedMs === null ? 'never assigned' : `last assigned ${new Date(entry.lastAssignedMs).toISOString()}`;
}

function describeSkills(entry: SpecialistEntry, ctx: RoutingContext, outcome: 'missing_skill' | 'skill_too_low'): string {
	const parts: string[] = [];
	for (const { skillId, minLevel } of ctx.request.requiredSkills) {
		const level = entry.skills.get(skillId);
		// Missing skills are named first; when a skill is missing, levels of the others are not the reason.
		if (level === undefined) parts.push(`lacks skill ${skillId} (needs level ${minLevel})`);
		else if (outcome === 'skill_too_low' && level < minLevel) parts.push(`skill ${skillId} too low (needs level ${minLevel}, has ${level})`);
	}
	return parts.join('; ');
}

/** Why a specialist cannot take the request, in plain English. */
export function describeIneligible(outcome: Ineligibility, entry: SpecialistEntry, ctx: RoutingContext): string {
	switch (outcome) {
		case 'inactive':
			return 'inactive: takes no requests';
		case 'other_team': {
			const teams = [...entry.teamIds];
			return `not in team ${ctx.request.teamId} (${teams.length === 0 ? 'in no team' : `teams: ${teams.join(', ')}`})`;
		}
		case 'missing_skill':
		case 'skill_too_low':
			return describeSkills(entry, ctx, outcome);
		case 'absent':
			if (entry.id === ctx.leavingId) return 'became absent: their open requests are being re-routed';
			return `absent until ${entry.specialist.absentUntil}`;
		case 'not_available':
			return 'not working now per their calendar';
		case 'over_capacity':
			return `load ${entry.load}/${entry.capacity} + ${ctx.weight} for this ${ctx.request.priority} request = ${entry.load + ctx.weight} would exceed capacity ${entry.capacity}`;
	}
}

/** Why the chosen one was chosen; `tied` = how many others share the lowest ratio. */
export function describeChosen(chosen: SpecialistEntry, eligible: number, tied: number): string {
	const load = `load ${formatLoad(chosen.load, chosen.capacity)}`;
	if (tied === 0) return eligible === 1 ? `${load}; the only eligible specialist` : `lowest ${load} of ${eligible} eligible`;
	return `lowest ${load}, shared with ${tied} other${tied === 1 ? '' : 's'}; chosen by round robin (${lastAssigned(chosen)})`;
}

/** Why an eligible specialist lost to the chosen one. */
export function describeLoser(entry: SpecialistEntry, chosen: SpecialistEntry, sameLoad: boolean): string {
	const name = chosen.specialist.name;
	if (!sameLoad) return `load ${formatLoad(entry.load, entry.capacity)} is higher than ${formatRatio(chosen.load, chosen.capacity)} of ${name}`;
	const same = `same load ${formatRatio(entry.load, entry.capacity)} as ${name}`;
	if (entry.lastAssignedMs !== chosen.lastAssignedMs) return `${same}, who has waited longer (${name}: ${lastAssigned(chosen)}; this one: ${lastAssigned(entry)})`;
	if (entry.sequence !== chosen.sequence) return `${same}, whose last assignment came first`;
	return `${same} and the same last assignment; ${name} comes first by id`;
}

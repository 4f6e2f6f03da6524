import type { AssignmentExplanation, AssignmentResult, CandidateExplanation, CandidateOutcome } from './assignment-result.ts';
import { compareCandidates, compareLoad } from './compare-load.ts';
import { describeChosen, describeIneligible, describeLoser } from './describe-candidate.ts';
import type { SpecialistRoster } from './index-specialists.ts';
import { type Ineligibility, judgeSpecialist } from './judge-specialist.ts';
import type { RoutingContext } from './routing-context.ts';
import type { SpecialistEntry } from './specialist-entry.ts';
import { summarizeAssignment } from './summarize-assignment.ts';

export type ExplainMode = 'full' | 'summary';

/** How many eligible specialists after the chosen one a summary describes. */
export const RUNNERS_UP = 3;

function emptyCounts(): Record<CandidateOutcome, number> {
	return { chosen: 0, higher_load: 0, lost_round_robin: 0, inactive: 0, other_team: 0, missing_skill: 0, skill_too_low: 0, absent: 0, not_available: 0, over_capacity: 0 };
}

function candidate(entry: SpecialistEntry, outcome: CandidateOutcome, detail: string): CandidateExplanation {
	return { specialistId: entry.id, name: entry.specialist.name, outcome, load: entry.load, capacity: entry.capacity, loadRatio: entry.load / entry.capacity, detail };
}

/**
 * The specialists worth judging one by one: the request's team or the holders of its rarest required
 * skill, whichever list is shorter; every active specialist when the request names neither. Who is
 * left out would fail on team or skill anyway (see judgeSpecialist), so `skippedBy` says which.
 */
function poolOf(roster: SpecialistRoster, ctx: RoutingContext): { pool: readonly SpecialistEntry[]; skippedBy: 'team' | 'skill' | null } {
	const { teamId, requiredSkills } = ctx.request;
	let pool: readonly SpecialistEntry[] = roster.active;
	let skippedBy: 'team' | 'skill' | null = null;
	if (teamId !== null) {
		pool = roster.byTeam.get(teamId) ?? [];
		skippedBy = 'team';
	}
	for (const { skillId } of requiredSkills) {
		const holders = roster.bySkill.get(skillId) ?? [];
		if (holders.length < pool.length) {
			pool = holders;
			skippedBy = 'skill';
		}
	}
	return { pool, skippedBy };
}

/**
 * Judges the specialists, picks the best eligible one and explains it (see assignRequest). In 'full'
 * mode every specialist is judged and described; in 'summary' mode only the pool is judged, the chosen
 * one and the RUNNERS_UP next best are described, and the others are counted (from the index's sizes).
 */
export function routeRequest(roster: SpecialistRoster, ctx: RoutingContext, explain: ExplainMode): AssignmentResult {
	const counts = emptyCounts();
	const eligible: SpecialistEntry[] = [];
	const ineligible: [SpecialistEntry, Ineligibility][] = [];

	if (explain === 'full') {
		for (const entry of roster.entries) {
			const outcome = judgeSpecialist(entry, ctx);
			if (outcome === null) eligible.push(entry);
			else {
				counts[outcome]++;
				ineligible.push([entry, outcome]);
			}
		}
	} else {
		const { pool, skippedBy } = poolOf(roster, ctx);
		for (const entry of pool) {
			const outcome = judgeSpecialist(entry, ctx);
			if (outcome === null) eligible.push(entry);
			else counts[outcome]++;
		}
		counts.inactive += roster.entries.length - roster.active.length;
		const skipped = roster.active.length - pool.length;
		if (skippedBy === 'team') counts.other_team += skipped;
		else if (skippedBy === 'skill') {
			const teamId = ctx.request.teamId;
			// Of the active ones outside the team, the pool's were judged other_team already; the rest were skipped.
			const outsideTeam = teamId === null ? 0 : roster.active.length - (roster.byTeam.get(teamId)?.length ?? 0) - counts.other_team;
			counts.other_team += outsideTeam;
			counts.missing_skill += skipped - outsideTeam;
		}
	}

	let chosen: SpecialistEntry | null = null;
	for (const entry of eligible) if (chosen === null || compareCandidates(entry, chosen) < 0) chosen = entry;

	const candidates: CandidateExplanation[] = [];
	if (chosen !== null) {
		let tied = 0;
		for (const entry of eligible) {
			if (entry === chosen) continue;
			if (compareLoad(entry, chosen) === 0) tied++;
		}
		counts.chosen = 1;
		counts.lost_round_robin = tied;
		counts.higher_load = eligible.length - 1 - tied;
		candidates.push(candidate(chosen, 'chosen', describeChosen(chosen, eligible.length, tied)));
		eligible.sort(compareCandidates);
		// Summary keeps the runners-up: who would have taken it next, and why they did not.
		const losers = eligible.filter((entry) => entry !== chosen).slice(0, explain === 'full' ? undefined : RUNNERS_UP);
		for (const entry of losers) {
			const sameLoad = compareLoad(entry, chosen) === 0;
			candidates.push(candidate(entry, sameLoad ? 'lost_round_robin' : 'higher_load', describeLoser(entry, chosen, sameLoad)));
		}
	}
	for (const [entry, outcome] of ineligible) candidates.push(candidate(entry, outcome, describeIneligible(outcome, entry, ctx)));

	const explanation: AssignmentExplanation = {
		mode: explain,
		weight: ctx.weight,
		candidates,
		counts,
		summary: summarizeAssignment(chosen, counts, roster.entries.length, ctx.request.teamId),
	};
	return { requestId: ctx.request.id, assignee: chosen?.id ?? null, queue: chosen === null ? ctx.request.teamId : null, explanation };
}

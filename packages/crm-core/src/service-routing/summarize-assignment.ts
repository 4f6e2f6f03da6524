import type { CandidateOutcome } from './assignment-result.ts';
import { formatLoad } from './format-load.ts';
import type { SpecialistEntry } from './specialist-entry.ts';

const REASONS: readonly [CandidateOutcome, string][] = [
	['inactive', 'inactive'],
	['other_team', 'in another team'],
	['missing_skill', 'lacking a skill'],
	['skill_too_low', 'with a skill level too low'],
	['absent', 'absent'],
	['not_available', 'not working now'],
	['over_capacity', 'at capacity'],
];

/** "3 lacking a skill, 1 absent": the reasons nobody (else) could take it. */
export function describeCounts(counts: Readonly<Record<CandidateOutcome, number>>): string {
	return REASONS.filter(([outcome]) => counts[outcome] > 0)
		.map(([outcome, label]) => `${counts[outcome]} ${label}`)
		.join(', ');
}

/** One sentence for the request's history. */
export function summarizeAssignment(chosen: SpecialistEntry | null, counts: Readonly<Record<CandidateOutcome, number>>, total: number, teamId: string | null): string {
	const eligible = counts.chosen + counts.higher_load + counts.lost_round_robin;
	const others = describeCounts(counts);
	if (chosen === null) {
		const where = teamId === null ? 'left unassigned (no team queue)' : `queued for team ${teamId}`;
		return total === 0 ? `No specialists to choose from; ${where}.` : `No eligible specialist of ${total}; ${where}. ${others[0]!.toUpperCase()}${others.slice(1)}.`;
	}
	const load = `load ${formatLoad(chosen.load, chosen.capacity)}`;
	const how = counts.lost_round_robin > 0 ? `by round robin among ${counts.lost_round_robin + 1} with the lowest ${load}` : `with the lowest ${load}`;
	const rest = others === '' ? '' : ` Not eligible: ${others}.`;
	return `Assigned to ${chosen.specialist.name} ${how}; ${eligible} of ${total} eligible.${rest}`;
}

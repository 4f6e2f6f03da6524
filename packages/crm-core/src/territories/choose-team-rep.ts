import type { AssignmentRep } from './assignment-facts.ts';

/** A team's active rep with the fewest customers, ties by id, so new customers spread evenly; null when it has none. */
export function chooseTeamRep(teamId: string, reps: readonly AssignmentRep[]): AssignmentRep | null {
	const members = reps.filter((r) => r.active && r.teamId === teamId);
	members.sort((a, b) => a.customerCount - b.customerCount || a.id.localeCompare(b.id));
	return members[0] ?? null;
}

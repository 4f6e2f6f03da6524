import { type AssignmentInput, assignRequest } from './assign-request.ts';
import type { AssignmentResult } from './assignment-result.ts';
import type { Specialist } from './specialist.ts';

export interface DedicatedAssignmentInput extends AssignmentInput {
	specialists: readonly Specialist[];
	/** The customer's dedicated engineer, when the service map promises one; null = none. */
	dedicatedId?: string | null;
}

/**
 * A key customer's dedicated engineer takes the request first — whatever the request's team, as long
 * as they hold the skills, work now, are not absent and have room. Otherwise the request is assigned
 * as usual, and the summary says why the dedicated engineer did not take it.
 */
export function assignPreferringDedicated(input: DedicatedAssignmentInput): AssignmentResult {
	const { dedicatedId, ...rest } = input;
	const dedicated = dedicatedId && dedicatedId !== input.leavingId ? input.specialists.find((s) => s.id === dedicatedId) : undefined;
	if (!dedicated) return assignRequest(rest);
	// Judged in full, alone: the reason they cannot take it goes into the summary.
	const tried = assignRequest({ ...rest, explain: 'full', request: { ...input.request, teamId: null }, specialists: [dedicated] });
	if (tried.assignee) return { ...tried, explanation: { ...tried.explanation, summary: `dedicated engineer ${dedicated.name} takes it (service map step); ${tried.explanation.summary}` } };
	const why = tried.explanation.candidates[0]?.detail ?? 'not eligible';
	const result = assignRequest(rest);
	return { ...result, explanation: { ...result.explanation, summary: `dedicated engineer ${dedicated.name} cannot take it (${why}); ${result.explanation.summary}` } };
}

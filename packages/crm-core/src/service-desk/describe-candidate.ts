import type { CandidateExplanation } from '../service-routing/assignment-result.ts';

/** The engine names teams by id; people read names. */
export const withTeamNames = (text: unknown, names: ReadonlyMap<string, string>): string => [...names].reduce((out, [id, name]) => out.replaceAll(id, name), String(text ?? ''));

/** One candidate of a routing explanation as the API shows it (snake case, team names in the detail). */
export function describeCandidate(c: Readonly<Record<keyof CandidateExplanation, unknown>>, teamNames: ReadonlyMap<string, string>) {
	return { specialist_id: c.specialistId, name: c.name, outcome: c.outcome, load: c.load, capacity: c.capacity, load_ratio: c.loadRatio, detail: withTeamNames(c.detail, teamNames) };
}

import type { CandidateExplanation } from '../service-routing/assignment-result.ts';
import { withNames } from './names-for-ids.ts';

/** One candidate of a routing explanation as the API shows it (snake case; the engine names teams by id, people read names). */
export function describeCandidate(c: Readonly<Record<keyof CandidateExplanation, unknown>>, names: ReadonlyMap<string, string>) {
	return { specialist_id: c.specialistId, name: c.name, outcome: c.outcome, load: c.load, capacity: c.capacity, load_ratio: c.loadRatio, detail: withNames(c.detail, names) };
}

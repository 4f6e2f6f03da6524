import type { RecomputedDecision } from '../service-intake/recompute-decision.ts';
import { describeCandidate } from './describe-candidate.ts';
import { withNames } from './names-for-ids.ts';
import type { Named, StoredDecision } from './describe-request-overview.ts';

/** A stored decision beside its full explanation recomputed (recomputeDecision), in people's words. */
export function describeRecomputedDecision(stored: Pick<StoredDecision, 'id' | 'kind' | 'decidedAt' | 'assignee' | 'summary'> & { request: string }, again: RecomputedDecision, teamNames: ReadonlyMap<string, string>) {
	const names = new Map(again.explanation.candidates.map((c) => [c.specialistId, c.name]));
	const person = (id: string | null): Named | null => (id ? { id, name: names.get(id) ?? id } : null);
	return {
		decision: stored.id,
		request: stored.request,
		kind: stored.kind,
		decided_at: stored.decidedAt,
		stored: { assignee: person(stored.assignee), summary: withNames(stored.summary, teamNames) },
		recomputed: {
			assignee: person(again.assignee),
			summary: withNames(again.explanation.summary, teamNames),
			weight: again.explanation.weight,
			counts: again.explanation.counts,
			candidates: again.explanation.candidates.map((c) => describeCandidate(c, teamNames)),
		},
		agrees: again.agrees,
		basis: again.basis,
	};
}

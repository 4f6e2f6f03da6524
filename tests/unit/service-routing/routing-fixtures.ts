import type { AssignmentResult, CandidateExplanation, ClassificationRequest, ClassificationRule, RoutingRequest, Specialist } from '../../../packages/crm-core/src/service-routing/index.ts';

/** A Monday morning. */
export const NOW = '2026-05-04T09:00:00Z';

export function rule(overrides: Partial<ClassificationRule> & Pick<ClassificationRule, 'code'>): ClassificationRule {
	return { id: overrides.code.toLowerCase(), name: `Rule ${overrides.code}`, priority: 100, active: true, match: {}, set: {}, ...overrides };
}

export function inbound(overrides: Partial<ClassificationRequest> = {}): ClassificationRequest {
	return {
		subject: 'Question',
		description: 'Hello, I have a question.',
		channel: 'email',
		productId: null,
		productGroupIds: [],
		categoryId: null,
		customerStatus: null,
		...overrides,
	};
}

export function specialist(overrides: Partial<Specialist> & Pick<Specialist, 'id'>): Specialist {
	return {
		name: overrides.id.charAt(0).toUpperCase() + overrides.id.slice(1),
		teamIds: ['support'],
		skills: [],
		available: true,
		absentUntil: null,
		capacity: 10,
		load: [],
		lastAssignedAt: null,
		active: true,
		...overrides,
	};
}

export function routed(overrides: Partial<RoutingRequest> = {}): RoutingRequest {
	return { id: 'REQ-1', priority: 'normal', requiredSkills: [], teamId: null, customerId: 'acme', ...overrides };
}

export function candidateOf(result: AssignmentResult, specialistId: string): CandidateExplanation {
	const found = result.explanation.candidates.find((c) => c.specialistId === specialistId);
	if (!found) throw new Error(`${specialistId} is not among the candidates`);
	return found;
}

/** specialistId → outcome, for compact expectations. */
export function outcomes(result: AssignmentResult): Record<string, string> {
	return Object.fromEntries(result.explanation.candidates.map((c) => [c.specialistId, c.outcome]));
}

/** The same list in a fixed pseudo-random order (seeded), to check that order does not matter. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const copy = [...items];
	let s = seed;
	for (let i = copy.length - 1; i > 0; i--) {
		s = (s * 1103515245 + 12345) & 0x7fffffff;
		const j = s % (i + 1);
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

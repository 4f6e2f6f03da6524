import type { SegmentTarget } from './segment-rule.ts';

/** One change of membership, kept for history: who entered or left a segment, and when. */
export interface MembershipEvent {
	segment: string;
	target: SegmentTarget;
	member: string;
	change: 'entered' | 'left';
	at: string;
}

export interface SegmentRefreshFacts {
	segment: string;
	target: SegmentTarget;
	/** The members the segment holds now. */
	current: readonly string[];
	/** The members its rule selects now. */
	matched: readonly string[];
	/** When the refresh runs (ISO timestamp). */
	at: string;
}

export interface SegmentRefreshPlan {
	add: string[];
	remove: string[];
	events: MembershipEvent[];
	memberCount: number;
	refreshedAt: string;
}

/**
 * Moves a segment's membership to what its rule selects: the members to add and remove, and one
 * history event for each. A refresh that finds nothing changed writes no events.
 */
export function planSegmentRefresh(facts: SegmentRefreshFacts): SegmentRefreshPlan {
	const current = new Set(facts.current);
	const matched = new Set(facts.matched);
	const add = [...matched].filter((id) => !current.has(id)).sort();
	const remove = [...current].filter((id) => !matched.has(id)).sort();
	const event = (member: string, change: MembershipEvent['change']): MembershipEvent => ({ segment: facts.segment, target: facts.target, member, change, at: facts.at });
	return {
		add,
		remove,
		events: [...add.map((id) => event(id, 'entered')), ...remove.map((id) => event(id, 'left'))],
		memberCount: matched.size,
		refreshedAt: facts.at,
	};
}

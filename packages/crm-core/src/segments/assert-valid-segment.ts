import { CrmError } from '../errors/crm-error.ts';
import { parseSegmentRule } from './parse-segment-rule.ts';
import type { SegmentRule, SegmentTarget } from './segment-rule.ts';
import { segmentTargetOf } from './segment-target.ts';

/** A market segment as stored or about to be stored. */
export interface SegmentRow {
	id?: unknown;
	applies_to?: unknown;
	definition?: unknown;
	rule?: unknown;
}

/** A rule segment's target and rule, ready to query. */
export interface RuleSegment {
	target: SegmentTarget;
	rule: SegmentRule;
}

/**
 * Checks a segment as a whole: a segment by rule must select customers or products and carry a
 * complete rule; a segment chosen by hand needs no rule (one left over from before is kept, unused).
 * Answers the rule segment's target and rule, or null for a manual segment.
 */
export function assertValidSegment(row: SegmentRow): RuleSegment | null {
	if (row.definition !== 'rule') return null;
	const target = segmentTargetOf(row.applies_to);
	if (row.rule === null || row.rule === undefined) throw new CrmError('CRM_SEGMENT_RULE_INVALID', 'rule: a segment by rule needs its conditions; add at least one, or choose its members by hand.', { path: 'rule' });
	return { target, rule: parseSegmentRule(row.rule, target) };
}

/**
 * Members of a segment by rule are the rule's to keep: added or removed by hand they would change
 * back at the next refresh, so such a change is refused with what to do instead.
 */
export function assertMembersByHand(segments: readonly { id: string; name: string; definition: unknown }[]): void {
	const ruled = segments.find((s) => s.definition === 'rule');
	if (ruled) throw new CrmError('CRM_SEGMENT_MEMBERS_BY_RULE', `"${ruled.name}" takes its members from its rule: change the rule, or make it a segment chosen by hand.`, { segment: ruled.id });
}

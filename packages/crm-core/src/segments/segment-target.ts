import { CrmError } from '../errors/crm-error.ts';
import type { SegmentTarget } from './segment-rule.ts';

/**
 * What a rule segment selects, from the segment's "applies to": a rule reads either customers or
 * products, so a segment for both is kept manual.
 */
export function segmentTargetOf(appliesTo: unknown): SegmentTarget {
	if (appliesTo === 'customers' || appliesTo === 'products') return appliesTo;
	throw new CrmError('CRM_SEGMENT_RULE_INVALID', 'applies_to: a rule selects either customers or products; set "Applies to" to one of them, or keep the segment manual.', { path: 'applies_to' });
}

import { productGroupSubtree } from '../catalog/product-group-subtree.ts';
import type { AnyCondition, SegmentRule, SegmentTarget } from './segment-rule.ts';

/**
 * The rule with every product group it names widened to the group and its subgroups ("bought
 * Fasteners" takes screws filed under Fasteners › Screws), so that the query needs no tree walk.
 * A product attribute `group` stays exact: it asks for the group a product is filed under.
 */
export function expandSegmentRule(rule: SegmentRule, target: SegmentTarget, parentOf: ReadonlyMap<string, string | null>): SegmentRule {
	const expand = (c: AnyCondition): AnyCondition => {
		if (c.kind === 'bought') return { ...c, productGroups: productGroupSubtree(parentOf, c.productGroups) };
		if (c.kind === 'in_group' && target === 'products') return { ...c, groups: productGroupSubtree(parentOf, c.groups) };
		return c;
	};
	return { ...rule, conditions: rule.conditions.map(expand) };
}

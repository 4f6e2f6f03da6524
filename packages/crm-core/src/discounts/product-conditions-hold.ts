import type { CompiledRule } from './compiled-rule.ts';
import type { ProductFacts } from './pricing-request.ts';

function anyOf(list: readonly string[], values: readonly string[]): boolean {
	for (const value of values) if (list.includes(value)) return true;
	return false;
}

/** productConditionFailure(rule.conditions, product) === null, without writing the reason. Keep the two in step. */
export function productConditionsHold(rule: CompiledRule, product: ProductFacts): boolean {
	if (rule.productIds !== null && !rule.productIds.includes(product.id)) return false;
	if (rule.productGroupIds !== null && !anyOf(rule.productGroupIds, product.groupIds)) return false;
	if (rule.productSegmentIds !== null && !anyOf(rule.productSegmentIds, product.segmentIds)) return false;
	return true;
}

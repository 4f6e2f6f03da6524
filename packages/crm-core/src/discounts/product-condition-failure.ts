import type { DiscountConditions } from './discount-rule.ts';
import { listIds } from './list-ids.ts';
import type { ProductFacts } from './pricing-request.ts';

/**
 * The first condition about the product that does not hold, in plain words; null when they all hold.
 * A product group condition matches the product's group and every ancestor of it (`groupIds`).
 */
export function productConditionFailure(c: DiscountConditions, product: ProductFacts): string | null {
	if (c.productIds?.length && !c.productIds.includes(product.id)) return `only for product(s) ${listIds(c.productIds)}, this is ${product.id}`;
	if (c.productGroupIds?.length && !product.groupIds.some((id) => c.productGroupIds?.includes(id))) return `product is not in group(s) ${listIds(c.productGroupIds)}`;
	if (c.productSegmentIds?.length && !product.segmentIds.some((id) => c.productSegmentIds?.includes(id))) return `product is not in segment(s) ${listIds(c.productSegmentIds)}`;
	return null;
}

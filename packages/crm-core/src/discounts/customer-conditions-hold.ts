import type { DiscountConditions } from './discount-rule.ts';
import type { PricingRequest } from './pricing-request.ts';

function present(list: readonly string[] | undefined): list is readonly string[] {
	return list !== undefined && list.length > 0;
}

function anyOf(list: readonly string[], values: readonly string[]): boolean {
	for (const value of values) if (list.includes(value)) return true;
	return false;
}

/**
 * customerConditionFailure(c, request) === null, without writing the reason: the engine asks this of
 * every candidate and only explains the failures someone reads. Keep the two in step.
 */
export function customerConditionsHold(c: DiscountConditions, request: PricingRequest): boolean {
	const { customer, channelId, campaignId } = request;
	if (present(c.customerIds) && !c.customerIds.includes(customer.id)) return false;
	if (present(c.customerGroupIds) && !anyOf(c.customerGroupIds, customer.groupIds)) return false;
	if (present(c.customerCategories) && (customer.category === null || !c.customerCategories.includes(customer.category))) return false;
	if (present(c.customerSegmentIds) && !anyOf(c.customerSegmentIds, customer.segmentIds)) return false;
	if (present(c.regionIds) && (customer.regionId === null || !c.regionIds.includes(customer.regionId))) return false;
	if (present(c.customerStatuses) && (customer.status === null || !c.customerStatuses.includes(customer.status))) return false;
	if (present(c.channelIds) && (channelId === null || !c.channelIds.includes(channelId))) return false;
	if (c.firstOrderOnly && !customer.isFirstOrder) return false;
	if (c.campaignId && c.campaignId !== campaignId) return false;
	return true;
}

import type { DiscountConditions } from './discount-rule.ts';
import { listIds } from './list-ids.ts';
import type { PricingRequest } from './pricing-request.ts';

function present(list: readonly string[] | undefined): list is readonly string[] {
	return list !== undefined && list.length > 0;
}

function oneOf(list: readonly string[], value: string | null): boolean {
	return value !== null && list.includes(value);
}

function anyOf(list: readonly string[], values: readonly string[]): boolean {
	return values.some((value) => list.includes(value));
}

/**
 * The first condition about the customer or the basket's attribution (channel, campaign, first
 * order) that does not hold, in plain words; null when they all hold. These do not depend on the line.
 */
export function customerConditionFailure(c: DiscountConditions, request: PricingRequest): string | null {
	const { customer, channelId, campaignId } = request;
	if (present(c.customerIds) && !c.customerIds.includes(customer.id)) return `only for customer(s) ${listIds(c.customerIds)}, this is ${customer.id}`;
	if (present(c.customerGroupIds) && !anyOf(c.customerGroupIds, customer.groupIds)) return `customer is not in group(s) ${listIds(c.customerGroupIds)}`;
	if (present(c.customerCategories) && !oneOf(c.customerCategories, customer.category)) {
		return `only for customer category ${listIds(c.customerCategories)}, the customer's is ${customer.category ?? 'not set'}`;
	}
	if (present(c.customerSegmentIds) && !anyOf(c.customerSegmentIds, customer.segmentIds)) return `customer is not in segment(s) ${listIds(c.customerSegmentIds)}`;
	if (present(c.regionIds) && !oneOf(c.regionIds, customer.regionId)) return `only for region(s) ${listIds(c.regionIds)}, the customer's is ${customer.regionId ?? 'not set'}`;
	if (present(c.customerStatuses) && !oneOf(c.customerStatuses, customer.status)) {
		return `only for customer status ${listIds(c.customerStatuses)}, the customer's is ${customer.status ?? 'not set'}`;
	}
	if (present(c.channelIds) && !oneOf(c.channelIds, channelId)) return `only for sales channel(s) ${listIds(c.channelIds)}, the basket's is ${channelId ?? 'not set'}`;
	if (c.firstOrderOnly && !customer.isFirstOrder) return "only for a customer's first order, and the customer has ordered before";
	if (c.campaignId && c.campaignId !== campaignId) return `only for campaign ${c.campaignId}, the basket's is ${campaignId ?? 'not set'}`;
	return null;
}

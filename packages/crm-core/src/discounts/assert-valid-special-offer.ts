import { assertValidLimit } from './assert-valid-limit.ts';
import { assertValidWindow } from './assert-valid-window.ts';
import { discountDefinitionError } from './discount-definition-error.ts';
import type { SpecialOffer } from './special-offer.ts';

/** Throws CRM_DISCOUNT_RULE_INVALID (details.field = the column) unless the offer's code, dates and limits make sense. */
export function assertValidSpecialOffer(offer: SpecialOffer): void {
	const what = `Offer ${offer.code || offer.id}`;
	if (typeof offer.code !== 'string' || offer.code.trim() === '') throw discountDefinitionError(what, 'code', 'a code is required.');
	assertValidWindow(what, offer.validFrom, offer.validTo);
	assertValidLimit(what, 'max_uses', offer.maxUses);
	assertValidLimit(what, 'max_uses_per_customer', offer.maxUsesPerCustomer);
	assertValidLimit(what, 'max_quantity_milli', offer.maxQuantityMilli);
	assertValidLimit(what, 'max_quantity_per_customer_milli', offer.maxQuantityPerCustomerMilli);
}

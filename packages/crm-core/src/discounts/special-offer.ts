/**
 * A special offer (M3.1): a named, time-limited set of rules, limited by number of uses and/or
 * discounted quantity, overall and per customer. Limits are null when unlimited.
 */
export interface SpecialOffer {
	id: string;
	code: string;
	name: string;
	active: boolean;
	validFrom: string | null;
	validTo: string | null;
	maxUses: number | null;
	maxUsesPerCustomer: number | null;
	/** Total discounted quantity (thousandths of a unit) the offer may give, over all lines of all orders. */
	maxQuantityMilli: number | null;
	maxQuantityPerCustomerMilli: number | null;
	/** Usage so far, from claimed redemptions, excluding the document being priced. */
	used: OfferUsage;
}

export interface OfferUsage {
	uses: number;
	quantityMilli: number;
	customerUses: number;
	customerQuantityMilli: number;
}

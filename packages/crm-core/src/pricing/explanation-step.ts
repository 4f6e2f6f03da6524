/** Why a list was looked at: the customer's own list, one of its groups', its sales channel's, or the base list. */
export type PriceListSource = 'customer' | 'group' | 'channel' | 'base';

/** What came of looking at a list. Only one step of an explanation is ever `used`, and it is the last. */
export type ExplanationOutcome = 'used' | 'inactive' | 'not_valid_on_date' | 'other_currency' | 'no_price';

/** One line of "why this price": which list was considered, and why it was used or skipped. */
export interface ExplanationStep {
	priceListId: string;
	code: string;
	source: PriceListSource;
	outcome: ExplanationOutcome;
	/** Plain English for people, e.g. "Wholesale (WHOLESALE): 12.40 EUR per unit from 10 units, derived from Base (BASE) +15 %, rounded to 0.10". */
	detail: string;
}

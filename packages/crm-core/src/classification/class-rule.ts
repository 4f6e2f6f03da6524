import type { AbcClass, ClassifiedStatus, XyzClass } from './customer-classes.ts';

/**
 * A classification rule: when a customer's classes and figures meet every condition, the rule sets their
 * category and/or status. Rules are tried by `sort` (lower first); the first that matches wins. An empty
 * list or a null bound is no condition.
 */
export interface ClassRule {
	id: string;
	name: string;
	sort: number;
	/** Empty = any; a customer without the class (null) never matches a non-empty list. */
	abcRevenue: AbcClass[];
	abcMargin: AbcClass[];
	xyz: XyzClass[];
	/** Margin ÷ revenue in the window, at least (bp); a customer with revenue ≤ 0 does not match. */
	minMarginBp: number | null;
	/** Days since the last order ever, at least; a customer who never ordered does not match (they are not dormant, they have not started). */
	minDaysSinceOrder: number | null;
	/** Days since the last order ever, at most; a customer who never ordered does not match. */
	maxDaysSinceOrder: number | null;
	/** R + F + M (3..15), at least; a customer without RFM does not match. */
	minRfmScore: number | null;
	/** The category the rule sets; null leaves the category as it is. */
	category: string | null;
	/** The status the rule sets; null leaves the status as it is. */
	status: ClassifiedStatus | null;
}

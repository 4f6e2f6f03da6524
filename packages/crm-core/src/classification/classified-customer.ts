import type { CustomerClasses } from './customer-classes.ts';
import type { RfmScores } from './score-rfm.ts';

/** One customer's result of a classification run, with the figures behind it. */
export interface ClassifiedCustomer {
	customer: string;
	classes: CustomerClasses;
	/** Null when the customer has no order in the window. */
	rfmScores: RfmScores | null;
	/** Net revenue and gross margin in the window, base currency minor units. */
	revenue: number;
	margin: number;
	/** Coefficient of variation of monthly revenue (bp); null without XYZ class or without sales. */
	cvBp: number | null;
	/** Days since the last order ever; null when the customer never ordered. */
	daysSinceOrder: number | null;
}

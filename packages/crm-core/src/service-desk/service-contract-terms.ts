import type { ServiceLevel } from './service-level.ts';
import type { SlaTarget } from './sla-target.ts';

/** What a customer's service contract promises, as the SLA engine reads it. */
export interface ServiceContractTerms {
	id: string;
	/** The contract's number, e.g. 'SC-0007'; used in explanations. */
	code: string;
	level: ServiceLevel;
	active: boolean;
	/** First day of validity 'YYYY-MM-DD' (inclusive); null = since always. */
	validFrom: string | null;
	/** Last day of validity (inclusive); null = open-ended. */
	validTo: string | null;
	/** Products, product groups and categories covered; all three empty = the contract covers every request. */
	coveredProductIds: readonly string[];
	coveredProductGroupIds: readonly string[];
	coveredCategoryIds: readonly string[];
	targets: readonly SlaTarget[];
	/** The business calendar the targets count on; null = the desk's default calendar. */
	calendarId: string | null;
}

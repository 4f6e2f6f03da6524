import type { ServiceStep } from './service-step.ts';
import type { SlaTarget } from './sla-target.ts';

/** The service a customer gets by status (prospect, active, key…) when no contract says otherwise. */
export interface ServiceMapTerms {
	id: string;
	name: string;
	/** The customer status the map is for. */
	customerStatus: string;
	targets: readonly SlaTarget[];
	steps: readonly ServiceStep[];
	/** The business calendar the targets count on; null = the desk's default calendar. */
	calendarId: string | null;
}

/** The kinds of step a service map can promise, each finished by a different fact of the request. */
export const SERVICE_STEP_KINDS = ['first_response', 'dedicated_engineer', 'call_back', 'resolution', 'survey'] as const;

export type ServiceStepKind = (typeof SERVICE_STEP_KINDS)[number];

/** One step of a service map, e.g. "call the customer back within 2 business hours". */
export interface ServiceStep {
	id: string;
	/** Order of the steps on the map (ties keep id order). */
	sort: number;
	kind: ServiceStepKind;
	name: string;
	/** Business minutes allowed: from creation, or for the survey from closure; null = no deadline. */
	targetMinutes: number | null;
}

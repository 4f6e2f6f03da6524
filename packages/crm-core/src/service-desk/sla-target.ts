import type { ServicePriority } from '../service-routing/service-priority.ts';

/** One row of a contract's or service map's SLA table: the targets for requests of one priority (null = no target). */
export interface SlaTarget {
	priority: ServicePriority;
	/** Business minutes from creation to the first response. */
	responseMinutes: number | null;
	/** Business minutes from creation to resolution, time waiting for the customer not counted. */
	resolutionMinutes: number | null;
}

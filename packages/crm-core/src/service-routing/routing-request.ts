import type { ServicePriority } from './service-priority.ts';
import type { SkillRequirement } from './skill-requirement.ts';

/** A classified request to assign. */
export interface RoutingRequest {
	id: string;
	priority: ServicePriority;
	requiredSkills: SkillRequirement[];
	/** Only this team's members may take it, and it waits in this team's queue when nobody can; null = any team. */
	teamId: string | null;
	/** Kept with the decision; routing does not look at it. */
	customerId: string | null;
}

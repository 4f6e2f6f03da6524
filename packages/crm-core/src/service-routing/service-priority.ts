/** A service request's priority, lowest first. */
export const SERVICE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export type ServicePriority = (typeof SERVICE_PRIORITIES)[number];

export function isServicePriority(value: unknown): value is ServicePriority {
	return typeof value === 'string' && (SERVICE_PRIORITIES as readonly string[]).includes(value);
}

/** 0 for low … 3 for urgent: re-routing moves the most urgent requests first. */
export function priorityRank(priority: ServicePriority): number {
	return SERVICE_PRIORITIES.indexOf(priority);
}

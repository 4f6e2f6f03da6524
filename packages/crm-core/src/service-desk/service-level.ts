/** How much a service contract buys, lowest first: when two contracts cover a request the higher level wins. */
export const SERVICE_LEVELS = ['basic', 'standard', 'premium'] as const;

export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** 0 for basic … 2 for premium. */
export function serviceLevelRank(level: ServiceLevel): number {
	return SERVICE_LEVELS.indexOf(level);
}

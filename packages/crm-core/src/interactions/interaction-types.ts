export const INTERACTION_TYPES = ['call', 'meeting', 'email', 'visit', 'letter', 'chat', 'portal', 'system'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export function isInteractionType(value: unknown): value is InteractionType {
	return typeof value === 'string' && (INTERACTION_TYPES as readonly string[]).includes(value);
}

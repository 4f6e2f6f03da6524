import type { Direction, InteractionType } from './types.ts';

const TYPE_ICONS: Readonly<Record<InteractionType, string>> = {
	call: 'call',
	meeting: 'groups',
	email: 'mail',
	visit: 'directions_walk',
	letter: 'mail_outline',
	chat: 'chat',
	portal: 'language',
	system: 'settings',
};

const TYPE_LABELS: Readonly<Record<InteractionType, string>> = {
	call: 'Call',
	meeting: 'Meeting',
	email: 'E-mail',
	visit: 'Visit',
	letter: 'Letter',
	chat: 'Chat',
	portal: 'Portal',
	system: 'System',
};

const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
	inbound: 'Inbound',
	outbound: 'Outbound',
	internal: 'Internal',
};

const DIRECTION_ICONS: Readonly<Record<Direction, string>> = {
	inbound: 'call_received',
	outbound: 'call_made',
	internal: 'sync_alt',
};

/** Fallback for a type the server knows but this build does not (newer API, older interface). */
const UNKNOWN_TYPE_ICON = 'history';

function has<K extends string>(record: Readonly<Record<K, string>>, key: string): key is K {
	return Object.prototype.hasOwnProperty.call(record, key);
}

/** Material icon name for an interaction type. */
export function iconForType(type: string): string {
	return has(TYPE_ICONS, type) ? TYPE_ICONS[type] : UNKNOWN_TYPE_ICON;
}

/** Human label for an interaction type; unknown types are shown as they are. */
export function labelForType(type: string): string {
	return has(TYPE_LABELS, type) ? TYPE_LABELS[type] : type;
}

export function labelForDirection(direction: string): string {
	return has(DIRECTION_LABELS, direction) ? DIRECTION_LABELS[direction] : direction;
}

export function iconForDirection(direction: string): string {
	return has(DIRECTION_ICONS, direction) ? DIRECTION_ICONS[direction] : 'swap_horiz';
}

/** System entries are written by the CRM itself and are shown muted. */
export function isMutedType(type: string): boolean {
	return type === 'system';
}

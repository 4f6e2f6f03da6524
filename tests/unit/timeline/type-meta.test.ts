import { describe, expect, it } from 'vitest';
import { iconForDirection, iconForType, isMutedType, labelForDirection, labelForType } from '../../../extensions/interfaces/crm-timeline/src/type-meta.ts';
import { INTERACTION_TYPES } from '../../../extensions/interfaces/crm-timeline/src/types.ts';

describe('iconForType', () => {
	it('maps every interaction type to its icon', () => {
		expect(Object.fromEntries(INTERACTION_TYPES.map((t) => [t, iconForType(t)]))).toEqual({
			call: 'call',
			meeting: 'groups',
			email: 'mail',
			visit: 'directions_walk',
			letter: 'mail_outline',
			chat: 'chat',
			portal: 'language',
			system: 'settings',
		});
	});

	it('falls back for unknown types, including prototype keys', () => {
		expect(iconForType('fax')).toBe('history');
		expect(iconForType('constructor')).toBe('history');
	});
});

describe('labels', () => {
	it('labels types and directions', () => {
		expect(INTERACTION_TYPES.map(labelForType)).toEqual(['Call', 'Meeting', 'E-mail', 'Visit', 'Letter', 'Chat', 'Portal', 'System']);
		expect(labelForType('fax')).toBe('fax');
		expect(['inbound', 'outbound', 'internal', 'sideways'].map(labelForDirection)).toEqual(['Inbound', 'Outbound', 'Internal', 'sideways']);
		expect(['inbound', 'outbound', 'internal', 'sideways'].map(iconForDirection)).toEqual(['call_received', 'call_made', 'sync_alt', 'swap_horiz']);
	});

	it('mutes only system entries', () => {
		expect(INTERACTION_TYPES.filter(isMutedType)).toEqual(['system']);
	});
});

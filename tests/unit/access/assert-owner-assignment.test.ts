import { describe, expect, test } from 'vitest';
import { assertOwnerAssignment, defaultOwnerFor, type OwnerActor, type OwnerRef } from '../../../packages/crm-core/src/index.ts';

const rita: OwnerRef = { id: 'rita', teamId: 'north' };
const nick: OwnerRef = { id: 'nick', teamId: 'north' };
const sam: OwnerRef = { id: 'sam', teamId: 'south' };
const asRita: OwnerActor = { admin: false, repId: 'rita', managedTeamIds: [] };
const asManager: OwnerActor = { admin: false, repId: null, managedTeamIds: ['north'] };
const asAdmin: OwnerActor = { admin: true, repId: null, managedTeamIds: [] };

function outcome(actor: OwnerActor, next: OwnerRef | null, current: OwnerRef | null, mode: 'create' | 'update'): string {
	try {
		assertOwnerAssignment(actor, next, current, mode);
		return 'allowed';
	} catch (e) {
		return (e as { code: string }).code;
	}
}

describe('assertOwnerAssignment', () => {
	test.each([
		['a rep creates a customer for themselves', asRita, rita, null, 'create', 'allowed'],
		['a rep creates a customer for someone else', asRita, nick, null, 'create', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN'],
		['a rep creates an unowned customer', asRita, null, null, 'create', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN'],
		['a rep hands their customer to a teammate', asRita, nick, rita, 'update', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN'],
		["a rep takes a teammate's customer", asRita, rita, nick, 'update', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN'],
		['a rep saves the owner unchanged', asRita, rita, rita, 'update', 'allowed'],
		['a manager reassigns within the team', asManager, nick, rita, 'update', 'allowed'],
		['a manager moves a customer out of the team', asManager, sam, rita, 'update', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN'],
		["a manager takes another team's customer", asManager, rita, sam, 'update', 'CRM_OWNER_ASSIGNMENT_FORBIDDEN'],
		['an admin moves anything anywhere', asAdmin, sam, rita, 'update', 'allowed'],
	] as const)('%s → %s', (_name, actor, next, current, mode, expected) => {
		expect(outcome(actor, next, current, mode)).toBe(expected);
	});
});

describe('defaultOwnerFor', () => {
	test('gives a rep their own new customer and leaves managers and admins to choose', () => {
		expect([defaultOwnerFor(asRita), defaultOwnerFor(asManager), defaultOwnerFor(asAdmin)]).toEqual(['rita', null, null]);
	});
});

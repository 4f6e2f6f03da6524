import { describe, expect, test } from 'vitest';
import { interactionAuthor, type OwnerActor, type OwnerRef } from '../../../packages/crm-core/src/index.ts';

const rita: OwnerRef = { id: 'rita', teamId: 'north' };
const nick: OwnerRef = { id: 'nick', teamId: 'north' };
const sam: OwnerRef = { id: 'sam', teamId: 'south' };
const asRita: OwnerActor = { admin: false, repId: 'rita', managedTeamIds: [] };
const asManager: OwnerActor = { admin: false, repId: 'mona', managedTeamIds: ['north'] };
const asDesk: OwnerActor = { admin: false, repId: null, managedTeamIds: [] };
const asAdmin: OwnerActor = { admin: true, repId: null, managedTeamIds: [] };
const asCrm: OwnerActor = { admin: true, repId: null, managedTeamIds: [] };

function author(actor: OwnerActor, given: OwnerRef | null, mode: 'create' | 'update', current: OwnerRef | null = null): string | null {
	try {
		return interactionAuthor(actor, given, mode, current);
	} catch (e) {
		return (e as { code: string }).code;
	}
}

describe('who an interaction is logged by', () => {
	test.each([
		['a rep logs a call without naming anyone: it is hers', asRita, null, 'create', null, 'rita'],
		['a rep names herself', asRita, rita, 'create', null, 'rita'],
		['a rep names a colleague', asRita, nick, 'create', null, 'CRM_AUTHOR_FORBIDDEN'],
		['a manager logs in his own name', asManager, null, 'create', null, 'mona'],
		['a manager logs for a rep of his team', asManager, nick, 'create', null, 'nick'],
		["a manager logs for another team's rep", asManager, sam, 'create', null, 'CRM_AUTHOR_FORBIDDEN'],
		['the service desk, not a rep, logs without an author', asDesk, null, 'create', null, null],
		['the service desk names a rep', asDesk, rita, 'create', null, 'CRM_AUTHOR_FORBIDDEN'],
		['an administrator names any rep', asAdmin, sam, 'create', null, 'sam'],
		['the CRM itself logs without an author', asCrm, null, 'create', null, null],
		['a rep saves an entry with its author unchanged', asRita, nick, 'update', nick, 'nick'],
		["a rep takes a colleague's entry", asRita, rita, 'update', nick, 'CRM_AUTHOR_FORBIDDEN'],
		['a rep signs an entry that had no author', asRita, rita, 'update', null, 'rita'],
		['a rep hands her entry to a colleague', asRita, nick, 'update', rita, 'CRM_AUTHOR_FORBIDDEN'],
		['a rep strips the author of her entry', asRita, null, 'update', rita, 'CRM_AUTHOR_FORBIDDEN'],
		['an administrator clears an author', asAdmin, null, 'update', rita, null],
		['a manager moves an entry between his reps', asManager, nick, 'update', rita, 'nick'],
		["a manager takes another team's entry for his rep", asManager, nick, 'update', sam, 'CRM_AUTHOR_FORBIDDEN'],
	])('%s', (_case, actor, given, mode, current, expected) => {
		expect(author(actor, given, mode as 'create' | 'update', current)).toBe(expected);
	});
});

import { assertOwnerAssignment, defaultOwnerFor, type OwnerRef } from '@crm/core';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import { loadActor } from './load-actor.ts';

type Payload = Record<string, unknown>;

async function ownerRef(knex: Knex, id: unknown): Promise<OwnerRef | null> {
	if (typeof id !== 'string') return null;
	const rep = await knex('crm_sales_reps').select('id', 'team').where('id', id).first();
	return rep ? { id: rep.id, teamId: rep.team ?? null } : { id, teamId: null };
}

/** On create a rep's new customer is theirs by default; every owner change obeys assertOwnerAssignment. */
export async function checkCustomerOwnerOnCreate(knex: Knex, accountability: Accountability | null, payload: Payload): Promise<Payload> {
	const actor = await loadActor(knex, accountability);
	if (actor.admin) return payload;

	const owner = payload['owner'] ?? defaultOwnerFor(actor);
	assertOwnerAssignment(actor, await ownerRef(knex, owner), null, 'create');
	return owner === payload['owner'] ? payload : { ...payload, owner };
}

export async function checkCustomerOwnerOnUpdate(knex: Knex, accountability: Accountability | null, keys: readonly (string | number)[], payload: Payload): Promise<void> {
	if (!('owner' in payload)) return;

	const actor = await loadActor(knex, accountability);
	if (actor.admin) return;

	const next = await ownerRef(knex, payload['owner']);
	const rows = await knex('crm_customers').select('id', 'owner').whereIn('id', keys as string[]);
	for (const row of rows) assertOwnerAssignment(actor, next, await ownerRef(knex, row.owner), 'update');
}

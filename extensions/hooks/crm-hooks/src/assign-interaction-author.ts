import { interactionAuthor, type OwnerRef } from '@crm/core';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import { loadActor } from './load-actor.ts';

type Payload = Record<string, unknown>;

const idOf = (v: unknown): unknown => (typeof v === 'object' && v !== null ? ((v as Payload)['id'] ?? null) : (v ?? null));

async function repRef(knex: Knex, value: unknown): Promise<OwnerRef | null> {
	const id = idOf(value);
	if (typeof id !== 'string') return null;
	const rep = await knex('crm_sales_reps').select('id', 'team').where('id', id).first();
	return { id, teamId: (rep?.team as string | undefined) ?? null };
}

/** On create the interaction's author is the caller's rep unless given (interactionAuthor); Directus sets user_created itself. */
export async function assignAuthorOnCreate(knex: Knex, accountability: Accountability | null, payload: Payload): Promise<Payload> {
	const author = interactionAuthor(await loadActor(knex, accountability), await repRef(knex, payload['rep']), 'create');
	return author === (idOf(payload['rep']) ?? null) ? payload : { ...payload, rep: author };
}

/** An update that names an author obeys the same rule, against each interaction's stored author. */
export async function checkAuthorOnUpdate(knex: Knex, accountability: Accountability | null, keys: readonly (string | number)[], payload: Payload): Promise<void> {
	if (!('rep' in payload)) return;
	const [actor, given, rows] = await Promise.all([loadActor(knex, accountability), repRef(knex, payload['rep']), knex('crm_interactions').select('rep').whereIn('id', keys as string[])]);
	for (const row of rows as { rep: string | null }[]) interactionAuthor(actor, given, 'update', await repRef(knex, row.rep));
}

import { randomUUID } from 'node:crypto';
import { buildSystemInteraction, type Row, type SystemEventSource } from '@crm/core';
import type { Knex } from 'knex';

interface ActivityPayload {
	action?: string;
	collection?: string;
	item?: string | number;
	user?: string | null;
}

const STALE_MS = 60_000;

/**
 * Writes `system` interactions inside the transaction of the write they describe.
 *
 * Directus runs update filters before its transaction, but it records each created or updated item
 * in directus_activity from inside that transaction, after the row is written. So the "before"
 * values are captured in the update filter and the interaction is inserted from the
 * `activity.create` filter, on the same transaction: when the write rolls back, so does its entry.
 * Writes made without accountability (internal scripts) record no activity and get no entry.
 */
export class SystemInteractionRecorder {
	private readonly before = new Map<string, { row: Row; at: number }>();
	private readonly sources: ReadonlyMap<string, SystemEventSource>;

	constructor(sources: ReadonlyMap<string, SystemEventSource>) {
		this.sources = sources;
	}

	async captureBeforeUpdate(knex: Knex, collection: string, keys: readonly (string | number)[], payload: Row): Promise<void> {
		const source = this.sources.get(collection);
		if (!source || !source.watchedFields.some((f) => f in payload)) return;

		const now = Date.now();
		for (const [k, v] of this.before) if (now - v.at > STALE_MS) this.before.delete(k);

		const rows: Row[] = await knex(collection).select('*').whereIn('id', keys as string[]);
		for (const row of rows) this.before.set(`${collection}:${String(row['id'])}`, { row, at: now });
	}

	async recordFromActivity(trx: Knex, activity: ActivityPayload, now = new Date()): Promise<void> {
		const { action, collection, item } = activity;
		if (!collection || item === undefined || (action !== 'create' && action !== 'update')) return;

		const source = this.sources.get(collection);
		if (!source) return;

		let before: Row | null = null;

		if (action === 'update') {
			const entry = this.before.get(`${collection}:${String(item)}`);
			if (!entry) return;
			this.before.delete(`${collection}:${String(item)}`);
			before = entry.row;
		}

		const after: Row | undefined = await trx(collection).select('*').where('id', item).first();
		if (!after) return;

		const draft = buildSystemInteraction(source, String(item), before, after, now);
		if (!draft) return;

		await trx('crm_interactions').insert({ id: randomUUID(), ...draft, occurred_at: now, date_created: now, user_created: activity.user ?? null });
	}
}

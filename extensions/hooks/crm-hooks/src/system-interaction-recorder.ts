import { randomUUID } from 'node:crypto';
import { buildSystemInteraction, type Row, type SystemEventSource } from '@crm/core';
import type { Knex } from 'knex';
import type { ActivityRow, CrmHooks } from './hook-kit.ts';
import { handoffTopic, type WriteHandoff } from './write-handoff.ts';

/** A row as it was before an update of a watched field. */
const ROW_BEFORE = handoffTopic<Row>('timeline-row-before');

/**
 * Writes `system` interactions inside the transaction of the write they describe.
 *
 * Directus runs update filters before its transaction, but it records each created or updated item
 * in directus_activity from inside that transaction, after the row is written. So the "before"
 * values are captured in the update filter and the interaction is inserted from the
 * `activity.create` filter, on the same transaction (see WriteHandoff): when the write rolls back, so does its entry.
 * Writes made without accountability (internal scripts) record no activity and get no entry.
 */
export class SystemInteractionRecorder {
	private readonly sources: ReadonlyMap<string, SystemEventSource>;
	private readonly handoff: WriteHandoff;

	constructor(sources: ReadonlyMap<string, SystemEventSource>, handoff: WriteHandoff) {
		this.sources = sources;
		this.handoff = handoff;
	}

	/** Watches the writes of every source collection; registered after the collections' own checks, so it sees the payload they let through. */
	register(hooks: CrmHooks): void {
		for (const collection of this.sources.keys()) {
			hooks.onUpdate(collection, (data, keys, { knex }) => this.captureBeforeUpdate(knex, collection, keys, data));
			hooks.afterWrite(collection, (activity, trx) => this.recordFromActivity(trx, activity));
		}
	}

	async captureBeforeUpdate(knex: Knex, collection: string, keys: readonly (string | number)[], payload: Row): Promise<void> {
		const source = this.sources.get(collection);
		if (!source || !source.watchedFields.some((f) => f in payload)) return;

		const rows: Row[] = await knex(collection).select('*').whereIn('id', keys as string[]);
		for (const row of rows) this.handoff.put(ROW_BEFORE, collection, String(row['id']), row);
	}

	async recordFromActivity(trx: Knex, activity: ActivityRow, now = new Date()): Promise<void> {
		const { action, collection, item } = activity;
		if (!collection || item === undefined || (action !== 'create' && action !== 'update')) return;

		const source = this.sources.get(collection);
		if (!source) return;

		let before: Row | null = null;

		if (action === 'update') {
			before = this.handoff.take(ROW_BEFORE, collection, item) ?? null;
			if (!before) return;
		}

		const after: Row | undefined = await trx(collection).select('*').where('id', item).first();
		if (!after) return;

		const draft = buildSystemInteraction(source, String(item), before, after, now);
		if (!draft) return;

		await trx('crm_interactions').insert({ id: randomUUID(), ...draft, occurred_at: now, date_created: now, user_created: activity.user ?? null });
	}
}

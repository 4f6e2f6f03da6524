import { randomUUID } from 'node:crypto';
import { buildSystemInteraction, isQuoteExpired, type SystemEventSource } from '@crm/core';
import { toDay } from '@crm/directus';
import type { Knex } from 'knex';

/**
 * Marks sent proposals past their validity as expired. Each proposal is claimed with a conditional
 * update (status still 'sent'), so with several Directus instances running the same schedule every
 * proposal expires — and gets its timeline entry — exactly once.
 */
export async function expireQuotes(knex: Knex, source: SystemEventSource | undefined, now = new Date()): Promise<number> {
	const today = now.toISOString().slice(0, 10);
	const sent: { id: string; valid_until: unknown }[] = await knex('crm_quotes').select('id', 'valid_until').where('status', 'sent');
	let expired = 0;

	for (const quote of sent) {
		const validUntil = toDay(quote.valid_until);
		if (!isQuoteExpired({ validUntil }, today)) continue;

		await knex.transaction(async (trx) => {
			const before = await trx('crm_quotes').select('*').where({ id: quote.id, status: 'sent' }).first();
			const claimed = await trx('crm_quotes').where({ id: quote.id, status: 'sent' }).update({ status: 'expired' });
			if (claimed !== 1 || !before) return;
			expired++;
			const draft = source ? buildSystemInteraction(source, quote.id, before, { ...before, status: 'expired' }, now) : null;
			if (draft) await trx('crm_interactions').insert({ id: randomUUID(), ...draft, occurred_at: now, date_created: now });
		});
	}

	return expired;
}

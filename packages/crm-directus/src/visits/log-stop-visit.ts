import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { toDay } from '../load-pricing-context.ts';
import { idOf, type Row } from './visit-rows.ts';

/**
 * S6.2 — a stop marked done logs its visit in the customer's contact history, once: an interaction of type
 * visit by the plan's rep, with the stop's outcome, linked both ways (the stop names it; it names the plan).
 * It runs in the write's transaction, whoever marks the stop (Studio, API, import), so a visit counts toward the
 * rep's activity exactly when its stop is done. A stop un-done keeps its visit: history is not rewritten.
 */
export async function logStopVisit(trx: Knex, stopId: string, user: string | null, at: Date): Promise<void> {
	const stop: Row | undefined = await trx('crm_visit_plan_stops as s').join('crm_visit_plans as p', 'p.id', 's.plan').where('s.id', stopId).first('s.done', 's.interaction', 's.customer', 's.outcome', 's.plan', 'p.rep', 'p.day');
	if (!stop || !(stop['done'] === true || stop['done'] === 1) || stop['interaction']) return;
	const id = randomUUID();
	const outcome = typeof stop['outcome'] === 'string' && stop['outcome'].trim() !== '' ? stop['outcome'] : null;
	await trx('crm_interactions').insert({
		id,
		type: 'visit',
		direction: 'outbound',
		occurred_at: at,
		customer: idOf(stop['customer']),
		rep: idOf(stop['rep']),
		subject: `Visit (visit plan of ${toDay(stop['day'])})`,
		outcome,
		related_collection: 'crm_visit_plans',
		related_key: idOf(stop['plan']),
		date_created: at,
		user_created: user,
	});
	await trx('crm_visit_plan_stops').where('id', stopId).update({ interaction: id });
}

import { ALERT_INTERVAL_MS, type BehindPlanFacts, planBehindAlerts } from '@crm/core';
import type { Knex } from 'knex';
import { EVERYTHING } from '../analytics/read-access.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { instantOf } from '../service/instant.ts';
import { loadProductGroupParents } from '../segments/refresh-segment.ts';
import { assessSalesTargets } from './assess-sales-targets.ts';
import { type Row, toSalesTarget } from './target-rows.ts';


/** Who hears that a plan falls behind: the rep (or the team's reps) and the manager of their team. */
async function loadRecipients(knex: Knex, target: Row): Promise<string[]> {
	const reps = knex('crm_sales_reps as r').leftJoin('crm_teams as t', 't.id', 'r.team').select('r.user', 't.manager');
	if (target['rep']) reps.where('r.id', target['rep']);
	else if (target['team']) reps.where('r.team', target['team']);
	else return [];
	const rows = (await reps) as Row[];
	const manager = target['team'] ? ((await knex('crm_teams').select('manager').where('id', target['team']).first()) as Row | undefined)?.['manager'] : null;
	return [...rows.flatMap((r) => [r['user'], r['manager']]), manager].filter((u): u is string => typeof u === 'string' && u !== '');
}

/**
 * S6.5 — the daily alert: every running plan of a rep or a team is measured with the server's full view; a
 * plan behind by more than its margin notifies its people at most once a week. With several servers the
 * alert is claimed by a conditional update of alerted_at (still empty or a week old): one server sends it.
 */
export async function runBehindPlanAlerts(knex: Knex, now: Date, base: string): Promise<number> {
	const today = now.toISOString().slice(0, 10);
	const rows = (await knex('crm_sales_targets').select('*').where('period_start', '<=', dayForDriver(knex, today)).where('period_end', '>=', dayForDriver(knex, today)).where((w) => w.whereNotNull('rep').orWhereNotNull('team'))) as Row[];
	if (rows.length === 0) return 0;
	const src = { knex, access: EVERYTHING, groups: await loadProductGroupParents(knex) };
	const assessed = await assessSalesTargets(src, rows.map(toSalesTarget), today, base);
	const facts: BehindPlanFacts[] = [];
	for (const [i, a] of assessed.entries()) facts.push({ ...a, alertedAt: instantOf(rows[i]!['alerted_at']), recipients: await loadRecipients(knex, rows[i]!) });
	let sent = 0;
	for (const alert of planBehindAlerts(facts, now.toISOString())) {
		await knex.transaction(async (trx) => {
			const weekAgo = new Date(now.getTime() - ALERT_INTERVAL_MS);
			const claimed = await trx('crm_sales_targets').where('id', alert.targetId).where((w) => w.whereNull('alerted_at').orWhere('alerted_at', '<=', weekAgo)).update({ alerted_at: now });
			if (claimed !== 1) return;
			await trx('directus_notifications').insert(alert.recipients.map((recipient) => ({ recipient, status: 'inbox', timestamp: now, subject: alert.subject, message: alert.message, collection: 'crm_sales_targets', item: alert.targetId })));
			sent++;
		});
	}
	return sent;
}


import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { type AssignmentHistoryRow, type AssignmentRep, type OwnerActor, planReassignment } from '../../packages/crm-core/src/index.ts';

type Row = Record<string, unknown>;

const SYSTEM: OwnerActor = { admin: true, repId: null, managedTeamIds: [] };
const DAY_MS = 86_400_000;
/** How many demo customers changed hands once before. */
const HANDED_OVER = 4;

/** Rules by region (to the region's team) and one by group (to a rep), the group rule first. */
async function demoRules(trx: Knex): Promise<number> {
	const teams = (await trx('crm_teams as t').join('crm_regions as r', 'r.id', 't.region').select('t.id', 't.name', 'r.id as region', 'r.name as region_name').orderBy('r.code').limit(3)) as Row[];
	const group = (await trx('crm_customer_groups').select('id', 'name').orderBy('code').first()) as Row | undefined;
	const rep = (await trx('crm_sales_reps').where('active', true).whereNotNull('team').select('id', 'name').orderBy('name').first()) as Row | undefined;
	const rows: Row[] = teams.map((t, i) => ({ id: randomUUID(), name: `${String(t['region_name'])} → ${String(t['name'])}`, sort: 100 + i * 10, active: true, region: t['region'], target_team: t['id'], note: 'New customers of the region go to the team\'s least busy rep.' }));
	if (group && rep) rows.unshift({ id: randomUUID(), name: `${String(group['name'])} → ${String(rep['name'])}`, sort: 10, active: true, customer_group: group['id'], target_rep: rep['id'], note: 'One rep looks after this group everywhere.' });
	if (rows.length > 0) await trx('crm_assignment_rules').insert(rows);
	return rows.length;
}

/** A stored timestamp (a Date, epoch milliseconds on SQLite, or text) as a Date; a year ago when missing or unreadable. */
function createdAt(value: unknown, now: Date): Date {
	if (value instanceof Date) return value;
	const raw = /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(String(value));
	return value === null || value === undefined || Number.isNaN(raw.getTime()) ? new Date(now.getTime() - 365 * DAY_MS) : raw;
}

const asRep = (r: Row): AssignmentRep => ({ id: String(r['id']), name: String(r['name']), teamId: (r['team'] as string | null) ?? null, teamName: null, active: r['active'] === true || r['active'] === 1, customerCount: 0 });

/** The history of today's owners: chosen when created; a few took over from a teammate a month later. */
function demoHistory(customers: readonly Row[], reps: readonly AssignmentRep[], now: Date): AssignmentHistoryRow[] {
	const rows: AssignmentHistoryRow[] = [];
	let handedOver = 0;
	for (const c of customers) {
		const owner = reps.find((r) => r.id === c['owner']);
		if (!owner) continue;
		const created = createdAt(c['date_created'], now);
		const before = handedOver < HANDED_OVER ? reps.find((r) => r.active && r.teamId === owner.teamId && r.id !== owner.id) : undefined;
		const first = before ?? owner;
		rows.push({ customer: String(c['id']), from_rep: null, to_rep: first.id, at: created, by_user: null, reason: 'Owner chosen when the customer was created.', rule: null, kind: 'manual' });
		if (!before) continue;
		handedOver += 1;
		const change = planReassignment(SYSTEM, { customerId: String(c['id']), from: before, to: owner, reason: `${owner.name} took over the account from ${before.name} (workload).`, kind: 'manual', ruleId: null }, { userId: null, at: new Date(Math.min(created.getTime() + 30 * DAY_MS, now.getTime())) });
		if (change) rows.push(change);
	}
	return rows;
}

/** S6.2 demo: assignment rules by group and region, and the owner history of the demo customers. */
export async function seedDemoTerritories(trx: Knex, now: Date): Promise<number> {
	const rules = await demoRules(trx);
	const reps = ((await trx('crm_sales_reps').select('id', 'name', 'team', 'active').orderBy('name')) as Row[]).map(asRep);
	const customers = (await trx('crm_customers').whereNotNull('owner').select('id', 'owner', 'date_created').orderBy('name')) as Row[];
	const history = demoHistory(customers, reps, now);
	for (let i = 0; i < history.length; i += 200) await trx('crm_customer_assignments').insert(history.slice(i, i + 200).map((h) => ({ id: randomUUID(), ...h })));
	return rules + history.length;
}

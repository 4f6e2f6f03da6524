import { randomUUID } from 'node:crypto';
import { assertValidSegment, CrmError, expandSegmentRule, type MembershipEvent, planSegmentRefresh, type RuleSegment, type SegmentRefreshPlan, type SegmentTarget } from '@crm/core';
import type { Knex } from 'knex';
import { forUpdate } from '../ledger-rows.ts';
import { jsonOf } from '../service/instant.ts';
import { buildSegmentQuery, SEGMENT_MEMBERS } from './build-segment-query.ts';

/** Rows per insert or delete: well inside SQLite's and PostgreSQL's limits on bound values. */
const CHUNK = 500;

const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The product group tree, child → parent, for widening the groups a rule names. */
export async function loadProductGroupParents(knex: Knex): Promise<Map<string, string | null>> {
	const rows: { id: string; parent: string | null }[] = await knex('crm_product_groups').select('id', 'parent');
	return new Map(rows.map((r) => [String(r.id), r.parent === null ? null : String(r.parent)]));
}

/** The ids a rule selects today (an ISO day), by one query. */
export async function selectSegmentMembers(knex: Knex, segment: RuleSegment, today: string): Promise<string[]> {
	const rule = expandSegmentRule(segment.rule, segment.target, await loadProductGroupParents(knex));
	const rows: { id: string }[] = await buildSegmentQuery(knex, rule, segment.target, today);
	return rows.map((r) => String(r.id));
}

function eventRow(e: MembershipEvent) {
	return { id: randomUUID(), segment: e.segment, customer: e.target === 'customers' ? e.member : null, product: e.target === 'products' ? e.member : null, change: e.change, at: new Date(e.at) };
}

async function applyRefreshPlan(trx: Knex, segment: string, target: SegmentTarget, plan: SegmentRefreshPlan): Promise<void> {
	const [table, member] = SEGMENT_MEMBERS[target];
	for (const part of chunks(plan.remove)) await trx(table).where('crm_market_segments_id', segment).whereIn(member, part).delete();
	for (const part of chunks(plan.add)) await trx(table).insert(part.map((id) => ({ crm_market_segments_id: segment, [member]: id })));
	for (const part of chunks(plan.events)) await trx('crm_segment_membership_events').insert(part.map(eventRow));
	await trx('crm_market_segments').where('id', segment).update({ member_count: plan.memberCount, refreshed_at: new Date(plan.refreshedAt) });
}

/**
 * Applies a rule segment's rule now: in one transaction, with the segment row locked so that two
 * instances refreshing at once queue (the second finds nothing left to change and writes no history).
 */
export async function refreshSegment(knex: Knex, id: string, now: Date): Promise<SegmentRefreshPlan & { target: SegmentTarget }> {
	return knex.transaction(async (trx) => {
		const row = await forUpdate(trx, trx('crm_market_segments').select('id', 'name', 'applies_to', 'definition', 'rule').where('id', id)).first();
		if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no segment "${id}".`, { segment: id });
		const segment = assertValidSegment({ ...row, rule: jsonOf(row.rule, null) });
		if (!segment) throw new CrmError('CRM_SEGMENT_NOT_BY_RULE', `"${row.name}" is chosen by hand: there is no rule to apply. Make it a segment by rule first.`, { segment: id });
		const [table, member] = SEGMENT_MEMBERS[segment.target];
		const current: Record<string, unknown>[] = await trx(table).select(member).where('crm_market_segments_id', id);
		const matched = await selectSegmentMembers(trx, segment, now.toISOString().slice(0, 10));
		const plan = planSegmentRefresh({ segment: id, target: segment.target, current: current.map((r) => String(r[member])), matched, at: now.toISOString() });
		await applyRefreshPlan(trx, id, segment.target, plan);
		return { ...plan, target: segment.target };
	});
}

/** Every segment by rule, refreshed one by one (each in its own transaction); a broken one does not stop the rest. */
export async function refreshRuleSegments(knex: Knex, now: Date): Promise<{ refreshed: number; failures: { segment: string; error: unknown }[] }> {
	const ids: { id: string }[] = await knex('crm_market_segments').select('id').where('definition', 'rule').orderBy('id');
	const failures: { segment: string; error: unknown }[] = [];
	for (const { id } of ids) {
		try {
			await refreshSegment(knex, String(id), now);
		} catch (error) {
			failures.push({ segment: String(id), error });
		}
	}
	return { refreshed: ids.length - failures.length, failures };
}

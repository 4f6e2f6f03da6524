import { assertMembersByHand, assertValidSegment, type SegmentRow } from '@crm/core';
import { isTrustedWrite, SEGMENT_MEMBERS } from '@crm/directus';
import type { Knex } from 'knex';
import { guardAppendOnly } from './guard-append-only.ts';
import { type CrmHooks, defaultsOf } from './hook-kit.ts';

const SEGMENTS = 'crm_market_segments';
const HISTORY = 'crm_segment_membership_events';
const JUNCTIONS = Object.values(SEGMENT_MEMBERS).map(([table]) => table);

async function checkSegments(knex: Knex, changes: SegmentRow, keys: readonly (string | number)[]): Promise<void> {
	if (!['applies_to', 'definition', 'rule'].some((k) => k in changes)) return;
	const rows: SegmentRow[] = await knex(SEGMENTS).select('id', 'applies_to', 'definition', 'rule').whereIn('id', keys as string[]);
	for (const row of rows) assertValidSegment({ ...row, ...changes });
}

/** The segments the junction rows being written or removed belong to. */
async function segmentsOfJunction(knex: Knex, table: string, payload: Record<string, unknown> | null, keys: readonly (string | number)[] | null) {
	const named = payload?.['crm_market_segments_id'];
	const ids = new Set<string>(typeof named === 'string' ? [named] : []);
	if (keys?.length) for (const r of await knex(table).select('crm_market_segments_id').whereIn('id', keys as number[])) ids.add(String(r.crm_market_segments_id));
	return ids.size ? knex(SEGMENTS).select('id', 'name', 'definition').whereIn('id', [...ids]) : [];
}

/**
 * Segments by rule are stored only with a complete rule; their members are the rule's (only the
 * CRM's refresh adds and removes them); their history is written by the CRM and never changed.
 */
export function guardSegments(hooks: CrmHooks): void {
	hooks.onCreate(SEGMENTS, (data, { schema }) => void assertValidSegment({ ...defaultsOf(schema, SEGMENTS), ...data }));
	hooks.onUpdate(SEGMENTS, (data, keys, { knex }) => checkSegments(knex, data, keys));
	for (const table of JUNCTIONS) {
		const guard = async (knex: Knex, payload: Record<string, unknown> | null, keys: readonly (string | number)[] | null) => {
			if (!isTrustedWrite()) assertMembersByHand(await segmentsOfJunction(knex, table, payload, keys));
		};
		hooks.onCreate(table, (data, { knex }) => guard(knex, data, null));
		hooks.onUpdate(table, (data, keys, { knex }) => guard(knex, data, keys));
		hooks.onDelete(table, (keys, { knex }) => guard(knex, null, keys));
	}
	guardAppendOnly(hooks, HISTORY, {
		create: 'Segment history is written by the CRM when a segment is refreshed.',
		changed: 'Segment history is never changed or deleted; it goes with its segment.',
	});
}

import { randomUUID } from 'node:crypto';
import { type OpportunityWritePlan, planOpportunityWrite } from '@crm/core';
import type { Knex } from 'knex';
import { loadPipelineStages, type Row, toOpportunityFacts } from './pipeline-rows.ts';

/**
 * A new opportunity: its id fixed now (the plan is applied once the row exists), its owner the
 * customer's unless given, and the plan of what the CRM derives from its stage.
 */
export async function checkOpportunityCreate(knex: Knex, input: Row, now: string): Promise<{ data: Row; plan: OpportunityWritePlan }> {
	const id = textKey(input['id']) ?? randomUUID();
	const owner = input['owner'] !== undefined ? input['owner'] : await ownerOfCustomer(knex, input['customer']);
	const data: Row = { ...input, id, owner };
	const plan = planOpportunityWrite({ before: null, after: toOpportunityFacts(data), stages: await loadPipelineStages(knex), now, by: 'person' });
	return { data: { ...data, stage: plan.stageId }, plan };
}

/** Each opportunity an update touches, with the plan for it: one payload may move several cards. */
export async function checkOpportunityUpdate(knex: Knex, keys: readonly (string | number)[], input: Row, now: string): Promise<Map<string, OpportunityWritePlan>> {
	const rows = (await knex('crm_opportunities').select('*').whereIn('id', keys as string[])) as Row[];
	const stages = await loadPipelineStages(knex);
	return new Map(rows.map((row) => [String(row['id']), planOpportunityWrite({ before: toOpportunityFacts(row), after: toOpportunityFacts({ ...row, ...input }), stages, now, by: 'person' })]));
}

async function ownerOfCustomer(knex: Knex, customer: unknown): Promise<string | null> {
	if (typeof customer !== 'string') return null;
	const row = (await knex('crm_customers').select('owner').where('id', customer).first()) as Row | undefined;
	return row?.['owner'] ? String(row['owner']) : null;
}

const textKey = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

import { assertClosingStagesRemain, assertStageConsistent, CrmError } from '@crm/core';
import type { Knex } from 'knex';
import { loadPipelineStages, type Row, toPipelineStage } from './pipeline-rows.ts';

/** Every stage a write touches, as it will be, agrees with its outcome; the pipeline keeps a won and a lost stage. */
export async function checkStageWrite(knex: Knex, keys: readonly (string | number)[] | null, input: Row): Promise<void> {
	if (keys === null) {
		// A project's very first stages arrive one by one: the closing stages are required only once any exist.
		assertStageConsistent(toPipelineStage({ id: 'new', name: 'new', ...input }));
		return;
	}
	const rows = (await knex('crm_pipeline_stages').select('*')) as Row[];
	const touched = new Set(keys.map(String));
	const after = rows.map((row) => toPipelineStage(touched.has(String(row['id'])) ? { ...row, ...input } : row));
	for (const stage of after.filter((s) => touched.has(s.id))) assertStageConsistent(stage);
	assertClosingStagesRemain(after);
}

/** Deleting stages leaves a won and a lost stage, and never a stage an opportunity is or was in: that one is deactivated instead. */
export async function checkStageDelete(knex: Knex, keys: readonly (string | number)[]): Promise<void> {
	assertClosingStagesRemain((await loadPipelineStages(knex)).filter((s) => !keys.map(String).includes(s.id)));
	const used = (await knex('crm_opportunity_stage_history').select('stage').whereIn('stage', keys as string[]).first()) as Row | undefined;
	if (used) throw new CrmError('CRM_STAGE_INVALID', 'Opportunities are or were in this stage, and their history keeps it: set it inactive instead of deleting it.', { field: 'active' });
}

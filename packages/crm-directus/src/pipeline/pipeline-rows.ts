import type { ForecastCategory, OpportunityFacts, PipelineStage, StageOutcome } from '@crm/core';
import type { Knex } from 'knex';
import { textOrNull } from '../db-cells.ts';
import { toDay } from '../load-pricing-context.ts';
import { instantOf } from '../service/instant.ts';

export type Row = Record<string, unknown>;

const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 'true';

export function toPipelineStage(row: Row): PipelineStage {
	return {
		id: String(row['id']),
		name: String(row['name'] ?? ''),
		sort: Number(row['sort'] ?? 0),
		probabilityBp: Number(row['probability_bp'] ?? 0),
		forecastCategory: String(row['forecast_category'] ?? 'pipeline') as ForecastCategory,
		outcome: String(row['outcome'] ?? 'open') as StageOutcome,
		requiresNextStep: truthy(row['requires_next_step']),
		active: row['active'] === undefined || row['active'] === null ? true : truthy(row['active']),
	};
}

export async function loadPipelineStages(knex: Knex): Promise<PipelineStage[]> {
	return ((await knex('crm_pipeline_stages').select('*')) as Row[]).map(toPipelineStage);
}

/** A stored opportunity (or a payload over one: dates and keys as clients send them) in the domain's words. */
export function toOpportunityFacts(row: Row): OpportunityFacts {
	return {
		id: String(row['id'] ?? ''),
		name: String(row['name'] ?? ''),
		customerId: textOrNull(row['customer']),
		amount: Number(row['amount'] ?? 0),
		currency: textOrNull(row['currency']),
		expectedClose: toDay(row['expected_close']),
		stageId: textOrNull(row['stage']),
		status: (textOrNull(row['status']) ?? 'open') as StageOutcome,
		stageEnteredAt: instantOf(row['stage_entered_at']),
		nextStep: textOrNull(row['next_step']),
		nextStepDue: toDay(row['next_step_due']),
		lostReasonId: textOrNull(row['lost_reason']),
		quoteId: textOrNull(row['quote']),
		orderId: textOrNull(row['order']),
	};
}

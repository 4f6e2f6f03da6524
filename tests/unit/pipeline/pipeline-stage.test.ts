import { describe, expect, test } from 'vitest';
import { assertClosingStagesRemain, assertStageConsistent, firstStageWith, type PipelineStage } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';
import { STAGES } from './pipeline-fixtures.ts';

type StageShape = Pick<PipelineStage, 'name' | 'probabilityBp' | 'forecastCategory' | 'outcome'>;
const shape = (outcome: PipelineStage['outcome'], probabilityBp: number, forecastCategory: PipelineStage['forecastCategory']): StageShape => ({ name: 'S', outcome, probabilityBp, forecastCategory });

describe('assertStageConsistent: a stage agrees with its outcome', () => {
	test.each<[string, StageShape, [string, unknown] | null]>([
		['an open stage in the pipeline at 10 %', shape('open', 1000, 'pipeline'), null],
		['an open commit stage at 90 %', shape('open', 9000, 'commit'), null],
		['an open stage omitted from the forecast at 0 %', shape('open', 0, 'omitted'), null],
		['an open stage at 100 %', shape('open', 10_000, 'commit'), ['CRM_STAGE_INVALID', 'probability_bp']],
		['an open stage marked closed', shape('open', 5000, 'closed'), ['CRM_STAGE_INVALID', 'forecast_category']],
		['won at 100 %, closed', shape('won', 10_000, 'closed'), null],
		['won at 90 %', shape('won', 9000, 'closed'), ['CRM_STAGE_INVALID', 'probability_bp']],
		['won but only commit', shape('won', 10_000, 'commit'), ['CRM_STAGE_INVALID', 'forecast_category']],
		['lost at 0 %, omitted', shape('lost', 0, 'omitted'), null],
		['lost at 5 %', shape('lost', 500, 'omitted'), ['CRM_STAGE_INVALID', 'probability_bp']],
		['lost in the pipeline', shape('lost', 0, 'pipeline'), ['CRM_STAGE_INVALID', 'forecast_category']],
	])('%s', (_, stage, failure) => {
		expect(domainFailure(() => assertStageConsistent(stage))).toEqual(failure);
	});
});

describe('the pipeline keeps its closing stages', () => {
	test('with an active won and lost stage it passes', () => {
		expect(domainFailure(() => assertClosingStagesRemain(STAGES))).toBeNull();
	});

	test.each([['won'], ['lost']] as const)('without an active %s stage it is refused', (outcome) => {
		const stages = STAGES.map((s) => (s.outcome === outcome ? { ...s, active: false } : s));
		expect(domainFailure(() => assertClosingStagesRemain(stages))).toEqual(['CRM_STAGE_INVALID', 'outcome']);
	});

	test('the first stage of an outcome is the lowest active sort', () => {
		expect(firstStageWith(STAGES, 'open')?.id).toBe('qualify');
		expect(firstStageWith(STAGES, 'won')?.id).toBe('won');
		expect(firstStageWith(STAGES.filter((s) => s.outcome !== 'lost'), 'lost')).toBeNull();
	});
});

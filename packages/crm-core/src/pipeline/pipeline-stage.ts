import { CrmError } from '../errors/crm-error.ts';

/** How a stage counts in the forecast (S6.4): Salesforce's categories, in the order of confidence. */
export const FORECAST_CATEGORIES = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

/** Where an opportunity in the stage stands: still being worked, won (its order confirmed) or lost. */
export const STAGE_OUTCOMES = ['open', 'won', 'lost'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

/** A configurable stage of the sales pipeline (S6.8), as the CRM reads it. */
export interface PipelineStage {
	id: string;
	name: string;
	sort: number;
	/** Chance to win, in basis points: 2500 = 25 %. */
	probabilityBp: number;
	forecastCategory: ForecastCategory;
	outcome: StageOutcome;
	/** An opportunity in this stage must name its next step and when it is due. */
	requiresNextStep: boolean;
	active: boolean;
}

/**
 * A stage agrees with its outcome: a won stage is certain and closed, a lost one is worth nothing and
 * omitted, an open one is neither closed nor certain. A forecast built on a "won" stage at 60 % would lie.
 */
export function assertStageConsistent(stage: Pick<PipelineStage, 'name' | 'probabilityBp' | 'forecastCategory' | 'outcome'>): void {
	const fail = (field: string, message: string) => {
		throw new CrmError('CRM_STAGE_INVALID', `Stage "${stage.name}": ${message}`, { field });
	};
	if (stage.outcome === 'won' && stage.probabilityBp !== 10_000) fail('probability_bp', 'a won stage has a probability of 100 %.');
	if (stage.outcome === 'won' && stage.forecastCategory !== 'closed') fail('forecast_category', 'a won stage is in the forecast category "Closed".');
	if (stage.outcome === 'lost' && stage.probabilityBp !== 0) fail('probability_bp', 'a lost stage has a probability of 0 %.');
	if (stage.outcome === 'lost' && stage.forecastCategory !== 'omitted') fail('forecast_category', 'a lost stage is in the forecast category "Omitted".');
	if (stage.outcome === 'open' && stage.forecastCategory === 'closed') fail('forecast_category', 'only a won stage is "Closed"; choose Pipeline, Best case, Commit or Omitted.');
	if (stage.outcome === 'open' && stage.probabilityBp === 10_000) fail('probability_bp', 'an open stage is below 100 %; an opportunity is won when its order is confirmed.');
}

/**
 * Stages after a change still hold an active won stage and an active lost stage: a confirmed order must
 * have a stage to win the opportunity in, and a rep a stage to lose it in.
 */
export function assertClosingStagesRemain(stages: readonly Pick<PipelineStage, 'outcome' | 'active'>[]): void {
	for (const outcome of ['won', 'lost'] as const) {
		if (!stages.some((s) => s.outcome === outcome && s.active)) throw new CrmError('CRM_STAGE_INVALID', `The pipeline needs an active ${outcome} stage; keep one before removing or deactivating this one.`, { field: 'outcome' });
	}
}

/** The first active stage with this outcome, by sort order. */
export function firstStageWith(stages: readonly PipelineStage[], outcome: StageOutcome): PipelineStage | null {
	return [...stages].filter((s) => s.active && s.outcome === outcome).sort((a, b) => a.sort - b.sort || a.id.localeCompare(b.id))[0] ?? null;
}

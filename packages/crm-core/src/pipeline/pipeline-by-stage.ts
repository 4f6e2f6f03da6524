import { divideAndRound } from '../money/divide-and-round.ts';
import type { PipelineStage } from './pipeline-stage.ts';

/** Open deals of one stage, in minor units of the base currency. */
export interface StageSums {
	stageId: string;
	deals: number;
	amountBase: number;
}

export interface StagePipeline {
	stage: { id: string; name: string };
	probabilityBp: number;
	deals: number;
	amount: number;
	/** The amount × the stage's probability, rounded once, half up. */
	weighted: number;
}

/**
 * S6.8, S6.11 — the open pipeline by stage, left to right as the board shows it: every active open stage (an
 * empty one too, so a gap shows), and an inactive one only while deals are still in it.
 */
export function pipelineByStage(stages: readonly PipelineStage[], sums: readonly StageSums[]): StagePipeline[] {
	const byStage = new Map(sums.map((s) => [s.stageId, s]));
	return [...stages]
		.filter((s) => s.outcome === 'open' && (s.active || (byStage.get(s.id)?.deals ?? 0) > 0))
		.sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name))
		.map((s) => {
			const sum = byStage.get(s.id) ?? { deals: 0, amountBase: 0 };
			return { stage: { id: s.id, name: s.name }, probabilityBp: s.probabilityBp, deals: sum.deals, amount: sum.amountBase, weighted: Number(divideAndRound(BigInt(sum.amountBase) * BigInt(s.probabilityBp), 10_000n, 'half-up')) };
		});
}

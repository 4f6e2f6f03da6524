import { divideAndRound } from '../money/divide-and-round.ts';
import type { ForecastCategory } from '../pipeline/pipeline-stage.ts';

/** An opportunity as the forecast counts it: its amount in the base currency, its stage's probability and category. */
export interface ForecastDeal {
	amountBase: number;
	probabilityBp: number;
	category: ForecastCategory;
}

/** The pipeline of a period, in minor units of the base currency. */
export interface WeighedPipeline {
	/** Won in the period. */
	closed: number;
	/** Closed plus the deals reps commit to. */
	commit: number;
	/** Commit plus the best-case deals. */
	bestCase: number;
	/** Every open deal, whatever its category (omitted ones aside). */
	open: number;
	/** Closed plus each open deal's amount times its probability: the expected value. */
	weighted: number;
}

/**
 * S6.4 — the pipeline two ways: by forecast category, cumulative as managers read it (closed ⊂ commit ⊂ best
 * case), and weighted by stage probability. The weighted sum is taken exactly (amount × basis points summed
 * as integers) and rounded once, half up, so it does not drift with the number of deals.
 */
export function weighPipeline(deals: readonly ForecastDeal[]): WeighedPipeline {
	let closed = 0;
	let commit = 0;
	let bestCase = 0;
	let open = 0;
	let weightedOpen = 0n;
	for (const d of deals) {
		if (d.category === 'closed') closed += d.amountBase;
		if (d.category === 'omitted' || d.category === 'closed') continue;
		open += d.amountBase;
		weightedOpen += BigInt(d.amountBase) * BigInt(d.probabilityBp);
		if (d.category === 'commit') commit += d.amountBase;
		if (d.category === 'best_case') bestCase += d.amountBase;
	}
	return { closed, commit: closed + commit, bestCase: closed + commit + bestCase, open, weighted: closed + Number(divideAndRound(weightedOpen, 10_000n, 'half-up')) };
}

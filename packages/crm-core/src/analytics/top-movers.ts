import { changeBp, salesFigures, type SalesFigures, type SalesSums } from './sales-figures.ts';

/** A customer's or product's sums in the period and in the comparison period. */
export interface MoverSums {
	key: string;
	current: SalesSums;
	previous: SalesSums;
}

export interface Mover {
	key: string;
	current: SalesFigures;
	previous: SalesFigures;
	/** Revenue now minus before, minor units. */
	change: number;
	/** That change against the revenue before, basis points; null when there was none before. */
	growthBp: number | null;
}

export interface TopMovers {
	/** Largest rises of revenue first. */
	gains: Mover[];
	/** Largest falls of revenue first. */
	losses: Mover[];
}

function moverOf(sums: MoverSums): Mover {
	const current = salesFigures(sums.current);
	const previous = salesFigures(sums.previous);
	return { key: sums.key, current, previous, change: current.revenue - previous.revenue, growthBp: changeBp(current.revenue, previous.revenue) };
}

const byKey = (a: Mover, b: Mover) => Number(a.key > b.key) - Number(a.key < b.key);

/**
 * The customers or products whose revenue rose most and fell most against the comparison period
 * (ties by key, so the answer is the same on every database); unchanged revenue is neither.
 */
export function topMovers(rows: readonly MoverSums[], limit: number): TopMovers {
	const movers = rows.map(moverOf);
	return {
		gains: movers.filter((m) => m.change > 0).sort((a, b) => b.change - a.change || byKey(a, b)).slice(0, limit),
		losses: movers.filter((m) => m.change < 0).sort((a, b) => a.change - b.change || byKey(a, b)).slice(0, limit),
	};
}

import type { LineView } from './line-view.ts';

/** A line being priced, as its trace rows need it to be told later. */
export interface LineScope {
	view: LineView;
	/** The line's floor (cost plus minimum margin); null without a cost. */
	floor: number | null;
	/** Its candidates' rows, in priority order: `count` rows from `first`. */
	first: number;
	count: number;
	/** Rows of its shares of order discounts, in the order they were applied. */
	shares: number[];
}

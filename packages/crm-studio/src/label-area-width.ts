import type { MeasureText } from './wrap-label.ts';

export interface LabelAreaLimits {
	/** The largest share of the chart's width the labels may take (the bars need the rest). */
	maxShare?: number;
	/** Never narrower than this, so that short names do not glue the bars to the chart's edge. */
	min?: number;
}

/**
 * The width of a chart's category-label area: the widest label's own width, but no more than
 * `maxShare` of `chartWidth` (longer labels wrap, see wrapLabel) and no less than `min`.
 */
export function labelAreaWidth(labels: readonly string[], measure: MeasureText, chartWidth: number, { maxShare = 0.4, min = 48 }: LabelAreaLimits = {}): number {
	const widest = Math.max(0, ...labels.map((l) => measure(l)));
	const cap = Math.max(min, Math.floor(chartWidth * maxShare));
	return Math.min(Math.max(Math.ceil(widest), min), cap);
}

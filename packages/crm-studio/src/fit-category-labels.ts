import { type LabelAreaLimits, labelAreaWidth } from './label-area-width.ts';
import { type MeasureText, wrapLabel } from './wrap-label.ts';

export interface FittedLabels {
	/** Width of the label area in pixels. */
	width: number;
	/** Each label as the lines it is drawn in (one when it fits, two at most). */
	lines: string[][];
}

/** The category labels of a horizontal bar chart fitted beside the bars: the area as wide as they need up to its share of `chartWidth`, long names in two lines. */
export function fitCategoryLabels(labels: readonly string[], measure: MeasureText, chartWidth: number, limits?: LabelAreaLimits): FittedLabels {
	const width = labelAreaWidth(labels, measure, chartWidth, limits);
	return { width, lines: labels.map((label) => wrapLabel(label, width, measure)) };
}

/** Pure builder of the ApexCharts options of the discounts bar chart. */
import { barChartBase, compactAmount, fitCategoryLabels, type FittedLabels, formatMoneyLabel, type MeasureText, readTheme, type StudioTheme, textMeasure, toMajor } from '@crm/studio';
import { discountRate, type DiscountRow, formatPercent, OTHER_KEY } from './discounts-data.ts';

/** The Studio theme, and the colours of the bars. */
export interface ChartTheme extends StudioTheme {
	/** Bars of a rule, rep or group. */
	bar: string;
	/** The "Other" bar. */
	other: string;
}

/** Font size of the names beside the bars and of the rates after them. */
export const LABEL_FONT_SIZE = 12;
/** Gap between a bar's end and its rate. */
const RATE_GAP = 6;
/** Height a bar's row needs for a name in one line, and in two. */
const ROW_HEIGHT = { oneLine: 24, twoLines: 36 };
/** What the x-axis and the chart's padding take besides the rows. */
const AXIS_HEIGHT = 44;

/** Reads the theme through `read` (e.g. name => getComputedStyle(el).getPropertyValue(name)). */
export function readChartTheme(read: (variable: string) => string): ChartTheme {
	const theme = readTheme(read);
	return { ...theme, bar: theme.primary, other: theme.foregroundSubdued };
}

/** The tooltip of a bar: "400.00 EUR · 7.4 % of list · 12 lines". */
export function describeRow(row: DiscountRow, currency: string): string {
	return `${formatMoneyLabel(row.discount, currency)} · ${formatPercent(discountRate(row.discount, row.net))} of list · ${row.lines} ${row.lines === 1 ? 'line' : 'lines'}`;
}

/** The bar's label: its discount rate. */
function rateOf(row: DiscountRow): string {
	return formatPercent(discountRate(row.discount, row.net));
}

/** The height the chart needs for its rows, taller when a name takes two lines; the panel scrolls below it. */
export function minChartHeight(names: FittedLabels): number {
	const row = names.lines.some((lines) => lines.length > 1) ? ROW_HEIGHT.twoLines : ROW_HEIGHT.oneLine;
	return names.lines.length * row + AXIS_HEIGHT;
}

/**
 * Horizontal bars of discount per row (major units), each labelled after its end with its discount
 * rate. The names get the width they need up to 40 % of `size.width`, long ones in two lines, the
 * whole name in the tooltip; the chart is `size.height` tall, or taller when its rows need it.
 */
export function buildDiscountChartOptions(
	rows: readonly DiscountRow[],
	currency: string,
	theme: ChartTheme,
	size: { width: number; height: number },
	measure: MeasureText = textMeasure(LABEL_FONT_SIZE, theme.fontFamily),
): Record<string, unknown> {
	const names = fitCategoryLabels(rows.map((r) => r.label), measure, size.width);
	const widestRate = Math.max(0, ...rows.map((r) => measure(rateOf(r))));
	return {
		// Stacked, though there is one series: ApexCharts moves the label of an unstacked bar too short
		// (or too long) for it onto the bar itself; a stacked bar's label stays after the bar's end.
		chart: { ...barChartBase(theme, Math.max(size.height, minChartHeight(names))), stacked: true },
		series: [{ name: `Discount (${currency})`, data: rows.map((r) => toMajor(r.discount, currency)) }],
		colors: rows.map((r) => (r.key === OTHER_KEY ? theme.other : theme.bar)),
		plotOptions: { bar: { horizontal: true, distributed: true, borderRadius: 3, barHeight: '65%', dataLabels: { position: 'top', hideOverflowingLabels: false, total: { enabled: false } } } },
		dataLabels: rateLabels(rows, theme),
		legend: { show: false },
		// Room on the right for the rate after the longest bar.
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: Math.ceil(widestRate) + RATE_GAP + 8 }, yaxis: { lines: { show: false } }, xaxis: { lines: { show: true } } },
		xaxis: {
			categories: rows.map((r) => r.label),
			labels: { style: { colors: theme.foregroundSubdued }, formatter: (value: string | number) => compactAmount(Number(value)) },
			axisBorder: { color: theme.border },
			axisTicks: { color: theme.border },
		},
		yaxis: { labels: nameLabels(rows, names, theme) },
		tooltip: rowTooltip(rows, currency),
		states: { hover: { filter: { type: 'darken' } } },
	};
}

/** The names beside the bars, in the lines and the width fitCategoryLabels gave them. */
function nameLabels(rows: readonly DiscountRow[], names: FittedLabels, theme: ChartTheme): Record<string, unknown> {
	return {
		// ApexCharts lifts a label given as lines by half a font size per line, a little too far:
		// this brings one line and two alike to the middle of their bar.
		offsetY: LABEL_FONT_SIZE / 2,
		minWidth: names.width,
		maxWidth: untrimmedWidth(names.width),
		style: { colors: theme.foreground, fontSize: `${LABEL_FONT_SIZE}px` },
		formatter: (value: string | number) => linesOf(rows, names.lines, value),
	};
}

/**
 * The lines of a category's name, found by its text: ApexCharts hands the axis formatter the
 * category, not its index (anything else is returned as text).
 */
function linesOf(rows: readonly DiscountRow[], lines: readonly string[][], value: string | number): string[] {
	const at = rows.findIndex((r) => r.label === value);
	return at === -1 ? [String(value)] : lines[at]!;
}

/**
 * The `maxWidth` that lets ApexCharts (4.7) draw lines `width` wide: it cuts every category line
 * longer than (maxWidth − 15) / 1.1 with "...", and our lines are already short enough.
 */
function untrimmedWidth(width: number): number {
	return Math.ceil(width * 1.1) + 16;
}

/** Each bar labelled, after its end, with its discount rate. */
function rateLabels(rows: readonly DiscountRow[], theme: ChartTheme): Record<string, unknown> {
	const rate = (_value: number, context: { dataPointIndex?: number } = {}) => {
		const row = rows[context.dataPointIndex ?? -1];
		return row ? rateOf(row) : '';
	};
	return { enabled: true, textAnchor: 'start', offsetX: RATE_GAP, style: { colors: [theme.foreground], fontSize: `${LABEL_FONT_SIZE}px`, fontWeight: 400 }, formatter: rate };
}

/** The row under the pointer in words: its whole name, then discount, rate and lines. */
function rowTooltip(rows: readonly DiscountRow[], currency: string): Record<string, unknown> {
	const describe = (_value: number, context: { dataPointIndex?: number } = {}) => {
		const row = rows[context.dataPointIndex ?? -1];
		return row ? describeRow(row, currency) : '';
	};
	const nameOf = (value: unknown, context: { dataPointIndex?: number } = {}) => rows[context.dataPointIndex ?? -1]?.label ?? String(value);
	return { theme: 'light', x: { formatter: nameOf }, y: { title: { formatter: () => '' }, formatter: describe } };
}

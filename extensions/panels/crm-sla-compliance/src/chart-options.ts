/** Pure builders of the ApexCharts options of the SLA compliance panel: the backlog bars and the response / resolution time lines. */
import { barChartBase, readTheme, type StudioTheme } from '@crm/studio';
import { type BacklogSeries, formatHours, type TimesChartData } from './sla-compliance-data.ts';

/** The Studio theme, and the colours of the teams' lines. */
export interface ChartTheme extends StudioTheme {
	/** One colour per team, in turn. */
	teams: string[];
}

/** After the theme's primary colour, the teams' lines take these in turn. */
export const TEAM_COLOURS = ['#3399ff', '#ff9f1c', '#8c6bff', '#17a2b8', '#e83e8c', '#6c757d', '#20c997'];

/** Reads the theme through `read` (e.g. name => getComputedStyle(el).getPropertyValue(name)). */
export function readChartTheme(read: (variable: string) => string): ChartTheme {
	const theme = readTheme(read);
	return { ...theme, teams: [theme.primary, ...TEAM_COLOURS] };
}

function axisStyle(theme: StudioTheme) {
	return { labels: { style: { colors: theme.foregroundSubdued } }, axisBorder: { color: theme.border }, axisTicks: { color: theme.border } };
}

const wholeNumber = (value: number) => String(Math.round(value));

/** Vertical bars per priority: within SLA (success colour) with the breached ones (danger colour) stacked on top. */
export function buildBacklogChartOptions(backlog: BacklogSeries, theme: StudioTheme, height: number): Record<string, unknown> {
	return {
		chart: { ...barChartBase(theme, height), stacked: true },
		series: [
			{ name: 'Within SLA', data: backlog.within },
			{ name: 'Breached', data: backlog.breached },
		],
		colors: [theme.success, theme.danger],
		plotOptions: { bar: { horizontal: false, columnWidth: '55%', borderRadius: 3, borderRadiusApplication: 'end', borderRadiusWhenStacked: 'last' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		// All four priorities named even in a narrow box (ApexCharts would drop the ones it finds too close).
		xaxis: { categories: backlog.categories, ...axisStyle(theme), labels: { rotate: 0, hideOverlappingLabels: false, trim: false, style: { colors: theme.foreground, fontSize: '11px' } } },
		yaxis: { min: 0, forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: wholeNumber } },
		tooltip: {
			theme: 'light',
			shared: true,
			intersect: false,
			y: { formatter: (value: number) => `${Math.round(value)} ${Math.round(value) === 1 ? 'request' : 'requests'}` },
		},
		states: { hover: { filter: { type: 'darken' } } },
	};
}

/** The line chart is never drawn lower than this: below it the lines are too flat to read (the panel scrolls). */
export const TIMES_MIN_HEIGHT = 240;
/** Width of a character of an axis label (11 px), and the gap between two labels. */
const LABEL_CHAR_WIDTH = 7;
const LABEL_GAP = 12;
/** What the two hour axes with their titles take of the chart's width. */
const HOUR_AXES_WIDTH = 120;

/**
 * The x-axis `tickAmount`: none (a label per week) while every week's label fits under a chart
 * `width` wide, else as many as fit, so that 26 or 52 weeks do not print over each other.
 */
export function weekTickAmount(categories: readonly string[], width: number): number | undefined {
	const longest = Math.max(0, ...categories.map((c) => c.length));
	const fitting = Math.floor(Math.max(0, width - HOUR_AXES_WIDTH) / (longest * LABEL_CHAR_WIDTH + LABEL_GAP));
	if (categories.length < 2 || fitting >= categories.length) return undefined;
	return Math.max(1, fitting - 1);
}

/**
 * One line per team and metric: first response dashed on the left axis, resolution solid on the
 * right axis (their scales differ by an order of magnitude), both in business hours. The legend
 * names each team once (its colour); the panel's title says which line is which metric.
 */
export function buildTimesChartOptions(data: TimesChartData, theme: ChartTheme, size: { width: number; height: number }): Record<string, unknown> {
	const colourOf = (teamIndex: number) => theme.teams[teamIndex % theme.teams.length] ?? theme.primary;
	const firstResponse = data.series.filter((s) => s.metric === 'firstResponse').map((s) => s.name);
	const resolution = data.series.filter((s) => s.metric === 'resolution').map((s) => s.name);
	const hoursAxis = (title: string, seriesName: string[], opposite: boolean) => hoursAxisOf(theme, title, seriesName, opposite);
	return {
		chart: { ...barChartBase(theme, Math.max(size.height, TIMES_MIN_HEIGHT)), type: 'line' },
		series: data.series.map((s) => ({ name: s.name, data: s.data })),
		colors: data.series.map((s) => colourOf(s.teamIndex)),
		stroke: { width: 2, curve: 'straight', dashArray: data.series.map((s) => (s.metric === 'firstResponse' ? 5 : 0)) },
		markers: { size: 3, strokeWidth: 0, hover: { size: 5 } },
		dataLabels: { enabled: false },
		legend: teamLegend(data, theme, colourOf),
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: {
			categories: data.categories,
			tickAmount: weekTickAmount(data.categories, size.width),
			...axisStyle(theme),
			labels: { style: { colors: theme.foregroundSubdued }, rotate: -45, hideOverlappingLabels: true, trim: false },
			tooltip: { enabled: false },
		},
		yaxis: [hoursAxis('First response (h)', firstResponse, false), hoursAxis('Resolution (h)', resolution, true)],
		tooltip: weekTooltip(data),
	};
}

/**
 * A legend entry per team in its colour. One per team and metric made twice as many entries, which
 * pushed the lines into a strip; the custom entries cannot hide a series (they would hide the wrong one).
 */
function teamLegend(data: TimesChartData, theme: ChartTheme, colourOf: (teamIndex: number) => string): Record<string, unknown> {
	return {
		show: true,
		position: 'top',
		horizontalAlign: 'left',
		customLegendItems: data.teams.map((t) => t.name),
		labels: { colors: theme.foreground },
		markers: { size: 6, fillColors: data.teams.map((_, i) => colourOf(i)) },
		onItemClick: { toggleDataSeries: false },
		onItemHover: { highlightDataSeries: false },
	};
}

/** An axis in business hours, one decimal. */
function hoursAxisOf(theme: ChartTheme, title: string, seriesName: string[], opposite: boolean): Record<string, unknown> {
	const hours = (value: number) => (value === null || value === undefined ? '' : String(Math.round(value * 10) / 10));
	return { seriesName, opposite, min: 0, forceNiceScale: true, title: { text: title, style: { color: theme.foregroundSubdued, fontWeight: 400 } }, labels: { style: { colors: theme.foregroundSubdued }, formatter: hours } };
}

/** The week under the pointer (with its first day) and every series' hours in it. */
function weekTooltip(data: TimesChartData): Record<string, unknown> {
	const weekOf = (_value: unknown, context: { dataPointIndex?: number } = {}) => {
		const index = context.dataPointIndex ?? -1;
		const week = data.weeks[index];
		if (week === undefined) return '';
		const start = data.weekStarts[index];
		return start ? `${week} · from ${start}` : week;
	};
	return { theme: 'light', shared: true, intersect: false, x: { formatter: weekOf }, y: { formatter: (value: number | null) => formatHours(value === null || value === undefined ? null : value) } };
}

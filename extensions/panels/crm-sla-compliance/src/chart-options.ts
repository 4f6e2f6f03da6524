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
		xaxis: { categories: backlog.categories, ...axisStyle(theme), labels: { style: { colors: theme.foreground } } },
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

/**
 * One line per team and metric: first response dashed on the left axis, resolution solid on the
 * right axis (their scales differ by an order of magnitude), both in business hours.
 */
export function buildTimesChartOptions(data: TimesChartData, theme: ChartTheme, height: number): Record<string, unknown> {
	const colourOf = (teamIndex: number) => theme.teams[teamIndex % theme.teams.length] ?? theme.primary;
	const firstResponse = data.series.filter((s) => s.metric === 'firstResponse').map((s) => s.name);
	const resolution = data.series.filter((s) => s.metric === 'resolution').map((s) => s.name);
	const hoursAxis = (title: string, seriesName: string[], opposite: boolean) => hoursAxisOf(theme, title, seriesName, opposite);
	return {
		chart: { ...barChartBase(theme, height), type: 'line' },
		series: data.series.map((s) => ({ name: s.name, data: s.data })),
		colors: data.series.map((s) => colourOf(s.teamIndex)),
		stroke: { width: 2, curve: 'straight', dashArray: data.series.map((s) => (s.metric === 'firstResponse' ? 5 : 0)) },
		markers: { size: 3, strokeWidth: 0, hover: { size: 5 } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: { categories: data.categories, ...axisStyle(theme), tooltip: { enabled: false } },
		yaxis: [hoursAxis('First response (h)', firstResponse, false), hoursAxis('Resolution (h)', resolution, true)],
		tooltip: weekTooltip(data),
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

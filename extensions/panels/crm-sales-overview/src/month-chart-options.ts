/** Pure builder of the ApexCharts options of the monthly chart: revenue as columns and margin as lines, this period beside the comparison's. */
import { compactAmount, formatMoneyLabel, type StudioTheme, toMajor } from '@crm/studio';
import { monthLabel } from '@crm/studio';
import type { SalesView } from './read-analytics.ts';
import { translucentColour } from '@crm/studio';

export const COMPARISON_OPACITY = 0.4;

export interface MonthSeries {
	name: string;
	kind: 'column' | 'line';
	compared: boolean;
	/** Minor units per month of the period. */
	minor: number[];
	/** The month each point is ('YYYY-MM'): the period's, or the comparison's month beside it. */
	months: (string | null)[];
}

/** Revenue and margin per month, and — when compared — the comparison period's month beside each. */
export function monthSeries(view: Pick<SalesView, 'rows' | 'comparison'>): MonthSeries[] {
	const own = view.rows.map((r) => r.key);
	const before = view.rows.map((r) => r.previousMonth);
	const series: MonthSeries[] = [
		{ name: 'Revenue', kind: 'column', compared: false, minor: view.rows.map((r) => r.revenue), months: own },
		{ name: 'Margin', kind: 'line', compared: false, minor: view.rows.map((r) => r.margin), months: own },
	];
	if (!view.comparison) return series;
	return [
		series[0]!,
		{ name: 'Revenue, compared', kind: 'column', compared: true, minor: view.rows.map((r) => r.previous?.revenue ?? 0), months: before },
		series[1]!,
		{ name: 'Margin, compared', kind: 'line', compared: true, minor: view.rows.map((r) => r.previous?.margin ?? 0), months: before },
	];
}

function colours(series: readonly MonthSeries[], theme: StudioTheme): string[] {
	return series.map((s) => {
		const base = s.kind === 'column' ? theme.primary : theme.success;
		return s.compared ? translucentColour(base, COMPARISON_OPACITY + 0.2) : base;
	});
}

/** What the tooltip says of a point: the exact amount, and which month it is when it is the comparison's. */
export function pointText(series: readonly MonthSeries[], currency: string, seriesIndex: number, dataPointIndex: number): string {
	const s = series[seriesIndex];
	const minor = s?.minor[dataPointIndex];
	if (!s || minor === undefined) return '';
	const month = s.months[dataPointIndex];
	return s.compared && month ? `${formatMoneyLabel(minor, currency)} (${monthLabel(month)})` : formatMoneyLabel(minor, currency);
}

/** Columns of revenue and lines of margin per month (major units on the axis, exact amounts in the tooltip). */
export function buildMonthChartOptions(view: Pick<SalesView, 'rows' | 'comparison' | 'currency'>, theme: StudioTheme, height: number): Record<string, unknown> {
	const series = monthSeries(view);
	return {
		chart: { type: 'line', height, background: 'transparent', fontFamily: theme.fontFamily, foreColor: theme.foregroundSubdued, toolbar: { show: false }, zoom: { enabled: false }, animations: { enabled: false }, parentHeightOffset: 0 },
		series: series.map((s) => ({ name: s.name, type: s.kind, data: s.minor.map((m) => toMajor(m, view.currency)) })),
		colors: colours(series, theme),
		stroke: { width: series.map((s) => (s.kind === 'line' ? 3 : 0)), dashArray: series.map((s) => (s.compared && s.kind === 'line' ? 5 : 0)), curve: 'straight' },
		markers: { size: series.map((s) => (s.kind === 'line' ? 3 : 0)) },
		plotOptions: { bar: { columnWidth: '60%', borderRadius: 2, borderRadiusApplication: 'end' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: { categories: view.rows.map((r) => monthLabel(r.key ?? '')), labels: { rotate: 0, hideOverlappingLabels: true, style: { colors: theme.foreground, fontSize: '12px' } }, axisBorder: { color: theme.border }, axisTicks: { color: theme.border } },
		yaxis: { forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: (v: number) => compactAmount(v) }, title: { text: view.currency, style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		tooltip: { theme: 'light', shared: true, intersect: false, y: { formatter: (_v: number, c: { seriesIndex?: number; dataPointIndex?: number } = {}) => pointText(series, view.currency, c.seriesIndex ?? -1, c.dataPointIndex ?? -1) } },
	};
}

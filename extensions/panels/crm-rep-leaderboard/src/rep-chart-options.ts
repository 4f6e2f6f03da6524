/** Pure builder of the leaderboard's bar chart: revenue per rep, this period beside the comparison's (margin and the rest are in the table). */
import { barChartBase, compactAmount, formatMoneyLabel, type StudioTheme, toMajor } from '@crm/studio';
import type { LeaderboardView } from './read-leaderboard.ts';
import { translucentColour } from '@crm/studio';

export const COMPARISON_OPACITY = 0.4;
/** The chart shows the leading reps; the table lists them all. */
export const CHART_REPS = 10;

interface RepSeries {
	name: string;
	minor: number[];
}

export function repSeries(view: Pick<LeaderboardView, 'rows' | 'comparison'>): RepSeries[] {
	const rows = view.rows.slice(0, CHART_REPS);
	const series = [{ name: 'Revenue', minor: rows.map((r) => r.revenue) }];
	if (view.comparison) series.push({ name: 'Revenue, compared', minor: rows.map((r) => r.previous?.revenue ?? 0) });
	return series;
}

/** Horizontal bars per rep (the names read on the axis), exact amounts in the tooltip. */
export function buildRepChartOptions(view: Pick<LeaderboardView, 'rows' | 'comparison' | 'currency'>, theme: StudioTheme): Record<string, unknown> {
	const series = repSeries(view);
	const reps = view.rows.slice(0, CHART_REPS);
	const pale = (c: string) => translucentColour(c, COMPARISON_OPACITY);
	return {
		chart: barChartBase(theme, Math.max(160, 70 + reps.length * series.length * 11)),
		series: series.map((s) => ({ name: s.name, data: s.minor.map((m) => toMajor(m, view.currency)) })),
		colors: [theme.primary, pale(theme.primary)],
		plotOptions: { bar: { horizontal: true, barHeight: '80%', borderRadius: 2, borderRadiusApplication: 'end' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4 },
		xaxis: { categories: reps.map((r) => r.name), labels: { style: { colors: theme.foregroundSubdued }, formatter: (v: string) => compactAmount(Number(v)) }, title: { text: view.currency, style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		yaxis: { labels: { maxWidth: 160, style: { colors: theme.foreground, fontSize: '12px' } } },
		tooltip: { theme: 'light', shared: true, intersect: false, y: { formatter: (_v: number, c: { seriesIndex?: number; dataPointIndex?: number } = {}) => { const m = series[c.seriesIndex ?? -1]?.minor[c.dataPointIndex ?? -1]; return m === undefined ? '' : formatMoneyLabel(m, view.currency); } } },
	};
}

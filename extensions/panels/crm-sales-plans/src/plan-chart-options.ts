/** Pure builder of the drill-down chart: the actual per month as columns, the plan per month (the target spread by days) as a line. */
import { compactAmount, monthLabel, type StudioTheme, toMajor } from '@crm/studio';
import { planAmount } from './plan-rows.ts';
import type { PlanDetailView } from './read-sales-plans.ts';

export interface PlanSeries {
	name: string;
	kind: 'column' | 'line';
	/** Per month, as stored: minor units of the plan's currency, or thousandths for a quantity plan. */
	values: number[];
}

type Detail = Pick<PlanDetailView, 'plan' | 'months'>;

export function planSeries(detail: Pick<PlanDetailView, 'months'>): PlanSeries[] {
	return [
		{ name: 'Actual', kind: 'column', values: detail.months.map((m) => m.actual) },
		{ name: 'Plan', kind: 'line', values: detail.months.map((m) => m.target) },
	];
}

/** A stored value as the chart draws it: major units of the currency, or units of a quantity. Labels use the exact stored value. */
export function drawnValue(value: number, unit: string | null): number {
	return unit === null ? value / 1000 : toMajor(value, unit);
}

/** What the tooltip says of a point: the exact amount or quantity. */
export function pointText(series: readonly PlanSeries[], unit: string | null, seriesIndex: number, dataPointIndex: number): string {
	const value = series[seriesIndex]?.values[dataPointIndex];
	return value === undefined ? '' : planAmount(value, unit);
}

export function buildPlanChartOptions(detail: Detail, theme: StudioTheme, height: number): Record<string, unknown> {
	const series = planSeries(detail);
	const unit = detail.plan.unit;
	return {
		chart: { type: 'line', height, background: 'transparent', fontFamily: theme.fontFamily, foreColor: theme.foregroundSubdued, toolbar: { show: false }, zoom: { enabled: false }, animations: { enabled: false }, parentHeightOffset: 0 },
		series: series.map((s) => ({ name: s.name, type: s.kind, data: s.values.map((v) => drawnValue(v, unit)) })),
		colors: [theme.primary, theme.foreground],
		stroke: { width: [0, 2], dashArray: [0, 5], curve: 'straight' },
		markers: { size: [0, 3] },
		plotOptions: { bar: { columnWidth: '55%', borderRadius: 2, borderRadiusApplication: 'end' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: { categories: detail.months.map((m) => monthLabel(m.month)), labels: { rotate: 0, hideOverlappingLabels: true, style: { colors: theme.foreground, fontSize: '12px' } }, axisBorder: { color: theme.border }, axisTicks: { color: theme.border } },
		yaxis: { forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: (v: number) => compactAmount(v) }, title: { text: unit ?? 'Quantity', style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		tooltip: { theme: 'light', shared: true, intersect: false, y: { formatter: (_v: number, c: { seriesIndex?: number; dataPointIndex?: number } = {}) => pointText(series, unit, c.seriesIndex ?? -1, c.dataPointIndex ?? -1) } },
	};
}

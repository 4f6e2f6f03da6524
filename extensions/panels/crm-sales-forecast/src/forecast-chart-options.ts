/**
 * Pure builder of the forecast chart, month by month: what each closed month sold as columns, the forecast made in
 * the month as a line, the forecast made a month ahead as a dashed line; the coming months carry their latest forecast.
 */
import { compactAmount, formatMoneyLabel, monthLabel, type StudioTheme, toMajor } from '@crm/studio';
import type { ForecastMonth, ForecastSnapshot, ForecastView } from './read-forecast.ts';

export interface ForecastSeries {
	name: string;
	kind: 'column' | 'line';
	/** Per month, in minor units of the currency; null where there is nothing to draw. */
	values: (number | null)[];
}

export interface ForecastChartData {
	/** 'YYYY-MM', oldest first. */
	months: string[];
	series: ForecastSeries[];
}

type Source = Pick<ForecastView, 'history' | 'current'>;

/** The value of a month: a closed month's from its history row, a coming month's from its snapshot. */
function pick(history: Map<string, ForecastMonth>, current: Map<string, ForecastSnapshot>, ofHistory: (h: ForecastMonth) => number | null, ofCurrent: (s: ForecastSnapshot) => number | null) {
	return (month: string): number | null => {
		const closed = history.get(month);
		if (closed) return ofHistory(closed);
		const snapshot = current.get(month);
		return snapshot ? ofCurrent(snapshot) : null;
	};
}

/** The months and series drawn; months at the end with nothing to draw (a forecast two months ahead: on its card) are left out. */
export function forecastChartData(view: Source): ForecastChartData {
	const history = new Map(view.history.map((h) => [h.month, h]));
	const current = new Map(view.current.map((s) => [s.month, s]));
	const all = [...new Set([...history.keys(), ...current.keys()])].sort();
	const finalAt = (horizon: number) => (s: ForecastSnapshot) => (s.horizonMonths === horizon ? s.final : null);
	const columns = [
		{ name: 'Actual', kind: 'column' as const, value: pick(history, current, (h) => h.actual, () => null) },
		{ name: 'Forecast in the month', kind: 'line' as const, value: pick(history, current, (h) => h.inMonth, finalAt(0)) },
		{ name: 'Forecast a month ahead', kind: 'line' as const, value: pick(history, current, (h) => h.monthAhead, finalAt(1)) },
	];
	let end = all.length;
	while (end > 0 && columns.every((c) => c.value(all[end - 1]!) === null)) end -= 1;
	const months = all.slice(0, end);
	return { months, series: columns.map((c) => ({ name: c.name, kind: c.kind, values: months.map(c.value) })) };
}

/**
 * What the tooltip says of a point: the exact amount; undefined where the series has no point, which ApexCharts
 * takes as "leave this series out of the tooltip".
 */
export function pointText(series: readonly ForecastSeries[], currency: string, seriesIndex: number, dataPointIndex: number): string | undefined {
	const value = series[seriesIndex]?.values[dataPointIndex];
	return value === undefined || value === null ? undefined : formatMoneyLabel(value, currency);
}

export function buildForecastChartOptions(view: Source & Pick<ForecastView, 'currency'>, theme: StudioTheme, height: number): Record<string, unknown> {
	const data = forecastChartData(view);
	const { currency } = view;
	return {
		chart: { type: 'line', height, background: 'transparent', fontFamily: theme.fontFamily, foreColor: theme.foregroundSubdued, toolbar: { show: false }, zoom: { enabled: false }, animations: { enabled: false }, parentHeightOffset: 0 },
		series: data.series.map((s) => ({ name: s.name, type: s.kind, data: s.values.map((v) => (v === null ? null : toMajor(v, currency))) })),
		colors: [theme.primary, theme.foreground, theme.warning],
		stroke: { width: [0, 2, 2], dashArray: [0, 0, 5], curve: 'straight' },
		markers: { size: [0, 4, 4] },
		plotOptions: { bar: { columnWidth: '55%', borderRadius: 2, borderRadiusApplication: 'end' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: { categories: data.months.map(monthLabel), labels: { rotate: 0, hideOverlappingLabels: true, style: { colors: theme.foreground, fontSize: '12px' } }, axisBorder: { color: theme.border }, axisTicks: { color: theme.border } },
		yaxis: { forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: (v: number) => compactAmount(v) }, title: { text: currency, style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		tooltip: { theme: 'light', shared: true, intersect: false, y: { formatter: (_v: number, c: { seriesIndex?: number; dataPointIndex?: number } = {}) => pointText(data.series, currency, c.seriesIndex ?? -1, c.dataPointIndex ?? -1) } },
	};
}

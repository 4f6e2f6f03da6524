/** Pure builder of the ApexCharts options of the sales-channel chart: revenue and margin, this period beside the one before. */
import { barChartBase, compactAmount, formatMoneyLabel, type StudioTheme, toMajor } from '@crm/studio';
import type { ChannelsView, SalesChannelFigures } from './channels-data.ts';
import { translucentColour } from '@crm/studio';

/** How pale the previous period's bars are drawn: the same colour as this period's, so the pairs read together. */
export const PREVIOUS_OPACITY = 0.4;

interface SalesSeries {
	name: string;
	/** Minor units per sales channel. */
	minor: number[];
}

/** Revenue and margin, each this period then the previous one: four bars per sales channel. */
export function salesChannelSeries(view: Pick<ChannelsView, 'bySalesChannel'>): SalesSeries[] {
	const of = (read: (f: SalesChannelFigures) => number, previous: boolean) => view.bySalesChannel.map((r) => read(previous ? r.previous : r));
	return [
		{ name: 'Revenue', minor: of((f) => f.revenue, false) },
		{ name: 'Revenue, previous period', minor: of((f) => f.revenue, true) },
		{ name: 'Margin', minor: of((f) => f.margin, false) },
		{ name: 'Margin, previous period', minor: of((f) => f.margin, true) },
	];
}

/** Grouped vertical bars per sales channel in major units, with the exact amounts in the tooltip. */
export function buildSalesChannelChartOptions(view: Pick<ChannelsView, 'bySalesChannel' | 'currency'>, theme: StudioTheme, height: number): Record<string, unknown> {
	const series = salesChannelSeries(view);
	const amountOf = (_value: number, context: { seriesIndex?: number; dataPointIndex?: number } = {}) => {
		const minor = series[context.seriesIndex ?? -1]?.minor[context.dataPointIndex ?? -1];
		return minor === undefined ? '' : formatMoneyLabel(minor, view.currency);
	};
	return {
		chart: barChartBase(theme, height),
		series: series.map((s) => ({ name: s.name, data: s.minor.map((m) => toMajor(m, view.currency)) })),
		colors: [theme.primary, translucentColour(theme.primary, PREVIOUS_OPACITY), theme.success, translucentColour(theme.success, PREVIOUS_OPACITY)],
		plotOptions: { bar: { horizontal: false, columnWidth: '70%', borderRadius: 2, borderRadiusApplication: 'end' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: {
			categories: view.bySalesChannel.map((r) => r.name),
			labels: { rotate: 0, hideOverlappingLabels: false, trim: true, style: { colors: theme.foreground, fontSize: '12px' } },
			axisBorder: { color: theme.border },
			axisTicks: { color: theme.border },
		},
		yaxis: { forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: (v: number) => compactAmount(v) }, title: { text: view.currency, style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		tooltip: { theme: 'light', shared: true, intersect: false, y: { formatter: amountOf } },
		states: { hover: { filter: { type: 'darken' } } },
	};
}

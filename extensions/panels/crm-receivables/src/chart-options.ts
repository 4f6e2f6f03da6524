/** Pure builder of the ApexCharts options of the aging bar chart. */
import { barChartBase, compactAmount, formatMoneyLabel, readTheme, type StudioTheme, toMajor } from '@crm/studio';
import type { BucketView } from './aging-data.ts';

/** The Studio theme, and one colour per bucket, current first. */
export interface ChartTheme extends StudioTheme {
	bucketColors: readonly string[];
}

/** Reads the theme through `read` (e.g. name => getComputedStyle(el).getPropertyValue(name)). */
export function readChartTheme(read: (variable: string) => string): ChartTheme {
	const theme = readTheme(read);
	return { ...theme, bucketColors: [theme.success, theme.primary, theme.warning, theme.danger, theme.danger] };
}

/** Everything ApexCharts needs for a bar per aging bucket, amounts in the base currency. */
export function buildAgingChartOptions(buckets: readonly BucketView[], currency: string, theme: ChartTheme, height: number): Record<string, unknown> {
	return {
		chart: barChartBase(theme, height),
		series: [{ name: `Open (${currency})`, data: buckets.map((b) => toMajor(b.amount, currency)) }],
		colors: buckets.map((_, i) => theme.bucketColors[i] ?? theme.bucketColors[theme.bucketColors.length - 1]!),
		plotOptions: { bar: { distributed: true, borderRadius: 4, columnWidth: '60%' } },
		dataLabels: { enabled: false },
		legend: { show: false },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		xaxis: {
			categories: buckets.map((b) => b.label),
			labels: { rotate: 0, hideOverlappingLabels: false, trim: false, style: { colors: theme.foregroundSubdued } },
			title: { text: 'Days overdue', style: { color: theme.foregroundSubdued, fontWeight: 400 } },
			axisBorder: { color: theme.border },
			axisTicks: { color: theme.border },
		},
		yaxis: {
			labels: { style: { colors: theme.foregroundSubdued }, formatter: (value: number) => compactAmount(value) },
		},
		tooltip: agingTooltip(buckets, currency),
		states: { hover: { filter: { type: 'darken' } } },
	};
}

/** The amount and how many invoices, for the bucket under the pointer. */
function agingTooltip(buckets: readonly BucketView[], currency: string): Record<string, unknown> {
	const describe = (_value: number, context: { dataPointIndex?: number } = {}) => {
		const bucket = buckets[context.dataPointIndex ?? -1];
		if (!bucket) return '';
		return `${formatMoneyLabel(bucket.amount, currency)} · ${bucket.count} ${bucket.count === 1 ? 'invoice' : 'invoices'}`;
	};
	return { theme: 'light', y: { formatter: describe } };
}

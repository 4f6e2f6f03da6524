/** Pure builder of the ApexCharts options of the discounts bar chart. */
import { barChartBase, compactAmount, formatMoneyLabel, readTheme, type StudioTheme, toMajor } from '@crm/studio';
import { discountRate, type DiscountRow, formatPercent, OTHER_KEY } from './discounts-data.ts';

/** The Studio theme, and the colours of the bars. */
export interface ChartTheme extends StudioTheme {
	/** Bars of a rule, rep or group. */
	bar: string;
	/** The "Other" bar. */
	other: string;
}

/** Reads the theme through `read` (e.g. name => getComputedStyle(el).getPropertyValue(name)). */
export function readChartTheme(read: (variable: string) => string): ChartTheme {
	const theme = readTheme(read);
	return { ...theme, bar: theme.primary, other: theme.foregroundSubdued };
}

/** The tooltip of a bar: "400.00 EUR · 7.4 % of list · 12 lines". */
export function describeRow(row: DiscountRow, currency: string): string {
	return `${formatMoneyLabel(row.discount, currency)} · ${formatPercent(discountRate(row.discount, row.net))} of list · ${row.lines} ${row.lines === 1 ? 'line' : 'lines'}`;
}

/** Horizontal bars of discount per row (major units), each labelled with its discount rate. */
export function buildDiscountChartOptions(rows: readonly DiscountRow[], currency: string, theme: ChartTheme, height: number): Record<string, unknown> {
	return {
		chart: barChartBase(theme, height),
		series: [{ name: `Discount (${currency})`, data: rows.map((r) => toMajor(r.discount, currency)) }],
		colors: rows.map((r) => (r.key === OTHER_KEY ? theme.other : theme.bar)),
		plotOptions: { bar: { horizontal: true, distributed: true, borderRadius: 3, barHeight: '65%', dataLabels: { position: 'top' } } },
		dataLabels: rateLabels(rows, theme),
		legend: { show: false },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 48 }, yaxis: { lines: { show: false } }, xaxis: { lines: { show: true } } },
		xaxis: {
			categories: rows.map((r) => r.label),
			labels: { style: { colors: theme.foregroundSubdued }, formatter: (value: string | number) => compactAmount(Number(value)) },
			axisBorder: { color: theme.border },
			axisTicks: { color: theme.border },
		},
		yaxis: {
			labels: { maxWidth: 180, style: { colors: theme.foreground } },
		},
		tooltip: rowTooltip(rows, currency),
		states: { hover: { filter: { type: 'darken' } } },
	};
}

/** Each bar labelled, after its end, with its discount rate. */
function rateLabels(rows: readonly DiscountRow[], theme: ChartTheme): Record<string, unknown> {
	const rateOf = (_value: number, context: { dataPointIndex?: number } = {}) => {
		const row = rows[context.dataPointIndex ?? -1];
		return row ? formatPercent(discountRate(row.discount, row.net)) : '';
	};
	return { enabled: true, textAnchor: 'start', offsetX: 8, style: { colors: [theme.foreground], fontSize: '12px', fontWeight: 400 }, formatter: rateOf };
}

/** The row under the pointer in words: discount, rate and lines. */
function rowTooltip(rows: readonly DiscountRow[], currency: string): Record<string, unknown> {
	const describe = (_value: number, context: { dataPointIndex?: number } = {}) => {
		const row = rows[context.dataPointIndex ?? -1];
		return row ? describeRow(row, currency) : '';
	};
	return { theme: 'light', y: { title: { formatter: () => '' }, formatter: describe } };
}

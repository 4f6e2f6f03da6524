/** Pure builder of the ApexCharts options of the discounts bar chart. */
import { currencyExponent, formatDecimalAmount } from '@crm/core';
import { discountRate, type DiscountRow, formatPercent, OTHER_KEY } from './discounts-data.ts';

/** Colours and font read from the Studio theme's CSS variables. */
export interface ChartTheme {
	foreground: string;
	foregroundSubdued: string;
	border: string;
	background: string;
	fontFamily: string;
	/** Bars of a rule, rep or group. */
	bar: string;
	/** The "Other" bar. */
	other: string;
}

/** The CSS variables the theme is read from, with a fallback each (used outside the Studio). */
export const THEME_VARIABLES = {
	foreground: ['--theme--foreground', '#172940'],
	foregroundSubdued: ['--theme--foreground-subdued', '#a2b5cd'],
	border: ['--theme--border-color-subdued', '#f0f4f9'],
	background: ['--theme--background', '#ffffff'],
	fontFamily: ['--theme--fonts--sans--font-family', 'system-ui, sans-serif'],
	primary: ['--theme--primary', '#6644ff'],
} as const;

/** Reads the theme through `read` (e.g. name => getComputedStyle(el).getPropertyValue(name)). */
export function readChartTheme(read: (variable: string) => string): ChartTheme {
	const value = (key: keyof typeof THEME_VARIABLES): string => {
		const [variable, fallback] = THEME_VARIABLES[key];
		const found = read(variable).trim();
		return found === '' ? fallback : found;
	};
	return {
		foreground: value('foreground'),
		foregroundSubdued: value('foregroundSubdued'),
		border: value('border'),
		background: value('background'),
		fontFamily: value('fontFamily'),
		bar: value('primary'),
		other: value('foregroundSubdued'),
	};
}

/** "1,234.56 EUR" from minor units. */
export function formatMoney(minor: number, currency: string): string {
	const text = formatDecimalAmount(minor, currency);
	const [whole, fraction] = text.split('.');
	const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${currency}`;
}

/** Short axis label: 1,234,567.89 → "1.2M", 12,345 → "12.3k" (major units). */
export function compactAmount(major: number): string {
	const abs = Math.abs(major);
	if (abs >= 1e9) return `${trim(major / 1e9)}B`;
	if (abs >= 1e6) return `${trim(major / 1e6)}M`;
	if (abs >= 1e3) return `${trim(major / 1e3)}k`;
	return trim(major);
}

function trim(n: number): string {
	return String(Math.round(n * 10) / 10);
}

/** Minor → major units, for drawing only (labels and tooltips use the exact minor units). */
export function toMajor(minor: number, currency: string): number {
	return minor / 10 ** currencyExponent(currency);
}

/** The tooltip of a bar: "400.00 EUR · 7.4 % of list · 12 lines". */
export function describeRow(row: DiscountRow, currency: string): string {
	return `${formatMoney(row.discount, currency)} · ${formatPercent(discountRate(row.discount, row.net))} of list · ${row.lines} ${row.lines === 1 ? 'line' : 'lines'}`;
}

/** Horizontal bars of discount per row (major units), each labelled with its discount rate. */
export function buildDiscountChartOptions(rows: readonly DiscountRow[], currency: string, theme: ChartTheme, height: number): Record<string, unknown> {
	return {
		chart: {
			type: 'bar',
			height,
			background: 'transparent',
			fontFamily: theme.fontFamily,
			foreColor: theme.foregroundSubdued,
			toolbar: { show: false },
			zoom: { enabled: false },
			animations: { enabled: false },
			parentHeightOffset: 0,
		},
		series: [{ name: `Discount (${currency})`, data: rows.map((r) => toMajor(r.discount, currency)) }],
		colors: rows.map((r) => (r.key === OTHER_KEY ? theme.other : theme.bar)),
		plotOptions: { bar: { horizontal: true, distributed: true, borderRadius: 3, barHeight: '65%', dataLabels: { position: 'top' } } },
		dataLabels: {
			enabled: true,
			textAnchor: 'start',
			offsetX: 8,
			style: { colors: [theme.foreground], fontSize: '12px', fontWeight: 400 },
			formatter: (_value: number, context: { dataPointIndex?: number } = {}) => {
				const row = rows[context.dataPointIndex ?? -1];
				return row ? formatPercent(discountRate(row.discount, row.net)) : '';
			},
		},
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
		tooltip: {
			theme: 'light',
			y: {
				title: { formatter: () => '' },
				formatter: (_value: number, context: { dataPointIndex?: number } = {}) => {
					const row = rows[context.dataPointIndex ?? -1];
					return row ? describeRow(row, currency) : '';
				},
			},
		},
		states: { hover: { filter: { type: 'darken' } } },
	};
}

/** Pure builder of the ApexCharts options of the aging bar chart. */
import { currencyExponent, formatDecimalAmount } from '@crm/core';
import type { BucketView } from './aging-data.ts';

/** Colours and font read from the Studio theme's CSS variables. */
export interface ChartTheme {
	foreground: string;
	foregroundSubdued: string;
	border: string;
	background: string;
	fontFamily: string;
	/** One colour per bucket, current first. */
	bucketColors: readonly string[];
}

/** The CSS variables the theme is read from, with a fallback each (used outside the Studio). */
export const THEME_VARIABLES = {
	foreground: ['--theme--foreground', '#172940'],
	foregroundSubdued: ['--theme--foreground-subdued', '#a2b5cd'],
	border: ['--theme--border-color-subdued', '#f0f4f9'],
	background: ['--theme--background', '#ffffff'],
	fontFamily: ['--theme--fonts--sans--font-family', 'system-ui, sans-serif'],
	primary: ['--theme--primary', '#6644ff'],
	success: ['--theme--success', '#2ecda7'],
	warning: ['--theme--warning', '#ffa439'],
	danger: ['--theme--danger', '#e35169'],
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
		bucketColors: [value('success'), value('primary'), value('warning'), value('danger'), value('danger')],
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

/** Everything ApexCharts needs for a bar per aging bucket, amounts in the base currency. */
export function buildAgingChartOptions(buckets: readonly BucketView[], currency: string, theme: ChartTheme, height: number): Record<string, unknown> {
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
		tooltip: {
			theme: 'light',
			y: {
				formatter: (_value: number, context: { dataPointIndex?: number } = {}) => {
					const bucket = buckets[context.dataPointIndex ?? -1];
					if (!bucket) return '';
					return `${formatMoney(bucket.amount, currency)} · ${bucket.count} ${bucket.count === 1 ? 'invoice' : 'invoices'}`;
				},
			},
		},
		states: { hover: { filter: { type: 'darken' } } },
	};
}

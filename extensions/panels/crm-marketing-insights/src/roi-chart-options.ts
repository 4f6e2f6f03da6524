/** Pure builder of the ApexCharts options of the ROI chart: a bar group per campaign, a bar per attribution model. */
import { barChartBase, formatMoneyLabel, formatPercent, type MeasureText, type StudioTheme, textMeasure, wrapLabel } from '@crm/studio';
import type { CampaignReturn, RoiMatrix } from './roi-matrix.ts';

/** After the theme's primary colour, the models' bars take these in turn. */
export const MODEL_COLOURS = ['#3399ff', '#17a2b8', '#ff9f1c', '#e83e8c'];

/** Font size of the campaign names under the groups. */
export const CATEGORY_FONT_SIZE = 12;
/** What the percent axis, its title and the padding take of the chart's width (a little more than they do). */
const AXIS_WIDTH = 80;

/** What a missing bar means, in the tooltip. */
export const NO_SPEND_TEXT = 'no spend booked, no ROI';

/** One bar in words: "-45.2 % · margin 6,258.32 EUR"; a campaign without spend says so. */
export function describeReturn(row: CampaignReturn | null, currency: string): string {
	if (row === null || row.roiBp === null) return NO_SPEND_TEXT;
	return `${formatPercent(row.roiBp)} · margin ${formatMoneyLabel(row.margin, currency)}`;
}

/** The group under the pointer: "SPRING-2026 · Spring tools 2026 — spend 11,420.00 EUR". */
export function describeCampaign(matrix: RoiMatrix, index: number): string {
	const campaign = matrix.campaigns[index];
	if (!campaign) return '';
	return campaign.spend > 0 ? `${campaign.title} — spend ${formatMoneyLabel(campaign.spend, matrix.currency)}` : `${campaign.title} — no spend`;
}

/** Each group's label as lines: its code, then its name cut to the group's width (the tooltip has it whole). */
export function campaignLines(matrix: RoiMatrix, chartWidth: number, measure: MeasureText): string[][] {
	const groupWidth = Math.max(40, (chartWidth - AXIS_WIDTH) / Math.max(1, matrix.campaigns.length) - 12);
	return matrix.campaigns.map((c) => [wrapLabel(c.label, groupWidth, measure, 1)[0]!, ...(c.name ? wrapLabel(c.name, groupWidth, measure, 1) : [])]);
}

/** A group's share of its slot: narrower when there are few campaigns, so that five bars do not become five slabs. */
export function columnWidthOf(campaigns: number): string {
	return `${Math.min(75, 30 + 10 * campaigns)}%`;
}

const percentAxis = (value: number) => (value === null || value === undefined ? '' : `${Math.round(value)} %`);

/** Grouped vertical bars of ROI in percent; a model without a bar for a campaign (no spend) leaves a gap. */
export function buildRoiChartOptions(matrix: RoiMatrix, theme: StudioTheme, size: { width: number; height: number }, measure: MeasureText = textMeasure(CATEGORY_FONT_SIZE, theme.fontFamily)): Record<string, unknown> {
	return {
		chart: barChartBase(theme, size.height),
		series: matrix.series.map((s) => ({ name: s.name, data: s.data })),
		colors: [theme.primary, ...MODEL_COLOURS],
		plotOptions: { bar: { horizontal: false, columnWidth: columnWidthOf(matrix.campaigns.length), borderRadius: 2, borderRadiusApplication: 'end' } },
		dataLabels: { enabled: false },
		legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: theme.foreground }, markers: { size: 6 } },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 8 } },
		// Every campaign named, even when the groups are narrow (ApexCharts would drop labels it finds too close).
		// The lines already fit their group: `trim` only keeps ApexCharts (4.7) from padding the plot's right
		// side by half the widest label, which it does for untrimmed labels.
		xaxis: {
			categories: campaignLines(matrix, size.width, measure),
			labels: { rotate: 0, hideOverlappingLabels: false, trim: true, style: { colors: theme.foreground, fontSize: `${CATEGORY_FONT_SIZE}px` } },
			axisBorder: { color: theme.border },
			axisTicks: { color: theme.border },
		},
		yaxis: { forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: percentAxis }, title: { text: 'ROI', style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		annotations: { yaxis: [{ y: 0, borderColor: theme.foregroundSubdued, strokeDashArray: 0 }] },
		tooltip: roiTooltip(matrix),
		states: { hover: { filter: { type: 'darken' } } },
	};
}

/** Every model's bar of the campaign under the pointer, the ones without spend included. */
function roiTooltip(matrix: RoiMatrix): Record<string, unknown> {
	const campaignOf = (_value: unknown, context: { dataPointIndex?: number } = {}) => describeCampaign(matrix, context.dataPointIndex ?? -1);
	const barOf = (_value: number | null, context: { seriesIndex?: number; dataPointIndex?: number } = {}) => describeReturn(matrix.series[context.seriesIndex ?? -1]?.returns[context.dataPointIndex ?? -1] ?? null, matrix.currency);
	return { theme: 'light', shared: true, intersect: false, hideEmptySeries: false, x: { formatter: campaignOf }, y: { formatter: barOf } };
}

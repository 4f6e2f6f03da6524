/** Pure builder of the ApexCharts options of the whale curve: cumulative profit over the share of customers, most profitable first. */
import { compactAmount, formatMoneyLabel, formatPercent, type StudioTheme, toMajor } from '@crm/studio';
import type { ProfitabilityView, WhalePoint } from './profitability-view.ts';

/** Who the point under the pointer counts: "Top 120 customers (12 %)". */
export function describeRank(point: WhalePoint | undefined): string {
	if (!point) return '';
	if (point.rank === 0) return 'No customer yet';
	return `Top ${point.rank.toLocaleString('en-US')} ${point.rank === 1 ? 'customer' : 'customers'} (${formatPercent(point.customersBp)})`;
}

const percentAxis = (value: number) => `${Math.round(value)} %`;

/** An area line from 0 to 100 % of the customers; the peak and the end marked; the zero line drawn. */
export function buildWhaleChartOptions(view: Pick<ProfitabilityView, 'whale' | 'currency'>, theme: StudioTheme, height: number): Record<string, unknown> {
	const { points, peak } = view.whale;
	const last = points[points.length - 1];
	// The end sits on the right edge: its label reads leftwards from it, so the plot never cuts it off.
	const mark = (p: WhalePoint | undefined, colour: string, text: string, anchor: 'middle' | 'end') => (p ? [{ x: p.customersBp / 100, y: toMajor(p.profit, view.currency), marker: { size: 5, fillColor: colour, strokeColor: theme.background }, label: { text, textAnchor: anchor, offsetX: anchor === 'end' ? -6 : 0, borderColor: colour, style: { background: colour, color: '#ffffff' } } }] : []);
	return {
		chart: { type: 'area', height, background: 'transparent', fontFamily: theme.fontFamily, foreColor: theme.foregroundSubdued, toolbar: { show: false }, zoom: { enabled: false }, animations: { enabled: false }, parentHeightOffset: 0 },
		series: [{ name: 'Cumulative profit', data: points.map((p) => [p.customersBp / 100, toMajor(p.profit, view.currency)]) }],
		colors: [theme.primary],
		stroke: { curve: 'straight', width: 2 },
		fill: { type: 'solid', opacity: 0.15 },
		dataLabels: { enabled: false },
		markers: { size: 0 },
		grid: { borderColor: theme.border, strokeDashArray: 4, padding: { left: 8, right: 16 } },
		xaxis: { type: 'numeric', min: 0, max: 100, tickAmount: 10, tooltip: { enabled: false }, labels: { formatter: percentAxis, style: { colors: theme.foregroundSubdued } }, title: { text: 'Customers, most profitable first', style: { color: theme.foregroundSubdued, fontWeight: 400 } }, axisBorder: { color: theme.border }, axisTicks: { color: theme.border } },
		yaxis: { forceNiceScale: true, labels: { style: { colors: theme.foregroundSubdued }, formatter: (v: number) => compactAmount(v) }, title: { text: `Cumulative profit, ${view.currency}`, style: { color: theme.foregroundSubdued, fontWeight: 400 } } },
		annotations: { yaxis: [{ y: 0, borderColor: theme.foregroundSubdued, strokeDashArray: 0 }], points: [...mark(peak.rank > 0 ? peak : undefined, theme.success, 'Peak', 'middle'), ...mark(last && last.rank !== peak.rank ? last : undefined, theme.danger, 'All customers', 'end')] },
		tooltip: { theme: 'light', x: { formatter: (_v: number, c: { dataPointIndex?: number } = {}) => describeRank(points[c.dataPointIndex ?? -1]) }, y: { formatter: (_v: number, c: { dataPointIndex?: number } = {}) => formatMoneyLabel(points[c.dataPointIndex ?? -1]?.profit ?? 0, view.currency) } },
	};
}

/** The leaderboard table in words: amounts with their currency, shares in %, ratios as decimals, changes beside them. */
import { groupThousands, toScaledText } from '@crm/studio';
import { type Change, count, type FigureCell, type FigureColumn, type FigureRow, growthChange, money, percent, pointsChange } from '@crm/studio';
import type { LeaderboardView, RepRowView } from './read-leaderboard.ts';

/** A figure, and below it its change or a detail (proposals decided). */
export type Cell = FigureCell;

export type ColumnKey = 'revenue' | 'margin' | 'orders' | 'avgOrder' | 'conversion' | 'activities' | 'perOrder';

export const COLUMNS: readonly FigureColumn<ColumnKey>[] = [
	{ key: 'revenue', label: 'Revenue', title: 'Net revenue of the orders the rep owns' },
	{ key: 'margin', label: 'Margin', title: 'Revenue less the cost of the goods, and its share of revenue' },
	{ key: 'orders', label: 'Orders', title: 'Orders that count (neither drafts nor cancelled)' },
	{ key: 'avgOrder', label: 'Avg. order', title: 'Revenue per order' },
	{ key: 'conversion', label: 'Conversion', title: 'Proposals issued in the period: accepted of those accepted, rejected or expired' },
	{ key: 'activities', label: 'Activities', title: 'Calls, meetings, e-mails and visits the rep logged' },
	{ key: 'perOrder', label: 'Per order', title: 'Activities per order won' },
];

export interface LeaderboardRow extends FigureRow<ColumnKey> {
	rank: number;
}

const NONE: Change = { text: '', tone: 'neutral' };
const detail = (text: string): Change => ({ text, tone: 'neutral' });

/** 2500 thousandths as "2.5", 2000 as "2", 1333 as "1.333". */
export function ratioText(milli: number | null): string {
	return milli === null ? '–' : groupThousands(toScaledText(milli, 3));
}

/** Below the conversion: its change in points, else how many of how many proposals were won; nothing when none was decided. */
function conversionDetail(r: RepRowView): Change {
	if (r.conversionChange !== null) return pointsChange(r.conversionChange);
	return r.decided === 0 ? NONE : detail(`${count(r.accepted)} of ${count(r.decided)}`);
}

function cellsOf(r: RepRowView, currency: string): Record<ColumnKey, Cell> {
	const before = r.previous;
	return {
		revenue: { text: money(r.revenue, currency), change: growthChange(r.growth?.revenue ?? null, r.revenue, before?.revenue ?? null) },
		margin: { text: money(r.margin, currency), change: detail(r.marginBp === null ? '' : percent(r.marginBp)) },
		orders: { text: count(r.orders), change: before ? detail(`before ${count(before.orders)}`) : NONE },
		avgOrder: { text: money(r.avgOrder, currency), change: NONE },
		conversion: { text: percent(r.conversionBp), change: conversionDetail(r) },
		activities: { text: count(r.activities), change: growthChange(r.growth?.activities ?? null, r.activities, before?.activities ?? null) },
		perOrder: { text: ratioText(r.activitiesPerOrderMilli), change: NONE },
	};
}

/** One row per rep, ranked by revenue as the API lists them. */
export function leaderboardRows(view: Pick<LeaderboardView, 'rows' | 'currency'>): LeaderboardRow[] {
	return view.rows.map((r, i) => ({ id: r.rep ?? 'none', rank: i + 1, name: r.name, cells: cellsOf(r, view.currency) }));
}

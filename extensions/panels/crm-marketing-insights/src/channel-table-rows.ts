/** Pure rows of the campaign-channel table: each figure as text with its change against the previous period. */
import { type Better, type FigureCell, type FigureColumn, type FigureRow, formatMoneyLabel, formatPercent, groupThousands, pointChange, relativeChange } from '@crm/studio';
import { CAMPAIGN_CHANNEL_LABELS, type CampaignChannel, type CampaignChannelFigures, type ChannelsView } from './channels-data.ts';

export type ColumnKey = 'members' | 'conversion' | 'orders' | 'revenue' | 'margin' | 'spend' | 'costPerAcquired' | 'roi';

export const CHANNEL_COLUMNS: readonly FigureColumn<ColumnKey>[] = [
	{ key: 'members', label: 'Members' },
	{ key: 'conversion', label: 'Conversion' },
	{ key: 'orders', label: 'Orders' },
	{ key: 'revenue', label: 'Revenue' },
	{ key: 'margin', label: 'Margin' },
	{ key: 'spend', label: 'Spend' },
	{ key: 'costPerAcquired', label: 'Cost per acquired customer' },
	{ key: 'roi', label: 'ROI' },
];

/** A figure: "1,234.00 EUR", "12.5 %", "42"; "–" for none; its change below it. */
export type Cell = FigureCell;

/** A campaign channel's row: `id` the channel, `name` how people call it. */
export interface ChannelTableRow extends FigureRow<ColumnKey> {
	id: CampaignChannel;
}

const NONE = '–';

type Kind = 'count' | 'money' | 'share';

/** How each column reads its figure, shows it and judges a rise. */
const COLUMN_RULES: Record<ColumnKey, { read: (f: CampaignChannelFigures) => number | null; kind: Kind; better: Better }> = {
	members: { read: (f) => f.members, kind: 'count', better: 'higher' },
	conversion: { read: (f) => f.conversionBp, kind: 'share', better: 'higher' },
	orders: { read: (f) => f.orders, kind: 'count', better: 'higher' },
	revenue: { read: (f) => f.revenue, kind: 'money', better: 'higher' },
	margin: { read: (f) => f.margin, kind: 'money', better: 'higher' },
	spend: { read: (f) => f.spend, kind: 'money', better: 'neither' },
	costPerAcquired: { read: (f) => f.costPerAcquiredCustomer, kind: 'money', better: 'lower' },
	roi: { read: (f) => f.roiBp, kind: 'share', better: 'higher' },
};

function show(value: number | null, kind: Kind, currency: string): string {
	if (value === null) return NONE;
	if (kind === 'money') return formatMoneyLabel(value, currency);
	return kind === 'share' ? formatPercent(value) : groupThousands(String(value));
}

function cellOf(key: ColumnKey, now: CampaignChannelFigures, before: CampaignChannelFigures, currency: string): Cell {
	const rule = COLUMN_RULES[key];
	const value = rule.read(now);
	const change = rule.kind === 'share' ? pointChange : relativeChange;
	return { text: show(value, rule.kind, currency), change: change(value, rule.read(before), rule.better) };
}

/** One row per campaign channel of the answer, named in words, every column with its change. */
export function channelTableRows(view: Pick<ChannelsView, 'byCampaignChannel' | 'currency'>): ChannelTableRow[] {
	return view.byCampaignChannel.map((row) => {
		const cells = Object.fromEntries(CHANNEL_COLUMNS.map(({ key }) => [key, cellOf(key, row, row.previous, view.currency)])) as Record<ColumnKey, Cell>;
		return { id: row.channel, name: CAMPAIGN_CHANNEL_LABELS[row.channel], cells };
	});
}

/** Pure reading of GET /crm/marketing/channels: sales channels and campaign channels, this period and the one before. */
import { isCurrencyCode } from '@crm/core';
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

export type CampaignChannel = 'email' | 'call' | 'visit' | 'event' | 'ads';

/** In this order the table lists them. */
export const CAMPAIGN_CHANNEL_LABELS: Readonly<Record<CampaignChannel, string>> = { email: 'E-mail', call: 'Calls', visit: 'Visits', event: 'Event', ads: 'Advertising' };

const CAMPAIGN_CHANNELS = Object.keys(CAMPAIGN_CHANNEL_LABELS) as CampaignChannel[];

export const NO_SALES_CHANNEL = 'No channel';

/** Amounts in minor units of the answer's currency. */
export interface SalesChannelFigures {
	orders: number;
	revenue: number;
	margin: number;
	customers: number;
	newCustomers: number;
	avgOrder: number | null;
}

export interface SalesChannelRow extends SalesChannelFigures {
	/** Its name, "No channel" for orders without one; never its id. */
	name: string;
	previous: SalesChannelFigures;
}

/** Amounts in minor units; shares in basis points; null where there is nothing to divide by. */
export interface CampaignChannelFigures {
	members: number;
	convertedMembers: number;
	conversionBp: number | null;
	orders: number;
	revenue: number;
	margin: number;
	spend: number;
	acquiredCustomers: number;
	costPerAcquiredCustomer: number | null;
	avgOrder: number | null;
	roiBp: number | null;
}

export interface CampaignChannelRow extends CampaignChannelFigures {
	channel: CampaignChannel;
	previous: CampaignChannelFigures;
}

export interface ChannelsView {
	currency: string;
	from: string;
	to: string;
	previous: { from: string; to: string };
	bySalesChannel: SalesChannelRow[];
	/** In CAMPAIGN_CHANNEL_LABELS order. */
	byCampaignChannel: CampaignChannelRow[];
}

function salesFigures(row: Record<string, unknown>): SalesChannelFigures {
	return { orders: int(row['orders']), revenue: int(row['revenue']), margin: int(row['margin']), customers: int(row['customers']), newCustomers: int(row['new_customers']), avgOrder: intOrNull(row['avg_order']) };
}

function campaignFigures(row: Record<string, unknown>): CampaignChannelFigures {
	return {
		members: int(row['members']),
		convertedMembers: int(row['converted_members']),
		conversionBp: intOrNull(row['conversion_bp']),
		orders: int(row['orders']),
		revenue: int(row['revenue']),
		margin: int(row['margin']),
		spend: int(row['spend']),
		acquiredCustomers: int(row['acquired_customers']),
		costPerAcquiredCustomer: intOrNull(row['cost_per_acquired_customer']),
		avgOrder: intOrNull(row['avg_order']),
		roiBp: intOrNull(row['roi_bp']),
	};
}

const previousOf = (row: Record<string, unknown>) => (isObject(row['previous']) ? row['previous'] : {});

function salesChannelRow(row: Record<string, unknown>): SalesChannelRow {
	return { name: textOrNull(row['name']) ?? NO_SALES_CHANNEL, ...salesFigures(row), previous: salesFigures(previousOf(row)) };
}

function campaignChannelRows(rows: Record<string, unknown>[]): CampaignChannelRow[] {
	return CAMPAIGN_CHANNELS.flatMap((channel) => {
		const row = rows.find((r) => r['channel'] === channel);
		return row ? [{ channel, ...campaignFigures(row), previous: campaignFigures(previousOf(row)) }] : [];
	});
}

/** Reads `{ data: { currency, from, to, previous, by_sales_channel, by_campaign_channel } }`; null when the shape is not that. */
export function fromChannelsResponse(body: unknown): ChannelsView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !isCurrencyCode(data['currency'])) return null;
	const previous = isObject(data['previous']) ? data['previous'] : {};
	return {
		currency: data['currency'],
		from: textOrNull(data['from']) ?? '',
		to: textOrNull(data['to']) ?? '',
		previous: { from: textOrNull(previous['from']) ?? '', to: textOrNull(previous['to']) ?? '' },
		bySalesChannel: objectsOf(data['by_sales_channel']).map(salesChannelRow),
		byCampaignChannel: campaignChannelRows(objectsOf(data['by_campaign_channel'])),
	};
}

/** True when no sales channel sold anything in either period. */
export function hasSales(view: Pick<ChannelsView, 'bySalesChannel'>): boolean {
	return view.bySalesChannel.some((r) => r.revenue !== 0 || r.margin !== 0 || r.previous.revenue !== 0 || r.previous.margin !== 0);
}

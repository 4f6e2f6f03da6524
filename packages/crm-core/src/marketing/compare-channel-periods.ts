import { addDays, daysBetween } from '../calendar/calendar-day.ts';
import type { CampaignChannelFigures, ChannelSummary, SalesChannelFigures } from './summarize-channels.ts';

/** The period of the same length that ends the day before `from`: what a period is compared with. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
	const length = daysBetween(from, to) + 1;
	return { from: addDays(from, -length), to: addDays(from, -1) };
}

type Figures<T> = Omit<T, 'key'>;
export type Compared<T extends { key: unknown }> = T & { previous: Figures<T> };

const NO_SALES: Figures<SalesChannelFigures> = { orders: 0, revenue: 0, margin: 0, customers: 0, newCustomers: 0, avgOrder: null };
const NO_CAMPAIGNS: Figures<CampaignChannelFigures> = { members: 0, convertedMembers: 0, conversionBp: null, orders: 0, revenue: 0, margin: 0, spend: 0, roiBp: null, acquiredCustomers: 0, costPerAcquiredCustomer: null, avgOrder: null };

function pair<T extends { key: K }, K>(current: readonly T[], previous: readonly T[], none: Figures<T>): Compared<T>[] {
	const before = new Map(previous.map((r) => [r.key, r]));
	const rows: Compared<T>[] = current.map((r) => ({ ...r, previous: withoutKey(before.get(r.key)) ?? none }));
	const seen = new Set(current.map((r) => r.key));
	// A channel that sold before and nothing now is news too: it shows with zeros.
	for (const r of previous) if (!seen.has(r.key)) rows.push({ ...none, key: r.key, previous: withoutKey(r)! } as Compared<T>);
	return rows;
}

function withoutKey<T extends { key: unknown }>(row: T | undefined): Figures<T> | undefined {
	if (!row) return undefined;
	const { key: _key, ...rest } = row;
	return rest;
}

/** Each channel's figures this period beside the previous period's (M5, A4: period comparison). */
export function compareChannelPeriods(current: ChannelSummary, previous: ChannelSummary) {
	return {
		bySalesChannel: pair(current.bySalesChannel, previous.bySalesChannel, NO_SALES),
		byCampaignChannel: pair(current.byCampaignChannel, previous.byCampaignChannel, NO_CAMPAIGNS),
	};
}

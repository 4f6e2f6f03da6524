import { divideAndRound } from '../money/divide-and-round.ts';
import type { AttributableOrder, AttributionSettings } from './attribute-order.ts';
import { type AttributionFacts, summarizeAttribution } from './summarize-attribution.ts';

const MS_PER_DAY = 86_400_000;

/** An order that counts in the period, with what the channel analysis needs besides its return. */
export interface ChannelOrder extends AttributableOrder {
	customer: string;
	/** The customer's sales channel (M5); null when they have none. */
	salesChannel: string | null;
	/** The customer's first order that counts, ever: the order that acquired them. */
	firstOrder: boolean;
}

/** A campaign member whose first touch lies in the period: the denominator of conversion. */
export interface ChannelMember {
	channel: string;
	customer: string;
	firstTouchMs: number;
}

export interface ChannelFacts {
	/** Every order that counts in the period, touched or not. */
	orders: readonly ChannelOrder[];
	touches: AttributionFacts['touches'];
	members: readonly ChannelMember[];
	/** Spend booked in the period, per campaign, in the base currency. */
	spendByCampaign: ReadonlyMap<string, number>;
	channelOf: ReadonlyMap<string, string>;
}

export interface SalesChannelFigures {
	key: string | null;
	orders: number;
	revenue: number;
	margin: number;
	customers: number;
	newCustomers: number;
	avgOrder: number | null;
}

export interface CampaignChannelFigures {
	key: string;
	members: number;
	convertedMembers: number;
	conversionBp: number | null;
	orders: number;
	revenue: number;
	margin: number;
	spend: number;
	roiBp: number | null;
	acquiredCustomers: number;
	costPerAcquiredCustomer: number | null;
	avgOrder: number | null;
}

export interface ChannelSummary {
	bySalesChannel: SalesChannelFigures[];
	byCampaignChannel: CampaignChannelFigures[];
}

/** a ÷ b rounded half-even; null when nothing to divide by. */
export function ratioOf(a: number, b: number, scale = 1): number | null {
	return b === 0 ? null : Number(divideAndRound(BigInt(a) * BigInt(scale), BigInt(b), 'half-even'));
}

/**
 * M5/A4 for one period. By sales channel: the orders that count, their revenue and margin, customers
 * and new customers. By campaign channel: revenue, margin and ROI credited by the attribution model
 * (spend booked in the period), the average credited revenue per credited order; conversion = members
 * whose first touch lies in the period and whose customer ordered within the window after it ÷ those
 * members; an acquired customer is one whose first order ever lies in the period with a touch of the
 * channel within the window before it (a customer touched by two channels is acquired by both, so the
 * cost per acquired customer never hides a channel's spend).
 */
export function summarizeChannels(facts: ChannelFacts, settings: AttributionSettings): ChannelSummary {
	const attribution = summarizeAttribution(facts, settings, { creditsOf: null });
	const windowMs = settings.windowDays * MS_PER_DAY;
	const acquired = acquiredByChannel(facts, windowMs);
	const converted = convertedByChannel(facts, windowMs);
	const channels = [...new Set([...attribution.byChannel.map((r) => r.key), ...converted.members.keys()])].sort();
	const credited = new Map(attribution.byChannel.map((r) => [r.key, r]));
	return {
		bySalesChannel: summarizeSalesChannels(facts.orders),
		byCampaignChannel: channels.map((key) => {
			const r = credited.get(key) ?? { orders: 0, revenue: 0, margin: 0, spend: 0, roiBp: null };
			const members = converted.members.get(key) ?? 0;
			const convertedMembers = converted.converted.get(key) ?? 0;
			const acquiredCustomers = acquired.get(key)?.size ?? 0;
			return {
				key,
				members,
				convertedMembers,
				conversionBp: ratioOf(convertedMembers, members, 10_000),
				orders: r.orders,
				revenue: r.revenue,
				margin: r.margin,
				spend: r.spend,
				roiBp: r.roiBp,
				acquiredCustomers,
				costPerAcquiredCustomer: ratioOf(r.spend, acquiredCustomers),
				avgOrder: ratioOf(r.revenue, r.orders),
			};
		}),
	};
}

function summarizeSalesChannels(orders: readonly ChannelOrder[]): SalesChannelFigures[] {
	const rows = new Map<string | null, { orders: number; revenue: number; margin: number; customers: Set<string>; newCustomers: Set<string> }>();
	for (const o of orders) {
		let row = rows.get(o.salesChannel);
		if (!row) rows.set(o.salesChannel, (row = { orders: 0, revenue: 0, margin: 0, customers: new Set(), newCustomers: new Set() }));
		row.orders++;
		row.revenue += o.revenue;
		row.margin += o.margin;
		row.customers.add(o.customer);
		if (o.firstOrder) row.newCustomers.add(o.customer);
	}
	return [...rows]
		.map(([key, r]) => ({ key, orders: r.orders, revenue: r.revenue, margin: r.margin, customers: r.customers.size, newCustomers: r.newCustomers.size, avgOrder: ratioOf(r.revenue, r.orders) }))
		.sort((a, b) => b.revenue - a.revenue || String(a.key).localeCompare(String(b.key)));
}

function touchTimesByCustomer(touches: ChannelFacts['touches']): Map<string, { channel: string; ms: number }[]> {
	const byCustomer = new Map<string, { channel: string; ms: number }[]>();
	for (const t of touches) {
		const list = byCustomer.get(t.customer) ?? [];
		if (list.length === 0) byCustomer.set(t.customer, list);
		list.push({ channel: t.channel, ms: t.atMs ?? Date.parse(t.at ?? '') });
	}
	return byCustomer;
}

function acquiredByChannel(facts: ChannelFacts, windowMs: number): Map<string, Set<string>> {
	const touchesOf = touchTimesByCustomer(facts.touches);
	const acquired = new Map<string, Set<string>>();
	for (const o of facts.orders) {
		if (!o.firstOrder) continue;
		const at = Date.parse(o.at);
		for (const t of touchesOf.get(o.customer) ?? []) {
			if (t.ms > at || t.ms < at - windowMs) continue;
			const set = acquired.get(t.channel) ?? new Set<string>();
			acquired.set(t.channel, set.add(o.customer));
		}
	}
	return acquired;
}

function convertedByChannel(facts: ChannelFacts, windowMs: number) {
	const orderTimes = new Map<string, number[]>();
	for (const o of facts.orders) {
		const list = orderTimes.get(o.customer);
		if (list) list.push(Date.parse(o.at));
		else orderTimes.set(o.customer, [Date.parse(o.at)]);
	}
	const members = new Map<string, number>();
	const converted = new Map<string, number>();
	for (const m of facts.members) {
		members.set(m.channel, (members.get(m.channel) ?? 0) + 1);
		if ((orderTimes.get(m.customer) ?? []).some((at) => at > m.firstTouchMs && at <= m.firstTouchMs + windowMs)) converted.set(m.channel, (converted.get(m.channel) ?? 0) + 1);
	}
	return { members, converted };
}

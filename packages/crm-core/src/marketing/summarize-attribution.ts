import { type AttributableOrder, type AttributionCredit, type AttributionSettings, attributeOrder, type Touch } from './attribute-order.ts';
import { type ReturnOnSpend, summarizeReturns } from './campaign-roi.ts';

export interface AttributionFacts {
	/** Orders that count (neither drafts nor cancelled) in the period, in the base currency. */
	orders: readonly (AttributableOrder & { customer: string })[];
	/** Touches that may have led to them (every kind but unsubscribes), with their customer. */
	touches: readonly (Touch & { customer: string })[];
	/** Booked spend per campaign in the base currency: counted once, never per order. */
	spendByCampaign: ReadonlyMap<string, number>;
	/** Every campaign's channel, so that a channel's spend includes campaigns that earned nothing. */
	channelOf: ReadonlyMap<string, string>;
}

export interface AttributionSummary {
	credits: AttributionCredit[];
	byCampaign: ReturnOnSpend[];
	byChannel: ReturnOnSpend[];
}

/**
 * M4: each order shared among its customer's touches within the window by the model, then revenue,
 * margin, spend and ROI per campaign and per channel. Margin already carries the discounts the campaign
 * gave (they lowered the net), so the spend is the booked costs alone: counting discounts again would
 * charge them twice.
 */
export function summarizeAttribution(facts: AttributionFacts, settings: AttributionSettings): AttributionSummary {
	const touchesOf = new Map<string, Touch[]>();
	for (const t of facts.touches) {
		const list = touchesOf.get(t.customer);
		if (list) list.push(t);
		else touchesOf.set(t.customer, [t]);
	}
	const credits = facts.orders.flatMap((o) => attributeOrder(o, touchesOf.get(o.customer) ?? [], settings));
	const spendByChannel = new Map<string, number>();
	for (const [campaign, spend] of facts.spendByCampaign) {
		const channel = facts.channelOf.get(campaign) ?? 'none';
		spendByChannel.set(channel, (spendByChannel.get(channel) ?? 0) + spend);
	}
	return {
		credits,
		byCampaign: summarizeReturns(credits, facts.spendByCampaign),
		byChannel: summarizeReturns(credits, spendByChannel, (c) => c.channel),
	};
}

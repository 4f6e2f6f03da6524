import { type AttributableOrder, type AttributionCredit, type AttributionSettings, attributeTimedOrder, byTime, type TimedTouch, type Touch } from './attribute-order.ts';
import { addCredit, type CreditTotals, type ReturnOnSpend, returnsOf } from './campaign-roi.ts';

/** A loaded touch: its instant as text or, cheaper for a million of them, in epoch milliseconds. */
export type FactTouch = Omit<Touch, 'at'> & { customer: string; at?: string };

export interface AttributionFacts {
	/** Orders that count (neither drafts nor cancelled) in the period, in the base currency. */
	orders: readonly (AttributableOrder & { customer: string })[];
	/** Touches that may have led to them (every kind but unsubscribes), with their customer; each has `at` or `atMs` (or both). */
	touches: readonly FactTouch[];
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
 * margin, spend and ROI per campaign and per channel. The credits are kept for every campaign, for one
 * (`creditsOf`, to explain it) or for none (`creditsOf: null`: a million of them need not be held). Margin already carries the discounts the campaign
 * gave (they lowered the net), so the spend is the booked costs alone: counting discounts again would
 * charge them twice.
 */
export function summarizeAttribution(facts: AttributionFacts, settings: AttributionSettings, keep: { creditsOf?: string | null } = {}): AttributionSummary {
	const touchesOf = timedTouchesByCustomer(facts.touches);
	const keepCredit = keep.creditsOf === undefined ? () => true : (c: AttributionCredit) => c.campaign === keep.creditsOf;
	const byCampaign = new Map<string, CreditTotals>();
	const byChannel = new Map<string, CreditTotals>();
	const credits: AttributionCredit[] = [];
	for (const order of facts.orders) {
		const touches = touchesOf.get(order.customer);
		if (!touches) continue;
		for (const c of attributeTimedOrder(order, Date.parse(order.at), touches, settings)) {
			addCredit(byCampaign, c.campaign, c);
			addCredit(byChannel, c.channel, c);
			if (keepCredit(c)) credits.push(c);
		}
	}
	return { credits, byCampaign: returnsOf(byCampaign, facts.spendByCampaign), byChannel: returnsOf(byChannel, spendByChannel(facts)) };
}

/** Each customer's touches, timed and sorted once for all of their orders. */
function timedTouchesByCustomer(touches: AttributionFacts['touches']): Map<string, TimedTouch[]> {
	const byCustomer = new Map<string, TimedTouch[]>();
	for (const t of touches) {
		const timed = { id: t.id, campaign: t.campaign, channel: t.channel, ms: t.atMs ?? Date.parse(t.at ?? '') };
		const list = byCustomer.get(t.customer);
		if (list) list.push(timed);
		else byCustomer.set(t.customer, [timed]);
	}
	for (const list of byCustomer.values()) list.sort(byTime);
	return byCustomer;
}

function spendByChannel(facts: AttributionFacts): Map<string, number> {
	const spend = new Map<string, number>();
	for (const [campaign, amount] of facts.spendByCampaign) {
		const channel = facts.channelOf.get(campaign) ?? 'none';
		spend.set(channel, (spend.get(channel) ?? 0) + amount);
	}
	return spend;
}

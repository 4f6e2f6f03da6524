import { allocateProportionally } from '../money/allocate-proportionally.ts';
import type { AttributionModel } from './attribution-model.ts';
import { attributionWeights } from './attribution-weights.ts';

/** A campaign's contact with a customer that may have led to an order. */
export interface Touch {
	id: string;
	campaign: string;
	/** The campaign's channel (email, call, visit, event, ads). */
	channel: string;
	at: string;
}

/** An order to attribute: its customer's revenue and gross margin in minor units of the base currency. */
export interface AttributableOrder {
	id: string;
	at: string;
	revenue: number;
	margin: number;
}

export interface AttributionSettings {
	model: AttributionModel;
	/** Touches count when they lie at most this many days before the order. */
	windowDays: number;
	halfLifeDays: number;
}

/** One touch's share of one order: which order, which touch, which weight, how much. */
export interface AttributionCredit {
	order: string;
	touch: string;
	campaign: string;
	channel: string;
	/** The touch's weight and the sum of all weights of the order: its share is weight ÷ of. */
	weight: number;
	of: number;
	revenue: number;
	margin: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * Shares an order among the touches within the window before it (touches after the order do not
 * count). Revenue and margin are each split by the largest remainder, so the credits add up to the
 * order exactly; an order without touches in the window gives no credit.
 */
export function attributeOrder(order: AttributableOrder, touches: readonly Touch[], settings: AttributionSettings): AttributionCredit[] {
	const end = Date.parse(order.at);
	const start = end - settings.windowDays * MS_PER_DAY;
	const counted = touches
		.filter((t) => {
			const at = Date.parse(t.at);
			return at <= end && at >= start;
		})
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
	if (counted.length === 0) return [];
	const weights = attributionWeights(settings.model, counted.map((t) => t.at), order.at, settings.halfLifeDays);
	const of = weights.reduce((a, b) => a + b, 0);
	const revenue = allocateProportionally(order.revenue, weights);
	const margin = allocateProportionally(order.margin, weights);
	return counted
		.map((t, i) => ({ order: order.id, touch: t.id, campaign: t.campaign, channel: t.channel, weight: weights[i]!, of, revenue: revenue[i]!, margin: margin[i]! }))
		.filter((c) => c.weight > 0);
}

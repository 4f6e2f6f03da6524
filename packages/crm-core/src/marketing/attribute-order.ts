import { allocateProportionally } from '../money/allocate-proportionally.ts';
import type { AttributionModel } from './attribution-model.ts';
import { weightsAt } from './attribution-weights.ts';

/** A campaign's contact with a customer that may have led to an order. */
export interface Touch {
	id: string;
	campaign: string;
	/** The campaign's channel (email, call, visit, event, ads). */
	channel: string;
	at: string;
	/** `at` in epoch milliseconds, when the loader has it already (saves reading a million timestamps twice). */
	atMs?: number;
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

/** Code-point order of ids (UUIDs): the same on every machine, unlike a locale's. */
export function compareIds(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}

/** A touch with its time in epoch milliseconds, read once. */
export type TimedTouch = Omit<Touch, 'at' | 'atMs'> & { ms: number };

/** Oldest first; touches at the same moment by id, so that shares never depend on load order. */
export const byTime = (a: TimedTouch, b: TimedTouch) => a.ms - b.ms || compareIds(a.id, b.id);

/**
 * attributeOrder for touches already timed and sorted (byTime), as the period's attribution runs it:
 * a customer's touches are read and sorted once, not once per order.
 */
export function attributeTimedOrder(order: AttributableOrder, orderMs: number, sorted: readonly TimedTouch[], settings: AttributionSettings): AttributionCredit[] {
	const start = orderMs - settings.windowDays * MS_PER_DAY;
	// Sorted by time, the touches in the window are one run of the list.
	let from = 0;
	while (from < sorted.length && sorted[from]!.ms < start) from++;
	let to = from;
	while (to < sorted.length && sorted[to]!.ms <= orderMs) to++;
	const counted = sorted.slice(from, to);
	if (counted.length === 0) return [];
	const weights = weightsAt(settings.model, counted.map((t) => t.ms), orderMs, settings.halfLifeDays);
	const of = weights.reduce((a, b) => a + b, 0);
	const revenue = allocateProportionally(order.revenue, weights);
	const margin = allocateProportionally(order.margin, weights);
	const credits: AttributionCredit[] = [];
	counted.forEach((t, i) => {
		if (weights[i]! > 0) credits.push({ order: order.id, touch: t.id, campaign: t.campaign, channel: t.channel, weight: weights[i]!, of, revenue: revenue[i]!, margin: margin[i]! });
	});
	return credits;
}

/**
 * Shares an order among the touches within the window before it (touches after the order do not
 * count). Revenue and margin are each split by the largest remainder, so the credits add up to the
 * order exactly; an order without touches in the window gives no credit.
 */
export function attributeOrder(order: AttributableOrder, touches: readonly Touch[], settings: AttributionSettings): AttributionCredit[] {
	const timed = touches.map((t) => ({ ...t, ms: Date.parse(t.at) })).sort(byTime);
	return attributeTimedOrder(order, Date.parse(order.at), timed, settings);
}

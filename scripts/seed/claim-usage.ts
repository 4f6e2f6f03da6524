// How much of an offer or code the active claims use: one rule for what demo pricing reads and what the stored counters say.
import type { Uuid } from './demo-rows.ts';

/** A claim as a redemption row holds it, for counting usage. */
export interface CountedClaim {
	order: Uuid;
	customer: Uuid;
	offer: Uuid | null;
	promoCode: Uuid | null;
	quantityMilli: number;
}

/**
 * Usage as the server counts it from active claims (loadOffersWithUsage, and refreshCounters for uses_count
 * and quantity_used_milli): uses are the orders holding a claim, quantity the claims' sum; overall and the customer's.
 */
export function usageOf(active: readonly CountedClaim[], customer: Uuid | null): { uses: number; quantityMilli: number; customerUses: number; customerQuantityMilli: number } {
	const ordersIn = (list: readonly CountedClaim[]) => new Set(list.map((c) => c.order)).size;
	const quantity = (list: readonly CountedClaim[]) => list.reduce((a, c) => a + c.quantityMilli, 0);
	const own = active.filter((c) => c.customer === customer);
	return { uses: ordersIn(active), quantityMilli: quantity(active), customerUses: ordersIn(own), customerQuantityMilli: quantity(own) };
}

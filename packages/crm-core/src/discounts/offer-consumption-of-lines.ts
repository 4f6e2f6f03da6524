import type { AppliedDiscount, OfferConsumption } from './pricing-result.ts';

/**
 * What already-priced lines consume of their offers, from the discounts they keep (an order made from
 * an accepted proposal is not priced again): each offer that gave a line something counts that line's
 * quantity once, and the codes entered for that offer are the ones that unlocked it.
 */
export function offerConsumptionOfLines(lines: readonly { quantityMilli: number; applied: readonly Pick<AppliedDiscount, 'offerId' | 'amount'>[] }[], codes: readonly { id: string; offerId: string }[]): OfferConsumption[] {
	const quantities = new Map<string, number>();
	for (const line of lines) {
		const offers = new Set(line.applied.filter((a) => a.offerId && a.amount > 0).map((a) => a.offerId!));
		for (const offerId of offers) quantities.set(offerId, (quantities.get(offerId) ?? 0) + line.quantityMilli);
	}
	return [...quantities].map(([offerId, quantityMilli]) => ({ offerId, quantityMilli, promoCodeIds: codes.filter((c) => c.offerId === offerId).map((c) => c.id) }));
}

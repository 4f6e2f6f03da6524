import { describeQuantity } from '../pricing/format-quantity.ts';
import { describeOffer } from './describe-offer.ts';
import type { Rejection } from './rejection.ts';
import type { SpecialOffer } from './special-offer.ts';

/** A line as the offer limits see it. */
export interface OfferLine {
	index: number;
	quantityMilli: number;
}

/**
 * What one basket may still take of each offer and what it has taken. Lines are claimed once per
 * offer, whatever the number of the offer's rules that discount them, and only when a rule actually
 * gave something (after caps and the margin floor).
 */
export interface OfferTracker {
	offer(offerId: string): SpecialOffer | undefined;
	/** 'inactive' when the offer is switched off or was not loaded. */
	activity(offerId: string): Rejection | null;
	/** 'not_started' / 'expired' outside the offer's window. */
	window(offerId: string): Rejection | null;
	/** 'exhausted' when the offer's use limits (overall or for this customer) leave no use for this basket. */
	uses(offerId: string): Rejection | null;
	/** 'exhausted' unless the lines not yet claimed for the offer fit in its remaining quantity (all or nothing). */
	quantity(offerId: string, lines: readonly OfferLine[]): Rejection | null;
	claim(offerId: string, lines: readonly OfferLine[], throughCode: boolean): void;
	/** Offers that gave something, by id: the quantity of the lines they discounted, and whether a promo code rule gave. */
	claims(): ReadonlyMap<string, { quantityMilli: number; throughCode: boolean }>;
}

function remaining(limit: number | null, used: number): number {
	return limit === null ? Number.POSITIVE_INFINITY : Math.max(0, limit - used);
}

export function createOfferTracker(offers: readonly SpecialOffer[], date: string): OfferTracker {
	const byId = new Map(offers.map((offer) => [offer.id, offer]));
	const claimed = new Map<string, { lines: Set<number>; quantityMilli: number; throughCode: boolean }>();

	function quantity(offerId: string, lines: readonly OfferLine[]): Rejection | null {
		const offer = byId.get(offerId);
		if (!offer) return null;
		const taken = claimed.get(offerId);
		const needed = lines.reduce((sum, line) => (taken?.lines.has(line.index) ? sum : sum + line.quantityMilli), 0);
		if (needed === 0) return null;
		const already = taken?.quantityMilli ?? 0;
		const overall = remaining(offer.maxQuantityMilli, offer.used.quantityMilli) - already;
		const forCustomer = remaining(offer.maxQuantityPerCustomerMilli, offer.used.customerQuantityMilli) - already;
		const lineWord = lines.length === 1 ? 'the line needs' : 'the matching lines need';
		if (needed > overall) {
			const limit = describeQuantity(offer.maxQuantityMilli ?? 0);
			return { outcome: 'exhausted', detail: `${describeOffer(offer)} has ${describeQuantity(Math.max(0, overall))} left (limit ${limit}), ${lineWord} ${describeQuantity(needed)}` };
		}
		if (needed > forCustomer) {
			const limit = describeQuantity(offer.maxQuantityPerCustomerMilli ?? 0);
			return { outcome: 'exhausted', detail: `the customer has ${describeQuantity(Math.max(0, forCustomer))} left of ${describeOffer(offer)} (limit ${limit} per customer), ${lineWord} ${describeQuantity(needed)}` };
		}
		return null;
	}

	return {
		offer: (offerId) => byId.get(offerId),
		activity(offerId) {
			const offer = byId.get(offerId);
			// A rule pointing at an offer that was not loaded must not escape the offer's limits.
			if (!offer) return { outcome: 'inactive', detail: `offer ${offerId} not found` };
			return offer.active ? null : { outcome: 'inactive', detail: `${describeOffer(offer)} is inactive` };
		},
		window(offerId) {
			const offer = byId.get(offerId);
			if (!offer) return null;
			if (offer.validFrom !== null && date < offer.validFrom) return { outcome: 'not_started', detail: `${describeOffer(offer)} starts on ${offer.validFrom}` };
			if (offer.validTo !== null && date > offer.validTo) return { outcome: 'expired', detail: `${describeOffer(offer)} ended on ${offer.validTo}` };
			return null;
		},
		uses(offerId) {
			const offer = byId.get(offerId);
			if (!offer) return null;
			// The basket is one use of the offer, however many lines it discounts.
			if (offer.maxUses !== null && offer.used.uses >= offer.maxUses) {
				return { outcome: 'exhausted', detail: `${describeOffer(offer)} is used up: ${offer.used.uses} of ${offer.maxUses} uses` };
			}
			if (offer.maxUsesPerCustomer !== null && offer.used.customerUses >= offer.maxUsesPerCustomer) {
				return { outcome: 'exhausted', detail: `the customer has used ${describeOffer(offer)} ${offer.used.customerUses} of ${offer.maxUsesPerCustomer} times` };
			}
			return null;
		},
		quantity,
		claim(offerId, lines, throughCode) {
			let taken = claimed.get(offerId);
			if (!taken) {
				taken = { lines: new Set(), quantityMilli: 0, throughCode: false };
				claimed.set(offerId, taken);
			}
			for (const line of lines) {
				if (taken.lines.has(line.index)) continue;
				taken.lines.add(line.index);
				taken.quantityMilli += line.quantityMilli;
			}
			taken.throughCode ||= throughCode;
		},
		claims() {
			return new Map([...claimed].map(([offerId, taken]) => [offerId, { quantityMilli: taken.quantityMilli, throughCode: taken.throughCode }]));
		},
	};
}

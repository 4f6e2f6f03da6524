import type { BestOffer } from './choose-best-offer.ts';

/** A campaign member and the customer they belong to. */
export interface OfferedMember {
	id: string;
	customer: string;
}

/** What a member row stores of its best offer (all null when there is none). */
export interface MemberOfferUpdate {
	memberId: string;
	bestOfferId: string | null;
	marginBase: number | null;
	discountBase: number | null;
	pricedAt: Date;
}

export interface MemberOffersPlan {
	updates: MemberOfferUpdate[];
	priced: number;
	withOffer: number;
	withoutOffer: number;
}

/**
 * M3.5 — the member rows to write: each member gets their customer's best offer (chooseBestOffer, once
 * per customer), or none, stamped with the moment of pricing. A member whose customer was not priced
 * gets none: an offer stored earlier would otherwise outlive the prices that chose it.
 */
export function planMemberOffers(members: readonly OfferedMember[], bestByCustomer: ReadonlyMap<string, BestOffer | null>, now: Date): MemberOffersPlan {
	const updates = members.map((m): MemberOfferUpdate => {
		const best = bestByCustomer.get(m.customer) ?? null;
		return { memberId: m.id, bestOfferId: best?.offer.id ?? null, marginBase: best?.marginBase ?? null, discountBase: best?.discountBase ?? null, pricedAt: now };
	});
	const withOffer = updates.filter((u) => u.bestOfferId !== null).length;
	return { updates, priced: updates.length, withOffer, withoutOffer: updates.length - withOffer };
}

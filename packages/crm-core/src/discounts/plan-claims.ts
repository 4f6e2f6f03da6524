import type { OfferConsumption } from './pricing-result.ts';
import type { PromoCode } from './promo-code.ts';
import type { SpecialOffer } from './special-offer.ts';
import { promoCodeExhaustion } from './evaluate-promo-codes.ts';

/** An active claim an order holds on an offer (and the code that unlocked it). */
export interface HeldClaim {
	id: string;
	offerId: string;
	promoCodeId: string | null;
	quantityMilli: number;
}

/** A claim the order's pricing needs. */
export interface WantedClaim {
	offerId: string;
	promoCodeId: string | null;
	quantityMilli: number;
}

/** What the order wants and which offers and codes must be locked and counted because the order takes more of them. */
export interface ClaimScope {
	wanted: WantedClaim[];
	growingOfferIds: string[];
	newCodeIds: string[];
}

export interface ClaimOutcome {
	/** Offers whose limits the order no longer fits in (someone else took what was left). */
	exhaustedOffers: string[];
	exhaustedCodes: string[];
}

/** The writes that make an order's claims match its pricing, and what they touch (to recount). */
export interface ClaimsPlan {
	release: string[];
	insert: WantedClaim[];
	resize: { id: string; quantityMilli: number }[];
	touched: { offerIds: string[]; codeIds: string[] };
}

const keyOf = (offerId: string, codeId: string | null) => `${offerId}|${codeId ?? ''}`;

/** One claim per offer and code: the offer's quantity goes on its first code (by id), the other codes claim a use only. */
export function scopeClaims(offers: readonly OfferConsumption[], held: readonly HeldClaim[]): ClaimScope {
	const wanted = new Map<string, WantedClaim>();
	for (const use of offers) {
		const codes = [...use.promoCodeIds].sort();
		wanted.set(keyOf(use.offerId, codes[0] ?? null), { offerId: use.offerId, promoCodeId: codes[0] ?? null, quantityMilli: use.quantityMilli });
		for (const code of codes.slice(1)) wanted.set(keyOf(use.offerId, code), { offerId: use.offerId, promoCodeId: code, quantityMilli: 0 });
	}
	const heldByKey = new Map(held.map((h) => [keyOf(h.offerId, h.promoCodeId), h]));
	const growing = new Set<string>();
	const newCodes = new Set<string>();
	for (const [key, w] of wanted) {
		const had = heldByKey.get(key);
		if (!had || had.quantityMilli < w.quantityMilli) growing.add(w.offerId);
		if (!had && w.promoCodeId) newCodes.add(w.promoCodeId);
	}
	return { wanted: [...wanted.values()], growingOfferIds: [...growing], newCodeIds: [...newCodes] };
}

const over = (limit: number | null, used: number, add: number) => limit !== null && used + add > limit;

/** Whether an offer (its usage by other orders) has room for `addUses` more uses and `addQuantityMilli` more discounted quantity, overall and for the customer. */
export function offerHasRoom(offer: SpecialOffer, addUses: number, addQuantityMilli: number): boolean {
	const u = offer.used;
	return !(over(offer.maxUses, u.uses, addUses) || over(offer.maxUsesPerCustomer, u.customerUses, addUses) || over(offer.maxQuantityMilli, u.quantityMilli, addQuantityMilli) || over(offer.maxQuantityPerCustomerMilli, u.customerQuantityMilli, addQuantityMilli));
}

/**
 * M3.1 — whether the order's claims fit, judged on the locked offers and codes with what other orders
 * hold; if they do, the writes: release what pricing no longer uses, add and resize the rest. All or
 * nothing: a claim that does not fit leaves every claim as it was.
 */
export function planClaims(scope: ClaimScope, held: readonly HeldClaim[], lockedOffers: readonly SpecialOffer[], lockedCodes: readonly PromoCode[]): { outcome: ClaimOutcome; plan: ClaimsPlan | null } {
	const wantedKeys = new Set(scope.wanted.map((w) => keyOf(w.offerId, w.promoCodeId)));
	const releases = held.filter((h) => !wantedKeys.has(keyOf(h.offerId, h.promoCodeId)));
	const heldOffers = new Set(held.filter((h) => !releases.includes(h)).map((h) => h.offerId));
	const quantityOf = (offerId: string) => scope.wanted.filter((w) => w.offerId === offerId).reduce((sum, w) => sum + w.quantityMilli, 0);
	const outcome: ClaimOutcome = {
		exhaustedOffers: lockedOffers.filter((o) => !offerHasRoom(o, heldOffers.has(o.id) ? 0 : 1, quantityOf(o.id))).map((o) => o.id),
		exhaustedCodes: lockedCodes.filter((c) => promoCodeExhaustion(c) !== null).map((c) => c.id),
	};
	if (outcome.exhaustedOffers.length > 0 || outcome.exhaustedCodes.length > 0) return { outcome, plan: null };
	const heldByKey = new Map(held.map((h) => [keyOf(h.offerId, h.promoCodeId), h]));
	const insert = scope.wanted.filter((w) => !heldByKey.has(keyOf(w.offerId, w.promoCodeId)));
	const resize = scope.wanted.flatMap((w) => {
		const had = heldByKey.get(keyOf(w.offerId, w.promoCodeId));
		return had && had.quantityMilli !== w.quantityMilli ? [{ id: had.id, quantityMilli: w.quantityMilli }] : [];
	});
	const changed = [...releases, ...insert, ...scope.wanted.filter((w) => resize.some((r) => heldByKey.get(keyOf(w.offerId, w.promoCodeId))?.id === r.id))];
	const touched = { offerIds: changed.map((c) => c.offerId), codeIds: changed.flatMap((c) => (c.promoCodeId ? [c.promoCodeId] : [])) };
	return { outcome, plan: { release: releases.map((h) => h.id), insert, resize, touched } };
}

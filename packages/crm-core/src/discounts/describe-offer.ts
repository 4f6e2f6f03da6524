import type { SpecialOffer } from './special-offer.ts';

/** "offer SPRING (Spring tools)": code first, as admins search for it. */
export function describeOffer(offer: SpecialOffer): string {
	return `offer ${offer.code} (${offer.name})`;
}

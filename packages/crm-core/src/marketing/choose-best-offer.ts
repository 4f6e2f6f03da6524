import { type DocumentLineInput, type DocumentPricingFacts, priceLoadedDocument } from '../discounts/price-loaded-document.ts';
import type { SpecialOffer } from '../discounts/special-offer.ts';
import { isCrmError } from '../errors/crm-error.ts';
import { convertCurrency } from '../money/convert-currency.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { compareIds } from './attribute-order.ts';
import type { BasketItem } from './build-usual-basket.ts';

/** One of the campaign's special offers, as choosing among them needs it. */
export interface CampaignOffer {
	id: string;
	code: string;
	name: string;
	/** The products its rules name: the basket of a customer who bought nothing lately. */
	targetProductIds: readonly string[];
	/** Its promo codes: a rule that needs a code is priced as if the customer entered them (the engine judges which one they may use). */
	codes: readonly string[];
}

/** A product's cost of one unit, minor units of its own currency; null when unknown (counted as 0, as in the campaign returns). */
export interface ProductCost {
	currency: string;
	unitCost: number | null;
}

/** Everything choosing one customer's best offer reads. */
export interface CustomerOfferFacts {
	campaignId: string;
	/** The pricing day, 'YYYY-MM-DD'. */
	today: string;
	base: string;
	/** The customer's currency: the one their orders are priced in. */
	currency: string;
	/** Their usual basket (buildUsualBasket); empty when they bought nothing lately. */
	basket: readonly BasketItem[];
	offers: readonly CampaignOffer[];
	/** What the discount engine prices with: the customer's lists and facts, every rule, every offer with its usage, the offers' codes. */
	pricing: DocumentPricingFacts;
	costs: ReadonlyMap<string, ProductCost>;
	/** Today's rate of a currency to the base ('1' for the base itself); null when none is recorded. */
	rateToBase: (currency: string) => string | null;
}

/** What one offer would do for the customer, in the base currency; null figures: not priced (no basket, or no rate). */
export interface OfferFigures {
	offerId: string;
	code: string;
	basket: readonly BasketItem[];
	netBase: number | null;
	discountBase: number | null;
	marginBase: number | null;
	/** It gives the customer something: a candidate. */
	applies: boolean;
}

export interface BestOffer {
	offer: Pick<CampaignOffer, 'id' | 'code' | 'name'>;
	marginBase: number;
	discountBase: number;
}

export interface BestOfferChoice {
	best: BestOffer | null;
	/** Every offer of the campaign, in the order given: the explanation. */
	figures: OfferFigures[];
}

const toLine = (item: BasketItem): DocumentLineInput => ({ productId: item.productId, quantityMilli: item.quantityMilli, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false });

/** The basket's net, by the engine, with only `offers` in force: a rule whose offer is not given is not in force (the engine's own rule). */
function netWith(f: CustomerOfferFacts, items: readonly BasketItem[], offers: readonly SpecialOffer[], codes: readonly string[]): number {
	const request = { currency: f.currency, date: f.today, campaignId: f.campaignId, codes, lines: items.map(toLine) };
	return priceLoadedDocument(request, { ...f.pricing, offers }).result.netTotal;
}

/** A basket's priceable items and their net without any of the campaign's offers. */
interface Unoffered {
	items: BasketItem[];
	net: number;
}

/** The basket without any of the campaign's offers; a product no price list prices today is left out (it cannot be ordered). */
function priceWithoutOffers(f: CustomerOfferFacts, basket: readonly BasketItem[], others: readonly SpecialOffer[]): Unoffered {
	let items = [...basket];
	while (items.length > 0) {
		try {
			return { items, net: netWith(f, items, others, []) };
		} catch (error) {
			const productId = isCrmError(error) && error.code === 'CRM_NO_PRICE' ? error.details['productId'] : undefined;
			if (productId === undefined) throw error;
			items = items.filter((i) => i.productId !== productId);
		}
	}
	return { items, net: 0 };
}

/** Σ unit cost × quantity per product currency, each rounded half up once and taken to the base at today's rate; null without a rate. */
function costInBase(f: CustomerOfferFacts, items: readonly BasketItem[]): number | null {
	const byCurrency = new Map<string, bigint>();
	for (const i of items) {
		const c = f.costs.get(i.productId);
		if (c && c.unitCost !== null) byCurrency.set(c.currency, (byCurrency.get(c.currency) ?? 0n) + BigInt(c.unitCost) * BigInt(i.quantityMilli));
	}
	let total = 0;
	for (const [currency, timesMilli] of byCurrency) {
		const amount = toBase(f, Number(divideAndRound(timesMilli, 1000n, 'half-up')), currency);
		if (amount === null) return null;
		total += amount;
	}
	return total;
}

function toBase(f: CustomerOfferFacts, amount: number, currency: string): number | null {
	if (currency === f.base) return amount;
	const rate = f.rateToBase(currency);
	return rate === null ? null : convertCurrency({ amount, currency }, f.base, rate, 'half-up').amount;
}

/** One offer's figures: the basket with it and without any campaign offer, priced by the engine. */
function figuresOf(f: CustomerOfferFacts, offer: CampaignOffer, others: readonly SpecialOffer[], usual: Unoffered | null): OfferFigures {
	const without = usual ?? priceWithoutOffers(f, offer.targetProductIds.map((productId) => ({ productId, quantityMilli: 1000 })), others);
	const unpriced: OfferFigures = { offerId: offer.id, code: offer.code, basket: without.items, netBase: null, discountBase: null, marginBase: null, applies: false };
	if (without.items.length === 0) return unpriced;
	const net = netWith(f, without.items, [...others, ...f.pricing.offers.filter((o) => o.id === offer.id)], offer.codes);
	const [netBase, withoutBase, costBase] = [toBase(f, net, f.currency), toBase(f, without.net, f.currency), costInBase(f, without.items)];
	if (netBase === null || withoutBase === null || costBase === null) return unpriced;
	return { ...unpriced, netBase, discountBase: withoutBase - netBase, marginBase: netBase - costBase, applies: net < without.net };
}

/** Highest margin first; then the larger discount; then the offer's code. */
function better(a: OfferFigures, b: OfferFigures): number {
	return b.marginBase! - a.marginBase! || b.discountBase! - a.discountBase! || compareIds(a.code, b.code);
}

/**
 * M3.5 — the campaign's best offer for one customer, by expected margin. Each offer is priced by the
 * discount engine itself (priceLoadedDocument, never a copy of its rules) on the customer's usual basket
 * — or, for a customer who bought nothing lately, on the products the offer's rules name, one unit each
 * — twice, on today's date and attributed to the campaign: with none of the campaign's offers in force,
 * and with only that one (with its codes). Every other rule and offer stays as it is in both, so the
 * difference is what this offer adds. The engine also decides whether the offer is active, valid today,
 * within its limits for this customer and whether its conditions hold. Nets are in the customer's
 * currency, taken to the base at today's rate (half up); cost = Σ products' cost × quantity per cost
 * currency, as the campaign returns count it.
 * - discount = net without the campaign's offers − net with this one;
 * - expected margin = net with this one − cost;
 * - an offer that lowers nothing does not apply to the customer and is no candidate;
 * - best = the highest margin; ties: the larger discount, then the offer's code. No candidate: null.
 */
export function chooseBestOffer(f: CustomerOfferFacts): BestOfferChoice {
	const ids = new Set(f.offers.map((o) => o.id));
	const others = f.pricing.offers.filter((o) => !ids.has(o.id));
	// The usual basket is the same for every offer: priced without them once.
	const usual = f.basket.length > 0 ? priceWithoutOffers(f, f.basket, others) : null;
	const figures = f.offers.map((o) => figuresOf(f, o, others, usual));
	const winner = figures.filter((x) => x.applies).sort(better)[0];
	if (!winner) return { best: null, figures };
	const offer = f.offers.find((o) => o.id === winner.offerId)!;
	return { best: { offer: { id: offer.id, code: offer.code, name: offer.name }, marginBase: winner.marginBase!, discountBase: winner.discountBase! }, figures };
}

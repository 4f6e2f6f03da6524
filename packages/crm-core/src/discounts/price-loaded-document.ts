import { CrmError } from '../errors/crm-error.ts';
import { indexPriceLists } from '../pricing/index-price-lists.ts';
import type { PriceLists } from '../pricing/price-list.ts';
import { resolvePrice, type ResolvedPrice } from '../pricing/resolve-price.ts';
import { type LinePricingRecord, toLinePricingRecord } from './line-pricing-record.ts';
import { priceBasket } from './price-basket.ts';
import type { CustomerFacts, PricingRequest, ProductFacts } from './pricing-request.ts';
import type { PricingResult } from './pricing-result.ts';
import type { SpecialOffer } from './special-offer.ts';

export interface DocumentLineInput {
	productId: string;
	quantityMilli: number;
	manualDiscountBp: number;
	/** Approved up to (a manager's approval, or the limit of whoever set the discount). */
	approvedDiscountBp: number;
	belowFloorApproved: boolean;
}

/** A document to price: its head and lines as the server stores them. */
export interface DocumentPricingRequest {
	currency: string;
	date: string;
	campaignId: string | null;
	codes: readonly string[];
	lines: readonly DocumentLineInput[];
	/** Offers to treat as used up (a claim for them just failed under lock). */
	exhaustedOffers?: ReadonlySet<string>;
}

/** What pricing a document reads: the customer's price lists and facts, the products', the rules, offers and codes. */
export interface DocumentPricingFacts {
	customerListId: string | null;
	groupListIds: readonly string[];
	channelListId: string | null;
	priceLists: PriceLists;
	customer: CustomerFacts;
	channelId: string | null;
	products: ReadonlyMap<string, ProductFacts>;
	rules: PricingRequest['rules'];
	policy: PricingRequest['policy'];
	offers: readonly SpecialOffer[];
	promoCodes: PricingRequest['promoCodes'];
}

export interface PricedLines {
	result: PricingResult;
	listPrices: ResolvedPrice[];
	records: LinePricingRecord[];
}

/** The offer as if its limits were reached: a claim for it just failed under lock. */
export function asExhausted(offer: SpecialOffer): SpecialOffer {
	return {
		...offer,
		used: {
			uses: offer.maxUses ?? offer.used.uses,
			customerUses: offer.maxUsesPerCustomer ?? offer.used.customerUses,
			quantityMilli: offer.maxQuantityMilli ?? offer.used.quantityMilli,
			customerQuantityMilli: offer.maxQuantityPerCustomerMilli ?? offer.used.customerQuantityMilli,
		},
	};
}

/**
 * M3.1, S6.7 — a document priced the way the server stores it: each line's list price from the price
 * lists, then the discount engine with the customer's facts, the rules in force, the offers' usage and
 * the codes, and each line's pricing record (why this price). Stored prices and the what-if agree.
 */
export function priceLoadedDocument(request: DocumentPricingRequest, facts: DocumentPricingFacts): PricedLines {
	// Indexed once per document, not once per line.
	const priceLists = indexPriceLists(facts.priceLists);
	const listPrices = request.lines.map((line, i) => {
		if (!facts.products.has(line.productId)) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Product "${line.productId}" was not found.`, { field: `lines[${i}].product` });
		return resolvePrice({ productId: line.productId, quantityMilli: line.quantityMilli, date: request.date, currency: request.currency, customerListId: facts.customerListId, groupListIds: [...facts.groupListIds], channelListId: facts.channelListId, lists: priceLists });
	});
	const lines = request.lines.map((line, i) => ({ product: facts.products.get(line.productId)!, quantityMilli: line.quantityMilli, listUnitPrice: listPrices[i]!.unitPrice, manualDiscountBp: line.manualDiscountBp, approvedDiscountBp: line.approvedDiscountBp, belowFloorApproved: line.belowFloorApproved }));
	const offers = request.exhaustedOffers?.size ? facts.offers.map((o) => (request.exhaustedOffers!.has(o.id) ? asExhausted(o) : o)) : facts.offers;
	const result = priceBasket({ currency: request.currency, date: request.date, customer: facts.customer, channelId: facts.channelId, campaignId: request.campaignId, codes: request.codes, lines, rules: facts.rules, offers, promoCodes: facts.promoCodes, policy: facts.policy });
	return { result, listPrices, records: result.lines.map((_, i) => toLinePricingRecord(result, i, listPrices[i]!.explanation)) };
}

import { type DocumentPricingRequest, type LinePricingRecord, priceLoadedDocument, type PricingResult, type ResolvedPrice } from '@crm/core';
import type { Knex } from 'knex';
import { loadDocumentPricingFacts } from './load-document-pricing-facts.ts';

export interface PriceDocumentInput extends DocumentPricingRequest {
	customerId: string;
	/** The order being priced: its own claims and itself do not count as earlier usage / earlier orders. */
	excludeOrderId: string | null;
	baseCurrency: string;
}

export interface PricedDocument {
	result: PricingResult;
	listPrices: ResolvedPrice[];
	vatRates: Map<string, number>;
	records: LinePricingRecord[];
}

/**
 * Prices a document the way the server stores it: list prices from the price lists, then the
 * discount engine with the customer's facts, the rules in force, the offers' usage and the codes.
 * Used by the hooks (stored prices) and by POST /crm/pricing/quote (what-if), so both agree.
 */
export async function priceDocument(knex: Knex, input: PriceDocumentInput): Promise<PricedDocument> {
	const { facts, vatRates } = await loadDocumentPricingFacts(knex, { ...input, productIds: input.lines.map((l) => l.productId) });
	const priced = priceLoadedDocument(input, facts);
	return { ...priced, vatRates };
}

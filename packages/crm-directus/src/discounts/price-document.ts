import { CrmError, type DocumentPricingRequest, type LinePricingRecord, priceLoadedDocument, type PricingResult, type ResolvedPrice } from '@crm/core';
import type { Knex } from 'knex';
import { loadCustomerPricingContext, loadPriceListsForProducts } from '../load-pricing-context.ts';
import { queryAll } from '../query-all.ts';
import { loadDiscountRules } from './load-discount-rules.ts';
import { loadPricingFacts } from './load-pricing-facts.ts';
import { loadOffersWithUsage, loadPromoCodes } from './redemptions.ts';

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
	const productIds = [...new Set(input.lines.map((l) => l.productId))];
	const [context, facts, ruleSet] = await queryAll(knex, [
		() => loadCustomerPricingContext(knex, input.customerId),
		() => loadPricingFacts(knex, { customerId: input.customerId, productIds, currency: input.currency, date: input.date, baseCurrency: input.baseCurrency, excludeOrderId: input.excludeOrderId }),
		() => loadDiscountRules(knex),
	]);
	if (!context || !facts) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Customer "${input.customerId}" was not found.`, { field: 'customer' });

	const [lists, products, offers, promoCodes] = await queryAll(knex, [
		() => loadPriceListsForProducts(knex, productIds),
		() => knex('crm_products').select('id', 'vat_rate_bp').whereIn('id', productIds),
		() => loadOffersWithUsage(knex, ruleSet.offerRows, input.customerId, input.excludeOrderId),
		() => loadPromoCodes(knex, input.codes, input.customerId, input.excludeOrderId),
	]);
	const vatRates = new Map((products as Record<string, unknown>[]).map((p) => [p['id'] as string, Number(p['vat_rate_bp'])]));
	const priced = priceLoadedDocument(input, { ...context, priceLists: lists, ...facts, rules: ruleSet.index, policy: ruleSet.policy, offers, promoCodes });
	return { ...priced, vatRates };
}

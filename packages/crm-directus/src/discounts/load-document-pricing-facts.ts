import { CrmError, type DocumentPricingFacts } from '@crm/core';
import type { Knex } from 'knex';
import { loadCustomerPricingContext, loadPriceListsForProducts } from '../load-pricing-context.ts';
import { queryAll } from '../query-all.ts';
import { loadDiscountRules } from './load-discount-rules.ts';
import { loadPricingFacts } from './load-pricing-facts.ts';
import { loadOffersWithUsage, loadPromoCodes } from './redemptions.ts';

export interface DocumentPricingFactsRequest {
	customerId: string;
	productIds: readonly string[];
	currency: string;
	date: string;
	codes: readonly string[];
	/** The order being priced: its own claims and itself do not count as earlier usage / earlier orders. */
	excludeOrderId: string | null;
	baseCurrency: string;
}

/**
 * What the discount engine prices a customer's basket with: list prices, the customer's and the
 * products' facts, the rules in force, every offer with its usage and the entered codes. Shared by
 * priceDocument (stored prices, what-if) and the campaign's best offers, so all price alike.
 */
export async function loadDocumentPricingFacts(knex: Knex, input: DocumentPricingFactsRequest): Promise<{ facts: DocumentPricingFacts; vatRates: Map<string, number> }> {
	const productIds = [...new Set(input.productIds)];
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
	return { facts: { ...context, priceLists: lists, ...facts, rules: ruleSet.index, policy: ruleSet.policy, offers, promoCodes }, vatRates };
}

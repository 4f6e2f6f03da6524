import { type BasketLine, CrmError, type LinePricingRecord, priceBasket, type PricingResult, type ResolvedPrice, resolvePrice, type SpecialOffer, toLinePricingRecord } from '@crm/core';
import type { Knex } from 'knex';
import { loadCustomerPricingContext, loadPriceListsForProducts } from '../load-pricing-context.ts';
import { queryAll } from '../query-all.ts';
import { loadDiscountRules } from './load-discount-rules.ts';
import { loadPricingFacts } from './load-pricing-facts.ts';
import { loadOffersWithUsage, loadPromoCodes } from './redemptions.ts';

export interface DocumentLineInput {
	productId: string;
	quantityMilli: number;
	manualDiscountBp: number;
	/** Approved up to (a manager's approval, or the limit of whoever set the discount). */
	approvedDiscountBp: number;
	belowFloorApproved: boolean;
}

export interface PriceDocumentInput {
	customerId: string;
	currency: string;
	date: string;
	campaignId: string | null;
	codes: readonly string[];
	lines: readonly DocumentLineInput[];
	/** The order being priced: its own claims and itself do not count as earlier usage / earlier orders. */
	excludeOrderId: string | null;
	baseCurrency: string;
	/** Offers to treat as used up (a claim just failed for them). */
	exhaustedOffers?: ReadonlySet<string>;
}

export interface PricedDocument {
	result: PricingResult;
	listPrices: ResolvedPrice[];
	vatRates: Map<string, number>;
	records: LinePricingRecord[];
}

/** The offer as if its limits were reached: a claim for it just failed under lock. */
function asExhausted(offer: SpecialOffer): SpecialOffer {
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

	const listPrices = input.lines.map((line, i) => {
		if (!facts.products.has(line.productId)) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Product "${line.productId}" was not found.`, { field: `lines[${i}].product` });
		return resolvePrice({ productId: line.productId, quantityMilli: line.quantityMilli, date: input.date, currency: input.currency, customerListId: context.customerListId, groupListIds: context.groupListIds, channelListId: context.channelListId, lists });
	});

	const basket: BasketLine[] = input.lines.map((line, i) => ({
		product: facts.products.get(line.productId)!,
		quantityMilli: line.quantityMilli,
		listUnitPrice: listPrices[i]!.unitPrice,
		manualDiscountBp: line.manualDiscountBp,
		approvedDiscountBp: line.approvedDiscountBp,
		belowFloorApproved: line.belowFloorApproved,
	}));

	const result = priceBasket({
		currency: input.currency,
		date: input.date,
		customer: facts.customer,
		channelId: facts.channelId,
		campaignId: input.campaignId,
		codes: input.codes,
		lines: basket,
		rules: ruleSet.index,
		offers: input.exhaustedOffers?.size ? offers.map((o) => (input.exhaustedOffers!.has(o.id) ? asExhausted(o) : o)) : offers,
		promoCodes,
		policy: ruleSet.policy,
	});
	const records = result.lines.map((_, i) => toLinePricingRecord(result, i, listPrices[i]!.explanation));
	return { result, listPrices, vatRates, records };
}

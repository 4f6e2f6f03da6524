import { type BasketItem, type BestOffer, buildUsualBasket, type CampaignOffer, chooseBestOffer, CrmError, type MemberOffersPlan, planMemberOffers, type ProductCost } from '@crm/core';
import type { Knex } from 'knex';
import { loadDocumentPricingFacts } from '../discounts/load-document-pricing-facts.ts';
import { loadCampaignOffers, loadOfferedMembers, loadProductCosts, loadPurchasedLines, loadRatesToBase } from './load-member-offer-facts.ts';

/** What every customer of the campaign is priced against. */
interface CampaignPricing {
	campaign: string;
	today: string;
	base: string;
	offers: CampaignOffer[];
	costs: Map<string, ProductCost>;
	rates: Map<string, string | null>;
}

/** One customer's best offer: their pricing facts loaded once, every offer priced by the engine (chooseBestOffer). */
async function bestOfferFor(knex: Knex, p: CampaignPricing, customer: string, currency: string, basket: BasketItem[]): Promise<BestOffer | null> {
	const productIds = [...basket.map((b) => b.productId), ...p.offers.flatMap((o) => o.targetProductIds)];
	const { facts } = await loadDocumentPricingFacts(knex, { customerId: customer, productIds, currency, date: p.today, codes: p.offers.flatMap((o) => o.codes), excludeOrderId: null, baseCurrency: p.base });
	return chooseBestOffer({ campaignId: p.campaign, today: p.today, base: p.base, currency, basket, offers: p.offers, pricing: facts, costs: p.costs, rateToBase: (c) => p.rates.get(c) ?? null }).best;
}

/** Costs and rates for every product and currency the customers' baskets and the offers may need, read once. */
async function campaignPricing(knex: Knex, campaign: string, today: string, base: string, offers: CampaignOffer[], baskets: Map<string, BasketItem[]>, currencies: Iterable<string>): Promise<CampaignPricing> {
	const productIds = new Set([...[...baskets.values()].flat().map((b) => b.productId), ...offers.flatMap((o) => o.targetProductIds)]);
	const costs = await loadProductCosts(knex, [...productIds], base);
	const rates = await loadRatesToBase(knex, [...currencies, ...[...costs.values()].map((c) => c.currency)], today, base);
	return { campaign, today, base, offers, costs, rates };
}

/** Writes the plan: members are the CRM's own rows, so straight to the table, all in one transaction. */
async function applyMemberOffers(knex: Knex, plan: MemberOffersPlan): Promise<void> {
	await knex.transaction(async (trx) => {
		for (const u of plan.updates) {
			await trx('crm_campaign_members').where('id', u.memberId).update({ best_offer: u.bestOfferId, best_offer_margin_base: u.marginBase, best_offer_discount_base: u.discountBase, offers_priced_at: u.pricedAt });
		}
	});
}

/**
 * M3.5: prices the campaign's offers for each of its members' customers (each customer once) and stores
 * each member's best offer with its expected margin and discount (planMemberOffers). Pricing reads run
 * outside the write; the writes go together, so a member list is never half old, half new.
 */
export async function priceMemberOffers(knex: Knex, campaign: string, now: Date, base: string): Promise<MemberOffersPlan> {
	if (!(await knex('crm_campaigns').select('id').where('id', campaign).first())) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${campaign}".`, { campaign });
	const today = now.toISOString().slice(0, 10);
	const { members, currencyOf } = await loadOfferedMembers(knex, campaign);
	const offers = await loadCampaignOffers(knex, campaign);
	const history = await loadPurchasedLines(knex, campaign, today);
	const baskets = new Map([...currencyOf.keys()].map((c) => [c, buildUsualBasket(history.get(c) ?? [], today, base)]));
	const currency = (customer: string) => currencyOf.get(customer) ?? base;
	const pricing = await campaignPricing(knex, campaign, today, base, offers, baskets, [...currencyOf.keys()].map(currency));
	const best = new Map<string, BestOffer | null>();
	for (const [customer, basket] of baskets) best.set(customer, offers.length === 0 ? null : await bestOfferFor(knex, pricing, customer, currency(customer), basket));
	const plan = planMemberOffers(members, best, now);
	await applyMemberOffers(knex, plan);
	return plan;
}

// Demo discounts (M3.1, M3.2): two campaigns, special offers, discount rules that exercise every effect
// and combination, promo codes and the pricing policy (see demo-campaigns.ts and demo-discount-rules.ts).
import { addDays, type DiscountRule, type PricingPolicy } from '../../packages/crm-core/src/index.ts';
import { RULE_JUNCTIONS, type RuleLinks, toDiscountRule } from '../../packages/crm-directus/src/discounts/discount-rows.ts';
import { usageOf } from './claim-usage.ts';
import { demoCampaignBudgets, demoOffers, demoPromoCodes } from './demo-campaigns.ts';
import { demoDiscountRuleRows } from './demo-discount-rules.ts';
import type { Audit, DiscountData, DiscountDataInput, DiscountRedemptionRow, PricingPolicyRow } from './discount-data-rows.ts';
import { createRng } from './random.ts';

export { DISCOUNT_TABLES, type DiscountData, type DiscountDataInput, type DiscountRedemptionRow } from './discount-data-rows.ts';

export function generateDiscountData(input: DiscountDataInput): DiscountData {
	const rng = createRng(input.seed ^ 0x0d15_c0de);
	const today = input.now.toISOString().slice(0, 10);
	// Defined before the oldest demo document (at most 540 days back), so they priced the whole history.
	const audit: Audit = { date_created: `${addDays(today, -600)}T09:00:00.000Z`, date_updated: null, user_created: null };
	const offers = demoOffers(rng, today, input.scale, audit);
	const { rules, links, partnerCustomer } = demoDiscountRuleRows(rng, input, offers, audit);
	const data = {
		crm_campaigns: [offers.springCampaign, offers.safetyCampaign],
		crm_special_offers: [offers.springOffer, offers.clearanceOffer, offers.welcomeOffer, offers.safetyOffer],
		crm_discount_rules: rules,
		...links,
		crm_promo_codes: demoPromoCodes(rng, offers, input.scale, partnerCustomer, audit),
		crm_pricing_policy: [{ id: rng.uuid(), max_line_discount_bp: 5000, max_order_discount_bp: 5000, min_margin_bp: 500, rules_version: 1 }],
	};
	// Last, so that the ids drawn above stay as they were.
	return { ...data, ...demoCampaignBudgets(rng, offers, today) };
}

/** The demo rules as the server loads them (discount-rows.ts), with their m2m links. */
export function demoDiscountRules(data: DiscountData): DiscountRule[] {
	const tables = data as unknown as Record<string, readonly Record<string, unknown>[] | undefined>;
	const links = new Map<string, RuleLinks>();
	for (const j of RULE_JUNCTIONS) {
		for (const link of tables[j.table] ?? []) {
			const rule = link['crm_discount_rules_id'] as string;
			const l = links.get(rule) ?? {};
			(l[j.key] ??= []).push(link[j.column] as string);
			links.set(rule, l);
		}
	}
	return data.crm_discount_rules.map((row) => toDiscountRule(row, links.get(row.id)));
}

export function demoPricingPolicy(row: PricingPolicyRow): PricingPolicy {
	return { maxLineDiscountBp: row.max_line_discount_bp, maxOrderDiscountBp: row.max_order_discount_bp, minMarginBp: row.min_margin_bp };
}

/** uses_count / quantity_used_milli of offers and codes as refreshCounters leaves them: the usage of the active claims (usageOf). */
export function applyRedemptionCounts(data: DiscountData, redemptions: readonly DiscountRedemptionRow[]): DiscountData {
	const active = redemptions.filter((r) => r.status === 'active').map((r) => ({ order: r.order, customer: r.customer, offer: r.offer, promoCode: r.promo_code, quantityMilli: r.quantity_milli }));
	return {
		...data,
		crm_special_offers: data.crm_special_offers.map((o) => {
			const used = usageOf(active.filter((r) => r.offer === o.id), null);
			return { ...o, uses_count: used.uses, quantity_used_milli: used.quantityMilli };
		}),
		crm_promo_codes: data.crm_promo_codes.map((c) => ({ ...c, uses_count: usageOf(active.filter((r) => r.promoCode === c.id), null).uses })),
	};
}

// Row types of the discount tables as the demo data writes them, and what their generator is given.
import type { Uuid } from './demo-rows.ts';

export type Audit = { date_created: string; date_updated: null; user_created: null };

export type CampaignRow = {
	id: Uuid;
	code: string;
	name: string;
	status: string;
	channel: string | null;
	owner: Uuid | null;
	start_date: string | null;
	end_date: string | null;
	goal: string | null;
	description: string | null;
	budget_warn_bp: number;
	budget_hard_stop: boolean;
	email_subject: string | null;
	email_body: string | null;
	send_rate_per_minute: number;
	send_status: 'idle' | 'sending' | 'paused' | 'sent';
	sender: null;
	sender_lease_until: null;
};
export type CampaignBudgetLineRow = { id: Uuid; campaign: Uuid; cost_item: string; planned_base: number; note: string | null };
export type CampaignSpendRow = { id: Uuid; campaign: Uuid; cost_item: string; amount_base: number; spent_on: string; description: string; reference: string | null } & Audit;
export type SpecialOfferRow = Audit & {
	id: Uuid;
	code: string;
	name: string;
	active: boolean;
	valid_from: string | null;
	valid_to: string | null;
	campaign: Uuid | null;
	max_uses: number | null;
	max_uses_per_customer: number | null;
	max_quantity_milli: number | null;
	max_quantity_per_customer_milli: number | null;
	uses_count: number;
	quantity_used_milli: number;
	description: string | null;
};
export type DiscountRuleRow = Audit & {
	id: Uuid;
	code: string;
	name: string;
	active: boolean;
	priority: number;
	effect_kind: string;
	discount_bp: number | null;
	amount: number | null;
	buy_quantity_milli: number | null;
	free_quantity_milli: number | null;
	tiers: { min_quantity_milli: number; value: number }[] | null;
	currency: string | null;
	combination: string;
	combination_group: string | null;
	offer: Uuid | null;
	requires_code: boolean;
	campaign: Uuid | null;
	valid_from: string | null;
	valid_to: string | null;
	weekdays: number[] | null;
	customer_categories: string[] | null;
	customer_statuses: string[] | null;
	min_quantity_milli: number | null;
	max_quantity_milli: number | null;
	min_line_amount: number | null;
	min_order_amount: number | null;
	first_order_only: boolean;
	description: string | null;
};
export type RuleCustomerLinkRow = { crm_discount_rules_id: Uuid; crm_customers_id: Uuid };
export type RuleCustomerGroupLinkRow = { crm_discount_rules_id: Uuid; crm_customer_groups_id: Uuid };
export type RuleProductLinkRow = { crm_discount_rules_id: Uuid; crm_products_id: Uuid };
export type RuleProductGroupLinkRow = { crm_discount_rules_id: Uuid; crm_product_groups_id: Uuid };
export type RuleRegionLinkRow = { crm_discount_rules_id: Uuid; crm_regions_id: Uuid };
export type RuleChannelLinkRow = { crm_discount_rules_id: Uuid; crm_sales_channels_id: Uuid };
export type RuleSegmentLinkRow = { crm_discount_rules_id: Uuid; crm_market_segments_id: Uuid };
export type PromoCodeRow = Audit & {
	id: Uuid;
	code: string;
	offer: Uuid;
	kind: 'single_use' | 'multi_use' | 'per_customer';
	active: boolean;
	valid_from: string | null;
	valid_to: string | null;
	max_uses: number | null;
	customer: Uuid | null;
	uses_count: number;
};
export type PricingPolicyRow = { id: Uuid; max_line_discount_bp: number; max_order_discount_bp: number; min_margin_bp: number; rules_version: number };
export type DiscountRedemptionRow = {
	id: Uuid;
	order: Uuid;
	customer: Uuid;
	offer: Uuid;
	promo_code: Uuid | null;
	quantity_milli: number;
	status: 'active' | 'released';
	released_at: string | null;
	date_created: string;
};

export interface DiscountData {
	crm_campaigns: CampaignRow[];
	crm_campaign_budget_lines: CampaignBudgetLineRow[];
	crm_campaign_spend: CampaignSpendRow[];
	crm_special_offers: SpecialOfferRow[];
	crm_discount_rules: DiscountRuleRow[];
	crm_discount_rules_customers: RuleCustomerLinkRow[];
	crm_discount_rules_customer_groups: RuleCustomerGroupLinkRow[];
	crm_discount_rules_products: RuleProductLinkRow[];
	crm_discount_rules_product_groups: RuleProductGroupLinkRow[];
	crm_discount_rules_regions: RuleRegionLinkRow[];
	crm_discount_rules_sales_channels: RuleChannelLinkRow[];
	crm_discount_rules_customer_segments: RuleSegmentLinkRow[];
	crm_discount_rules_product_segments: RuleSegmentLinkRow[];
	crm_promo_codes: PromoCodeRow[];
	crm_pricing_policy: PricingPolicyRow[];
}

/** In insert order: offers name campaigns, rules name offers, links name rules, codes name offers and customers. */
export const DISCOUNT_TABLES = [
	'crm_campaigns',
	'crm_campaign_budget_lines',
	'crm_campaign_spend',
	'crm_special_offers',
	'crm_discount_rules',
	'crm_discount_rules_customers',
	'crm_discount_rules_customer_groups',
	'crm_discount_rules_products',
	'crm_discount_rules_product_groups',
	'crm_discount_rules_regions',
	'crm_discount_rules_sales_channels',
	'crm_discount_rules_customer_segments',
	'crm_discount_rules_product_segments',
	'crm_promo_codes',
	'crm_pricing_policy',
] as const satisfies readonly (keyof DiscountData)[];

export interface ProductRef {
	id: Uuid;
	sku: string;
	name: string;
	kind: string;
	group: Uuid | null;
	cost_price: number;
	list_price: number;
	active: boolean;
}

export interface CustomerRef {
	id: Uuid;
	name: string;
	status: string;
	currency: string;
}

export interface DiscountDataInput {
	seed: number;
	scale: number;
	now: Date;
	products: readonly ProductRef[];
	productGroups: readonly { id: Uuid; code: string }[];
	customers: readonly CustomerRef[];
	customerGroups: readonly { id: Uuid; code: string }[];
	regions: readonly { id: Uuid; code: string }[];
	channels: readonly { id: Uuid; code: string }[];
	segments: readonly { id: Uuid; code: string }[];
}

// Demo discounts (M3.1, M3.2): two campaigns, special offers, discount rules that exercise every effect
// and combination, promo codes and the pricing policy. Every rule is scoped to demo product groups or
// demo products (some also to demo customers or customer groups), never left open: integration tests
// create their own products and customers in the same instance and expect their exact prices.
import { addDays, type DiscountRule, type PricingPolicy } from '../../packages/crm-core/src/index.ts';
import { RULE_JUNCTIONS, type RuleLinks, toDiscountRule } from '../../packages/crm-directus/src/discounts/discount-rows.ts';
import type { Uuid } from './demo-rows.ts';
import { createRng } from './random.ts';

type Audit = { date_created: string; date_updated: null; user_created: null };

export type CampaignRow = { id: Uuid; code: string; name: string; status: string; start_date: string | null; end_date: string | null; description: string | null };
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

interface ProductRef {
	id: Uuid;
	sku: string;
	name: string;
	kind: string;
	group: Uuid | null;
	cost_price: number;
	list_price: number;
	active: boolean;
}

interface CustomerRef {
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

/** Goods groups: the scope of the welcome offer and of the key-account order discount. */
const GOODS_GROUPS = ['TOOLS', 'FAST', 'SAFETY', 'CONS'];

export function generateDiscountData(input: DiscountDataInput): DiscountData {
	const rng = createRng(input.seed ^ 0x0d15_c0de);
	const today = input.now.toISOString().slice(0, 10);
	// Defined before the oldest demo document (at most 540 days back), so they priced the whole history.
	const created = `${addDays(today, -600)}T09:00:00.000Z`;
	const audit: Audit = { date_created: created, date_updated: null, user_created: null };

	const groupId = (code: string): Uuid => {
		const g = input.productGroups.find((x) => x.code === code);
		if (!g) throw new Error(`no product group ${code}`);
		return g.id;
	};
	const customerGroupId = (code: string): Uuid => {
		const g = input.customerGroups.find((x) => x.code === code);
		if (!g) throw new Error(`no customer group ${code}`);
		return g.id;
	};
	const bySku = [...input.products].sort((a, b) => a.sku.localeCompare(b.sku));
	const activeGoods = bySku.filter((p) => p.active && p.kind === 'goods');
	const inGroup = (code: string) => activeGoods.filter((p) => p.group === groupId(code));

	// --- campaigns ----------------------------------------------------------------------------
	const year = Number(today.slice(0, 4));
	const springYear = today.slice(5) >= '03-01' ? year : year - 1;
	const spring = { from: `${springYear}-03-01`, to: `${springYear}-05-31` };
	const safety = { from: addDays(today, -28), to: addDays(today, 27) };
	const statusOf = (w: { from: string; to: string }) => {
		if (today < w.from) return 'planned';
		return today <= w.to ? 'running' : 'finished';
	};
	const springCampaign: CampaignRow = {
		id: rng.uuid(),
		code: `SPRING-${springYear}`,
		name: `Spring tools campaign ${springYear}`,
		status: statusOf(spring),
		start_date: spring.from,
		end_date: spring.to,
		description: 'Mailing and web shop banners for the spring building season: tools 10 % off, power tools another 5 % with a code.',
	};
	const safetyCampaign: CampaignRow = {
		id: rng.uuid(),
		code: 'SAFETY-WEEKS',
		name: 'Workplace safety weeks',
		status: statusOf(safety),
		start_date: safety.from,
		end_date: safety.to,
		description: 'Eight weeks on workplace safety: reps hand out codes for 15 % off safety equipment.',
	};

	// --- special offers -------------------------------------------------------------------------
	const offer = (code: string, name: string, o: Partial<SpecialOfferRow>): SpecialOfferRow => ({
		id: rng.uuid(),
		code,
		name,
		active: true,
		valid_from: null,
		valid_to: null,
		campaign: null,
		max_uses: null,
		max_uses_per_customer: null,
		max_quantity_milli: null,
		max_quantity_per_customer_milli: null,
		uses_count: 0,
		quantity_used_milli: 0,
		description: null,
		...audit,
		...o,
	});
	const springOffer = offer('SPRING-TOOLS', 'Spring tools offer', { valid_from: spring.from, valid_to: spring.to, campaign: springCampaign.id, description: 'Tools 10 % off during the spring campaign; a spring code adds 5 % on power tools.' });
	const clearanceOffer = offer('CLEARANCE-WEAR', 'Clearance of discontinued workwear', {
		valid_from: addDays(today, -150),
		max_quantity_milli: Math.max(10, Math.round(40 * input.scale)) * 1000,
		description: 'Old workwear models at 30 % off while the clearance stock lasts; no other discount on them.',
	});
	const welcomeOffer = offer('WELCOME', 'Welcome offer for private customers', { valid_from: addDays(today, -365), max_uses_per_customer: 1, description: "10 % off goods on a private customer's first order, once per customer." });
	const safetyOffer = offer('SAFETY-WEEKS', 'Safety weeks codes', { valid_from: safety.from, valid_to: safety.to, campaign: safetyCampaign.id, description: 'Promo codes of the safety weeks: 15 % off safety equipment.' });

	// --- rules ----------------------------------------------------------------------------------
	const rules: DiscountRuleRow[] = [];
	const links: Pick<
		DiscountData,
		| 'crm_discount_rules_customers'
		| 'crm_discount_rules_customer_groups'
		| 'crm_discount_rules_products'
		| 'crm_discount_rules_product_groups'
		| 'crm_discount_rules_regions'
		| 'crm_discount_rules_sales_channels'
		| 'crm_discount_rules_customer_segments'
		| 'crm_discount_rules_product_segments'
	> = {
		crm_discount_rules_customers: [],
		crm_discount_rules_customer_groups: [],
		crm_discount_rules_products: [],
		crm_discount_rules_product_groups: [],
		crm_discount_rules_regions: [],
		crm_discount_rules_sales_channels: [],
		crm_discount_rules_customer_segments: [],
		crm_discount_rules_product_segments: [],
	};
	interface Scope {
		products?: readonly Uuid[];
		productGroups?: readonly string[];
		customers?: readonly Uuid[];
		customerGroups?: readonly string[];
		regions?: readonly string[];
		channels?: readonly string[];
		customerSegments?: readonly string[];
		productSegments?: readonly string[];
	}
	const idOf = (rows: readonly { id: Uuid; code: string }[], code: string, what: string): Uuid => {
		const row = rows.find((r) => r.code === code);
		if (!row) throw new Error(`no ${what} ${code}`);
		return row.id;
	};
	const rule = (code: string, name: string, scope: Scope, o: Partial<DiscountRuleRow>): DiscountRuleRow => {
		if (!scope.products?.length && !scope.productGroups?.length) throw new Error(`demo rule ${code} must name demo products or product groups`);
		const row: DiscountRuleRow = {
			id: rng.uuid(),
			code,
			name,
			active: true,
			priority: 100,
			effect_kind: 'percent',
			discount_bp: null,
			amount: null,
			buy_quantity_milli: null,
			free_quantity_milli: null,
			tiers: null,
			currency: null,
			combination: 'cumulative',
			combination_group: null,
			offer: null,
			requires_code: false,
			campaign: null,
			valid_from: null,
			valid_to: null,
			weekdays: null,
			customer_categories: null,
			customer_statuses: null,
			min_quantity_milli: null,
			max_quantity_milli: null,
			min_line_amount: null,
			min_order_amount: null,
			first_order_only: false,
			description: null,
			...audit,
			...o,
		};
		rules.push(row);
		for (const id of scope.products ?? []) links.crm_discount_rules_products.push({ crm_discount_rules_id: row.id, crm_products_id: id });
		for (const code of scope.productGroups ?? []) links.crm_discount_rules_product_groups.push({ crm_discount_rules_id: row.id, crm_product_groups_id: groupId(code) });
		for (const id of scope.customers ?? []) links.crm_discount_rules_customers.push({ crm_discount_rules_id: row.id, crm_customers_id: id });
		for (const code of scope.customerGroups ?? []) links.crm_discount_rules_customer_groups.push({ crm_discount_rules_id: row.id, crm_customer_groups_id: customerGroupId(code) });
		for (const code of scope.regions ?? []) links.crm_discount_rules_regions.push({ crm_discount_rules_id: row.id, crm_regions_id: idOf(input.regions, code, 'region') });
		for (const code of scope.channels ?? []) links.crm_discount_rules_sales_channels.push({ crm_discount_rules_id: row.id, crm_sales_channels_id: idOf(input.channels, code, 'sales channel') });
		for (const code of scope.customerSegments ?? []) links.crm_discount_rules_customer_segments.push({ crm_discount_rules_id: row.id, crm_market_segments_id: idOf(input.segments, code, 'market segment') });
		for (const code of scope.productSegments ?? []) links.crm_discount_rules_product_segments.push({ crm_discount_rules_id: row.id, crm_market_segments_id: idOf(input.segments, code, 'market segment') });
		return row;
	};

	// Clearance lines: up to four workwear items (any goods when the demo is too small to have workwear).
	const wear = inGroup('SAFETY-WEAR');
	const clearance = (wear.length >= 2 ? wear : activeGoods).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 4)) === 0).slice(0, 4);
	const oil = inGroup('CONS-LUB')[0] ?? activeGoods.find((p) => !clearance.includes(p)) ?? activeGoods[0]!;
	// A round promotional price below list, never below cost plus 6 %.
	const fixedPrice = Math.max(Math.ceil((oil.cost_price * 106) / 100), Math.floor((oil.list_price * 0.85) / 10) * 10 - 1);
	const eurCustomers = input.customers.filter((c) => c.currency === 'EUR' && c.status !== 'prospect' && c.status !== 'lost');
	const keyCustomers = eurCustomers.filter((c) => c.status === 'key');
	const contractCustomer = keyCustomers[0] ?? eurCustomers[0] ?? input.customers[0]!;
	const partnerCustomer = keyCustomers[1] ?? eurCustomers.find((c) => c !== contractCustomer) ?? contractCustomer;

	rule('CLEAR-WEAR-30', 'Clearance: 30 % off discontinued workwear', { products: clearance.map((p) => p.id) }, {
		priority: 10,
		discount_bp: 3000,
		combination: 'exclusive',
		offer: clearanceOffer.id,
		description: 'Exclusive: no other discount applies to these items. Limited to the clearance stock.',
	});
	rule('CONSTR-DEALER-4', 'Construction dealers: 4 % on construction products', { productGroups: GOODS_GROUPS, productSegments: ['CONSTR'], customerSegments: ['CONSTR'], channels: ['DEALER'], regions: input.regions.map((r) => r.code) }, {
		priority: 60,
		discount_bp: 400,
		combination: 'best_of',
		combination_group: 'SEGMENT',
		description: 'Dealers serving construction customers, in every region: 4 % on goods of the construction segment (best of the segment group).',
	});
	rule('WELCOME-10', "Welcome: 10 % off a private customer's first order of goods", { productGroups: GOODS_GROUPS, customerGroups: ['PRIVATE'] }, {
		priority: 20,
		discount_bp: 1000,
		offer: welcomeOffer.id,
		first_order_only: true,
	});
	rule('LUBE-FIXED', `Fixed price: ${oil.name}`.slice(0, 120), { products: [oil.id] }, {
		priority: 30,
		effect_kind: 'fixed_price',
		amount: fixedPrice,
		currency: 'EUR',
		description: `Promotional unit price of ${(fixedPrice / 100).toFixed(2)} EUR.`,
	});
	rule('DEALER-POWER-5', 'Dealers: 5 % off power tools', { productGroups: ['TOOLS-POWER'], customerGroups: ['DEALERS'] }, { priority: 40, discount_bp: 500 });
	rule('CONTRACT-MAINT-8', `Contract terms: 8 % off maintenance contracts for ${contractCustomer.name}`.slice(0, 120), { productGroups: ['SERV-MAINT'], customers: [contractCustomer.id] }, {
		priority: 45,
		discount_bp: 800,
		description: 'Agreed in the framework contract.',
	});
	rule('FAST-VOLUME', 'Fasteners by volume: 3 % from 20 packs, 6 % from 50, 9 % from 100', { productGroups: ['FAST'] }, {
		priority: 50,
		discount_bp: 300,
		tiers: [
			{ min_quantity_milli: 20_000, value: 300 },
			{ min_quantity_milli: 50_000, value: 600 },
			{ min_quantity_milli: 100_000, value: 900 },
		],
	});
	rule('GLOVES-BOX-50C', 'Gloves: 0.50 EUR off every box from 10 boxes', { productGroups: ['SAFETY-GLV'] }, { priority: 50, effect_kind: 'amount_per_unit', amount: 50, currency: 'EUR', min_quantity_milli: 10_000 });
	rule('SEALANT-3FOR2', 'Sealants and adhesives: buy 2, get 1 free', { productGroups: ['CONS-ADH'] }, { priority: 60, effect_kind: 'free_units', buy_quantity_milli: 2000, free_quantity_milli: 1000 });
	rule('ABR-VOLUME-8', 'Abrasives: 8 % from 10 packs', { productGroups: ['CONS-ABR'] }, {
		priority: 70,
		discount_bp: 800,
		combination: 'best_of',
		combination_group: 'ABRASIVES',
		min_quantity_milli: 10_000,
		description: 'Best of the abrasives group: only the larger of the volume and the A-customer discount applies.',
	});
	rule('ABR-CLASS-A-5', 'Abrasives: 5 % for A customers', { productGroups: ['CONS-ABR'] }, { priority: 71, discount_bp: 500, combination: 'best_of', combination_group: 'ABRASIVES', customer_categories: ['A'] });
	rule('SCREW-FRIDAY-4', 'Screw Friday: 4 % off screws on Fridays', { productGroups: ['FAST-SCR'] }, { priority: 80, discount_bp: 400, weekdays: [5] });
	rule('SPRING-TOOLS-10', 'Spring offer: 10 % off all tools', { productGroups: ['TOOLS'] }, { priority: 100, discount_bp: 1000, offer: springOffer.id, description: 'Hand tools, power tools and measuring tools, sub-groups included.' });
	rule('SPRING-CODE-5', 'Spring code: another 5 % off power tools', { productGroups: ['TOOLS-POWER'] }, { priority: 110, discount_bp: 500, offer: springOffer.id, requires_code: true });
	rule('SAFETY-CODE-15', 'Safety weeks: 15 % off safety equipment with a code', { productGroups: ['SAFETY'] }, { priority: 100, discount_bp: 1500, offer: safetyOffer.id, requires_code: true });
	rule('KEY-ORDER-2', 'Key accounts: 2 % off goods orders above 2,000 EUR', { productGroups: GOODS_GROUPS, customerGroups: ['KEY'] }, {
		priority: 200,
		effect_kind: 'order_percent',
		discount_bp: 200,
		currency: 'EUR',
		min_order_amount: 200_000,
		description: 'Order discount on the goods lines, spread over them.',
	});

	// --- promo codes ----------------------------------------------------------------------------
	const code = (text: string, offerRow: SpecialOfferRow, kind: PromoCodeRow['kind'], o: Partial<PromoCodeRow> = {}): PromoCodeRow => ({
		id: rng.uuid(),
		code: text,
		offer: offerRow.id,
		kind,
		active: true,
		valid_from: null,
		valid_to: null,
		max_uses: null,
		customer: null,
		uses_count: 0,
		...audit,
		...o,
	});
	const codes = [
		code('SPRING5', springOffer, 'multi_use', { max_uses: Math.max(3, Math.round(30 * input.scale)) }),
		code('SPRINGVIP', springOffer, 'single_use'),
		code('SAFETY15', safetyOffer, 'per_customer'),
		code('SAFETYTEAM', safetyOffer, 'multi_use', { max_uses: Math.max(2, Math.round(6 * input.scale)) }),
		code('SAFETY-PARTNER', safetyOffer, 'per_customer', { customer: partnerCustomer.id }),
	];

	return {
		crm_campaigns: [springCampaign, safetyCampaign],
		crm_special_offers: [springOffer, clearanceOffer, welcomeOffer, safetyOffer],
		crm_discount_rules: rules,
		...links,
		crm_promo_codes: codes,
		crm_pricing_policy: [{ id: rng.uuid(), max_line_discount_bp: 5000, max_order_discount_bp: 5000, min_margin_bp: 500, rules_version: 1 }],
	};
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

/** uses_count / quantity_used_milli of offers and codes, recounted from the active redemptions like the server does. */
export function applyRedemptionCounts(data: DiscountData, redemptions: readonly DiscountRedemptionRow[]): DiscountData {
	const active = redemptions.filter((r) => r.status === 'active');
	const ordersOf = (rows: readonly DiscountRedemptionRow[]) => new Set(rows.map((r) => r.order)).size;
	return {
		...data,
		crm_special_offers: data.crm_special_offers.map((o) => {
			const mine = active.filter((r) => r.offer === o.id);
			return { ...o, uses_count: ordersOf(mine), quantity_used_milli: mine.reduce((a, r) => a + r.quantity_milli, 0) };
		}),
		crm_promo_codes: data.crm_promo_codes.map((c) => ({ ...c, uses_count: ordersOf(active.filter((r) => r.promo_code === c.id)) })),
	};
}

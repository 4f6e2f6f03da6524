// Discount rules that exercise every effect and combination. Every rule is scoped to demo product groups or
// demo products (some also to demo customers or customer groups), never left open: integration tests
// create their own products and customers in the same instance and expect their exact prices.
import type { Uuid } from './demo-rows.ts';
import type { DemoOffers } from './demo-campaigns.ts';
import type { Audit, DiscountData, DiscountDataInput, DiscountRuleRow, ProductRef } from './discount-data-rows.ts';
import type { Rng } from './random.ts';

/** Goods groups: the scope of the welcome offer and of the key-account order discount. */
const GOODS_GROUPS = ['TOOLS', 'FAST', 'SAFETY', 'CONS'];

type RuleLinkTables = Pick<
	DiscountData,
	| 'crm_discount_rules_customers'
	| 'crm_discount_rules_customer_groups'
	| 'crm_discount_rules_products'
	| 'crm_discount_rules_product_groups'
	| 'crm_discount_rules_regions'
	| 'crm_discount_rules_sales_channels'
	| 'crm_discount_rules_customer_segments'
	| 'crm_discount_rules_product_segments'
>;

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

type AddRule = (code: string, name: string, scope: Scope, o: Partial<DiscountRuleRow>) => DiscountRuleRow;

const idOf = (rows: readonly { id: Uuid; code: string }[], code: string, what: string): Uuid => {
	const row = rows.find((r) => r.code === code);
	if (!row) throw new Error(`no ${what} ${code}`);
	return row.id;
};

function ruleRow(rng: Rng, code: string, name: string, audit: Audit, o: Partial<DiscountRuleRow>): DiscountRuleRow {
	return {
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
}

function linkScope(input: DiscountDataInput, links: RuleLinkTables, rule: Uuid, scope: Scope): void {
	const link = { crm_discount_rules_id: rule };
	for (const id of scope.products ?? []) links.crm_discount_rules_products.push({ ...link, crm_products_id: id });
	for (const code of scope.productGroups ?? []) links.crm_discount_rules_product_groups.push({ ...link, crm_product_groups_id: idOf(input.productGroups, code, 'product group') });
	for (const id of scope.customers ?? []) links.crm_discount_rules_customers.push({ ...link, crm_customers_id: id });
	for (const code of scope.customerGroups ?? []) links.crm_discount_rules_customer_groups.push({ ...link, crm_customer_groups_id: idOf(input.customerGroups, code, 'customer group') });
	for (const code of scope.regions ?? []) links.crm_discount_rules_regions.push({ ...link, crm_regions_id: idOf(input.regions, code, 'region') });
	for (const code of scope.channels ?? []) links.crm_discount_rules_sales_channels.push({ ...link, crm_sales_channels_id: idOf(input.channels, code, 'sales channel') });
	for (const code of scope.customerSegments ?? []) links.crm_discount_rules_customer_segments.push({ ...link, crm_market_segments_id: idOf(input.segments, code, 'market segment') });
	for (const code of scope.productSegments ?? []) links.crm_discount_rules_product_segments.push({ ...link, crm_market_segments_id: idOf(input.segments, code, 'market segment') });
}

/** The products and customers some rules name: clearance workwear, one lubricant at a fixed price, a contract customer. */
function ruleTargets(input: DiscountDataInput) {
	const bySku = [...input.products].sort((a, b) => a.sku.localeCompare(b.sku));
	const activeGoods = bySku.filter((p) => p.active && p.kind === 'goods');
	const inGroup = (code: string) => activeGoods.filter((p) => p.group === idOf(input.productGroups, code, 'product group'));
	// Up to four workwear items (any goods when the demo is too small to have workwear).
	const wear = inGroup('SAFETY-WEAR');
	const clearance = (wear.length >= 2 ? wear : activeGoods).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 4)) === 0).slice(0, 4);
	const oil: ProductRef = inGroup('CONS-LUB')[0] ?? activeGoods.find((p) => !clearance.includes(p)) ?? activeGoods[0]!;
	// A round promotional price below list, never below cost plus 6 %.
	const fixedPrice = Math.max(Math.ceil((oil.cost_price * 106) / 100), Math.floor((oil.list_price * 0.85) / 10) * 10 - 1);
	const eurCustomers = input.customers.filter((c) => c.currency === 'EUR' && c.status !== 'prospect' && c.status !== 'lost');
	const keyCustomers = eurCustomers.filter((c) => c.status === 'key');
	const contractCustomer = keyCustomers[0] ?? eurCustomers[0] ?? input.customers[0]!;
	const partnerCustomer = keyCustomers[1] ?? eurCustomers.find((c) => c !== contractCustomer) ?? contractCustomer;
	return { clearance, oil, fixedPrice, contractCustomer, partnerCustomer };
}

/** Rules of offers and of single products and customers: clearance, dealers, welcome, fixed price, contract terms. */
function scopedRules(rule: AddRule, input: DiscountDataInput, offers: DemoOffers, t: ReturnType<typeof ruleTargets>): void {
	rule('CLEAR-WEAR-30', 'Clearance: 30 % off discontinued workwear', { products: t.clearance.map((p) => p.id) }, {
		priority: 10,
		discount_bp: 3000,
		combination: 'exclusive',
		offer: offers.clearanceOffer.id,
		description: 'Exclusive: no other discount applies to these items. Limited to the clearance stock.',
	});
	rule('CONSTR-DEALER-4', 'Construction dealers: 4 % on construction products', { productGroups: GOODS_GROUPS, productSegments: ['CONSTR'], customerSegments: ['CONSTR'], channels: ['DEALER'], regions: input.regions.map((r) => r.code) }, {
		priority: 60,
		discount_bp: 400,
		combination: 'best_of',
		combination_group: 'SEGMENT',
		description: 'Dealers serving construction customers, in every region: 4 % on goods of the construction segment (best of the segment group).',
	});
	rule('WELCOME-10', "Welcome: 10 % off a private customer's first order of goods", { productGroups: GOODS_GROUPS, customerGroups: ['PRIVATE'] }, { priority: 20, discount_bp: 1000, offer: offers.welcomeOffer.id, first_order_only: true });
	rule('LUBE-FIXED', `Fixed price: ${t.oil.name}`.slice(0, 120), { products: [t.oil.id] }, {
		priority: 30,
		effect_kind: 'fixed_price',
		amount: t.fixedPrice,
		currency: 'EUR',
		description: `Promotional unit price of ${(t.fixedPrice / 100).toFixed(2)} EUR.`,
	});
	rule('DEALER-POWER-5', 'Dealers: 5 % off power tools', { productGroups: ['TOOLS-POWER'], customerGroups: ['DEALERS'] }, { priority: 40, discount_bp: 500 });
	rule('CONTRACT-MAINT-8', `Contract terms: 8 % off maintenance contracts for ${t.contractCustomer.name}`.slice(0, 120), { productGroups: ['SERV-MAINT'], customers: [t.contractCustomer.id] }, { priority: 45, discount_bp: 800, description: 'Agreed in the framework contract.' });
}

/** Rules by quantity, day and customer class, the campaigns' rules, and the key accounts' order discount. */
function volumeAndCampaignRules(rule: AddRule, offers: DemoOffers): void {
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
	rule('SPRING-TOOLS-10', 'Spring offer: 10 % off all tools', { productGroups: ['TOOLS'] }, { priority: 100, discount_bp: 1000, offer: offers.springOffer.id, description: 'Hand tools, power tools and measuring tools, sub-groups included.' });
	rule('SPRING-CODE-5', 'Spring code: another 5 % off power tools', { productGroups: ['TOOLS-POWER'] }, { priority: 110, discount_bp: 500, offer: offers.springOffer.id, requires_code: true });
	rule('SAFETY-CODE-15', 'Safety weeks: 15 % off safety equipment with a code', { productGroups: ['SAFETY'] }, { priority: 100, discount_bp: 1500, offer: offers.safetyOffer.id, requires_code: true });
	rule('KEY-ORDER-2', 'Key accounts: 2 % off goods orders above 2,000 EUR', { productGroups: GOODS_GROUPS, customerGroups: ['KEY'] }, {
		priority: 200,
		effect_kind: 'order_percent',
		discount_bp: 200,
		currency: 'EUR',
		min_order_amount: 200_000,
		description: 'Order discount on the goods lines, spread over them.',
	});
}

export function demoDiscountRuleRows(rng: Rng, input: DiscountDataInput, offers: DemoOffers, audit: Audit): { rules: DiscountRuleRow[]; links: RuleLinkTables; partnerCustomer: Uuid } {
	const rules: DiscountRuleRow[] = [];
	const links: RuleLinkTables = {
		crm_discount_rules_customers: [],
		crm_discount_rules_customer_groups: [],
		crm_discount_rules_products: [],
		crm_discount_rules_product_groups: [],
		crm_discount_rules_regions: [],
		crm_discount_rules_sales_channels: [],
		crm_discount_rules_customer_segments: [],
		crm_discount_rules_product_segments: [],
	};
	const rule: AddRule = (code, name, scope, o) => {
		if (!scope.products?.length && !scope.productGroups?.length) throw new Error(`demo rule ${code} must name demo products or product groups`);
		const row = ruleRow(rng, code, name, audit, o);
		rules.push(row);
		linkScope(input, links, row.id, scope);
		return row;
	};
	const targets = ruleTargets(input);
	scopedRules(rule, input, offers, targets);
	volumeAndCampaignRules(rule, offers);
	return { rules, links, partnerCustomer: targets.partnerCustomer.id };
}

/**
 * Deterministic demo data for the CRM: a pure function of (scale, seed, now). Identifiers, numbers
 * and dates come from a small seeded PRNG; names, streets and company names from faker instances
 * seeded with the same seed. Never reads the clock or global state, so one input always gives the
 * same rows, which keeps screenshots, tests and bug reports reproducible.
 */
import type {
	ContactRow,
	CustomerGroupLinkRow,
	CustomerGroupRow,
	CustomerRow,
	CustomerSegmentLinkRow,
	InteractionRow,
	MarketSegmentRow,
	ProductGroupRow,
	ProductRow,
	ProductSegmentLinkRow,
	RegionRow,
	SalesChannelRow,
	SalesRepRow,
	TeamRow,
	Uuid,
} from './demo-rows.ts';
import { createDemoContext } from './demo-context.ts';
import { type CommerceData, type ExchangeRateRow, generateCommerceData, type PriceListItemRow, type PriceListRow } from './generate-commerce-data.ts';
import { generateContacts } from './generate-contacts.ts';
import { type CustomerInfo, generateCustomers } from './generate-customers.ts';
import { type CampaignAudience, generateCampaignAudience } from './generate-campaign-audience.ts';
import { applyRedemptionCounts, type DiscountData, generateDiscountData } from './generate-discount-data.ts';
import { generateInteractions } from './generate-interactions.ts';
import { generateOrdersToCash } from './generate-orders-to-cash.ts';
import { generateProducts } from './generate-products.ts';
import { generateSalesStructure, type SalesStructure } from './generate-sales-structure.ts';
import { generateServiceData, type ServiceData } from './generate-service-data.ts';
import { DISCOUNT_TABLES } from './discount-data-rows.ts';
import { ORDERS_TO_CASH_TABLES, type OrdersToCashData } from './orders-to-cash-rows.ts';
import { SERVICE_DESK_TABLES, SERVICE_STAFF_TABLES } from './service-rows.ts';

export interface GenerateDemoDataOptions {
	/** 1 ≈ 1,000 customers, 3,000 contacts, 300 products, 10,000 interactions. */
	scale?: number;
	seed?: number;
	/** Upper bound of every generated timestamp. Pass it for reproducible output. */
	now?: Date | string | number;
}

export interface DemoData extends OrdersToCashData, DiscountData, ServiceData, Omit<CampaignAudience, 'interactions' | 'withdrawn'> {
	crm_regions: RegionRow[];
	crm_price_lists: PriceListRow[];
	crm_sales_channels: (SalesChannelRow & { price_list: Uuid | null })[];
	crm_market_segments: MarketSegmentRow[];
	crm_customer_groups: (CustomerGroupRow & { price_list: Uuid | null; price_list_priority: number })[];
	crm_teams: TeamRow[];
	crm_sales_reps: SalesRepRow[];
	crm_product_groups: ProductGroupRow[];
	crm_products: ProductRow[];
	crm_price_list_items: PriceListItemRow[];
	crm_exchange_rates: ExchangeRateRow[];
	crm_customers: (CustomerRow & { price_list: Uuid | null; dedicated_specialist: Uuid | null })[];
	crm_contacts: ContactRow[];
	crm_interactions: InteractionRow[];
	crm_customers_customer_groups: CustomerGroupLinkRow[];
	crm_customers_market_segments: CustomerSegmentLinkRow[];
	crm_products_market_segments: ProductSegmentLinkRow[];
}

/** Tables in an order that satisfies every foreign key (product groups are parent-first). */
export const DEMO_TABLES = [
	'crm_regions',
	'crm_price_lists',
	'crm_sales_channels',
	'crm_market_segments',
	'crm_customer_groups',
	'crm_teams',
	'crm_sales_reps',
	'crm_product_groups',
	'crm_products',
	'crm_price_list_items',
	'crm_exchange_rates',
	// Customers name their dedicated specialist: the service staff come first.
	...SERVICE_STAFF_TABLES,
	'crm_customers',
	'crm_contacts',
	'crm_interactions',
	'crm_customers_customer_groups',
	'crm_customers_market_segments',
	'crm_products_market_segments',
	...DISCOUNT_TABLES,
	'crm_campaigns_market_segments',
	'crm_campaign_members',
	'crm_campaign_touches',
	// Requests leave crm_orders unset: orders-to-cash tables come last.
	...SERVICE_DESK_TABLES,
	...ORDERS_TO_CASH_TABLES,
] as const satisfies readonly (keyof DemoData)[];

export const DEFAULT_SEED = 20261126;

/** How many rows of each kind a scale asks for; small scales keep enough to show every feature. */
function countsFor(scale: number) {
	const customers = Math.max(12, Math.round(1000 * scale));
	return { customers, products: Math.max(10, Math.round(300 * scale)), interactions: Math.max(30, Math.round(10000 * scale)), contacts: Math.max(customers, Math.round(3000 * scale)) };
}

const idsBy = <T>(rows: readonly T[], key: (r: T) => Uuid, value: (r: T) => Uuid) => {
	const out = new Map<Uuid, Uuid[]>();
	for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), value(r)]);
	return out;
};

/** The price lists of each customer's groups (in the order they are tried) and of its sales channel. */
function customerPriceLists(commerce: CommerceData, sales: SalesStructure, customerRows: readonly CustomerRow[], groupLinks: readonly CustomerGroupLinkRow[]) {
	const groupCodeById = new Map(sales.customerGroups.map((g) => [g.id, g.code]));
	const groupListIds = new Map<Uuid, Uuid[]>();
	for (const link of groupLinks) {
		const list = commerce.groupListByCode.get(groupCodeById.get(link.crm_customer_groups_id) ?? '');
		if (list) groupListIds.set(link.crm_customers_id, [...(groupListIds.get(link.crm_customers_id) ?? []), list]);
	}
	const channelCodeById = new Map(sales.channels.map((c) => [c.id, c.code]));
	const channelListIds = new Map<Uuid, Uuid>();
	for (const c of customerRows) {
		const list = c.sales_channel === null ? undefined : commerce.channelListByCode.get(channelCodeById.get(c.sales_channel) ?? '');
		if (list) channelListIds.set(c.id, list);
	}
	return { groupListIds, channelListIds };
}

/** The core CRM: sales structure, catalogue, customers, contacts and interactions, all from the seed's main stream. */
function generateCore(seed: number, nowMs: number, scale: number) {
	const ctx = createDemoContext(seed, nowMs);
	const counts = countsFor(scale);
	const sales = generateSalesStructure(ctx);
	const catalogue = generateProducts(ctx, counts.products, sales.segments);
	const customers = generateCustomers(ctx, sales, counts.customers);
	const contacts = generateContacts(ctx, customers.customers, counts.contacts);
	const interactions = generateInteractions(ctx, counts.interactions, customers.customers, catalogue.products, sales);
	return { sales, ...catalogue, ...customers, contacts, interactions, customerRows: customers.customers.map((c: CustomerInfo) => c.row) };
}

type Core = ReturnType<typeof generateCore>;

/** Orders to cash, priced with the demo price lists and discounts. */
function ordersToCashOf(core: Core, commerce: CommerceData, discounts: DiscountData, seed: number, scale: number, now: Date): OrdersToCashData {
	return generateOrdersToCash({
		seed,
		scale,
		now,
		products: core.products,
		customers: core.customerRows,
		contacts: core.contacts,
		commerce,
		...customerPriceLists(commerce, core.sales, core.customerRows, core.customerGroupLinks),
		discounts,
		customerGroupIds: idsBy(core.customerGroupLinks, (l) => l.crm_customers_id, (l) => l.crm_customer_groups_id),
		customerSegmentIds: idsBy(core.customerSegmentLinks, (l) => l.crm_customers_id, (l) => l.crm_market_segments_id),
		productGroups: core.productGroups,
		productSegmentIds: idsBy(core.productSegmentLinks, (l) => l.crm_products_id, (l) => l.crm_market_segments_id),
	});
}

export function generateDemoData(options: GenerateDemoDataOptions = {}): DemoData {
	const scale = options.scale ?? 1;
	if (!Number.isFinite(scale) || scale <= 0) throw new Error(`scale must be a positive number, got ${scale}`);
	const seed = options.seed ?? DEFAULT_SEED;
	const nowDate = options.now === undefined ? new Date() : new Date(options.now);
	if (Number.isNaN(nowDate.getTime())) throw new Error(`invalid now: ${String(options.now)}`);
	// Whole seconds keep every timestamp of one run on the same grid as `now`.
	const nowMs = Math.floor(nowDate.getTime() / 1000) * 1000;
	const now = new Date(nowMs);

	const core = generateCore(seed, nowMs, scale);
	const { sales, products, productGroups, customerRows, contacts } = core;
	const commerce = generateCommerceData({ seed, now, products, customers: customerRows });
	const discounts = generateDiscountData({ seed, scale, now, products, productGroups, customers: customerRows, customerGroups: sales.customerGroups, regions: sales.regions, channels: sales.channels, segments: sales.segments });
	const ordersToCash = ordersToCashOf(core, commerce, discounts, seed, scale, now);
	const service = generateServiceData({ seed, scale, now, customers: customerRows, contacts, products, productGroups });
	const audience = generateCampaignAudience({ seed, now, campaigns: discounts.crm_campaigns, segments: sales.segments, customerSegmentLinks: core.customerSegmentLinks, contacts, orders: ordersToCash.crm_orders, repOf: new Map(customerRows.map((c) => [c.id, c.owner])) });

	return {
		crm_regions: sales.regions,
		crm_price_lists: commerce.crm_price_lists,
		crm_sales_channels: sales.channels.map((c) => ({ ...c, price_list: commerce.channelListByCode.get(c.code) ?? null })),
		crm_market_segments: sales.segments,
		crm_customer_groups: sales.customerGroups.map((g) => ({ ...g, price_list: commerce.groupListByCode.get(g.code) ?? null, price_list_priority: 100 })),
		crm_teams: sales.teams,
		crm_sales_reps: sales.reps,
		crm_product_groups: productGroups,
		crm_products: products,
		crm_price_list_items: commerce.crm_price_list_items,
		crm_exchange_rates: commerce.crm_exchange_rates,
		crm_customers: customerRows.map((c) => ({ ...c, price_list: commerce.customerListById.get(c.id) ?? null, dedicated_specialist: service.dedicatedSpecialist.get(c.id) ?? null })),
		// Who unsubscribed from a demo mailing no longer has marketing consent.
		crm_contacts: contacts.map((c) => (audience.withdrawn.has(c.id) ? { ...c, marketing_consent: false, marketing_consent_at: audience.withdrawn.get(c.id)! } : c)),
		crm_interactions: [...core.interactions, ...audience.interactions],
		crm_customers_customer_groups: core.customerGroupLinks,
		crm_customers_market_segments: core.customerSegmentLinks,
		crm_products_market_segments: core.productSegmentLinks,
		...applyRedemptionCounts(discounts, ordersToCash.crm_discount_redemptions),
		crm_campaigns_market_segments: audience.crm_campaigns_market_segments,
		crm_campaign_members: audience.crm_campaign_members,
		crm_campaign_touches: audience.crm_campaign_touches,
		...service.data,
		...ordersToCash,
		crm_document_counters: [...ordersToCash.crm_document_counters, ...service.documentCounters].sort((a, b) => a.counter_key.localeCompare(b.counter_key)),
	};
}

import { type CustomerFacts, divideAndRound, parseRate, productGroupChain, type ProductFacts } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';
import { queryAll } from '../query-all.ts';

/** What the rules ask of a crm_customers row. */
interface CustomerFactsRow {
	id: string;
	status: string | null;
	category: string | null;
	region: string | null;
	sales_channel: string | null;
}

/** What the rules ask of a crm_products row (cost as text on PostgreSQL). */
interface ProductCostRow {
	id: string;
	group: string | null;
	cost_price: number | string | null;
	currency: string | null;
}

interface ProductGroupRow {
	id: string;
	parent: string | null;
}

/** A product's market segment (crm_products_market_segments, aliased). */
interface ProductSegmentRow {
	product: string;
	segment: string;
}

export interface PricingFactsRequest {
	customerId: string;
	productIds: readonly string[];
	/** Basket currency: costs are converted into it. */
	currency: string;
	date: string;
	baseCurrency: string;
	/** The order being priced, so that it does not count as the customer's earlier order. */
	excludeOrderId: string | null;
}

export interface PricingFacts {
	customer: CustomerFacts;
	channelId: string | null;
	products: Map<string, ProductFacts>;
}

/** `amount` of `from` in `to`, through both currencies' rates to the base currency; null without a rate. */
async function convertThroughBase(rateOf: (currency: string) => Promise<string | null>, amount: number, from: string, to: string): Promise<number | null> {
	if (from === to) return amount;
	const rateFrom = await rateOf(from);
	const rateTo = await rateOf(to);
	if (!rateFrom || !rateTo) return null;
	const a = parseRate(rateFrom);
	const b = parseRate(rateTo);
	// amount × (from→base) ÷ (to→base), one rounding: exact fractions all the way.
	return Number(divideAndRound(BigInt(amount) * a.numerator * b.denominator, a.denominator * b.numerator, 'half-up'));
}

/** Each product's group chain, market segments and unit cost in the document's currency (cost converted through the base currency at the day's rates). */
async function productFactsOf(knex: Knex, request: PricingFactsRequest, products: ProductCostRow[], productGroups: ProductGroupRow[], productSegments: ProductSegmentRow[]): Promise<Map<string, ProductFacts>> {
	const parentOf = new Map(productGroups.map((g) => [g.id, g.parent ?? null]));
	const segmentsOf = new Map<string, string[]>();
	for (const s of productSegments) segmentsOf.set(s.product, [...(segmentsOf.get(s.product) ?? []), s.segment]);
	// One rate lookup per currency, not per product.
	const rates = new Map<string, Promise<string | null>>();
	const rateOf = (currency: string) => {
		if (!rates.has(currency)) rates.set(currency, findRateToBase(knex, currency, request.date, request.baseCurrency));
		return rates.get(currency)!;
	};
	const facts = new Map<string, ProductFacts>();
	for (const p of products) {
		const cost = p.cost_price === null || p.cost_price === undefined ? null : Number(p.cost_price);
		const unitCost = cost === null ? null : await convertThroughBase(rateOf, cost, p.currency ?? request.baseCurrency, request.currency);
		facts.set(p.id, { id: p.id, groupIds: productGroupChain(parentOf, p.group ?? null), segmentIds: segmentsOf.get(p.id) ?? [], unitCost });
	}
	return facts;
}

/** What the discount rules may ask about a customer and the products of a basket. Reference data: read by the CRM itself. */
export async function loadPricingFacts(knex: Knex, request: PricingFactsRequest): Promise<PricingFacts | null> {
	const customer = (await knex('crm_customers').select('id', 'status', 'category', 'region', 'sales_channel').where('id', request.customerId).first()) as CustomerFactsRow | undefined;
	if (!customer) return null;

	const earlierOrder = knex('crm_orders').select('id').where('customer', request.customerId).whereNot('status', 'cancelled');
	if (request.excludeOrderId) earlierOrder.whereNot('id', request.excludeOrderId);
	const ids = [...request.productIds];

	const [groups, segments, earlier, products, productGroups, productSegments] = await queryAll(knex, [
		() => knex('crm_customers_customer_groups').select('crm_customer_groups_id as id').where('crm_customers_id', request.customerId) as Promise<{ id: string }[]>,
		() => knex('crm_customers_market_segments').select('crm_market_segments_id as id').where('crm_customers_id', request.customerId) as Promise<{ id: string }[]>,
		() => earlierOrder.first() as Promise<{ id: string } | undefined>,
		() => knex('crm_products').select('id', 'group', 'cost_price', 'currency').whereIn('id', ids) as Promise<ProductCostRow[]>,
		() => knex('crm_product_groups').select('id', 'parent') as Promise<ProductGroupRow[]>,
		() => knex('crm_products_market_segments').select('crm_products_id as product', 'crm_market_segments_id as segment').whereIn('crm_products_id', ids) as Promise<ProductSegmentRow[]>,
	]);

	const facts = await productFactsOf(knex, request, products, productGroups, productSegments);

	return {
		customer: {
			id: customer.id,
			groupIds: groups.map((g) => g.id),
			category: customer.category ? String(customer.category).toUpperCase() : null,
			segmentIds: segments.map((s) => s.id),
			regionId: customer.region ?? null,
			status: customer.status ?? null,
			isFirstOrder: !earlier,
		},
		channelId: customer.sales_channel ?? null,
		products: facts,
	};
}

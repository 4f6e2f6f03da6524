import { queryAll } from './query-all.ts';
import { groupPriceListIds, type PriceList, type RoundingMode } from '@crm/core';
import type { Knex } from 'knex';

interface CustomerPricingRow {
	id: string;
	currency: string;
	price_list: string | null;
	sales_channel: string | null;
}

interface GroupListRow {
	price_list: string;
	price_list_priority: number | string | null;
	code: string | null;
}

interface PriceListRow {
	id: string;
	code: string;
	name: string;
	currency: string;
	kind: PriceList['kind'];
	valid_from: unknown;
	valid_to: unknown;
	active: boolean | number;
	parent: string | null;
	derivation_bp: number | null;
	rounding_step: number | string | null;
	rounding_mode: RoundingMode | null;
}

interface PriceListItemRow {
	price_list: string;
	product: string;
	min_quantity_milli: number | string;
	unit_price: number | string;
}

export interface CustomerPricingContext {
	customerId: string;
	currency: string;
	customerListId: string | null;
	groupListIds: string[];
	channelListId: string | null;
}

/** The price lists that apply to a customer, in the order resolution tries them. Reference data: read by the CRM itself. */
export async function loadCustomerPricingContext(knex: Knex, customerId: string): Promise<CustomerPricingContext | null> {
	const customer = (await knex('crm_customers').select('id', 'currency', 'price_list', 'sales_channel').where('id', customerId).first()) as CustomerPricingRow | undefined;
	if (!customer) return null;

	const [channel, groups] = await queryAll(knex, [
		() => (customer.sales_channel ? (knex('crm_sales_channels').select('price_list').where('id', customer.sales_channel).first() as Promise<{ price_list: string | null } | undefined>) : Promise.resolve(undefined)),
		() =>
			knex('crm_customers_customer_groups as j')
			.join('crm_customer_groups as g', 'g.id', 'j.crm_customer_groups_id')
			.where('j.crm_customers_id', customerId)
			.whereNotNull('g.price_list')
			.select('g.price_list', 'g.price_list_priority', 'g.code') as Promise<GroupListRow[]>,
	]);

	return {
		customerId,
		currency: customer.currency,
		customerListId: customer.price_list ?? null,
		groupListIds: groupPriceListIds(groups.map((g) => ({ priceListId: g.price_list, priority: Number(g.price_list_priority ?? 100), code: String(g.code ?? '') }))),
		channelListId: channel?.price_list ?? null,
	};
}

/** Every price list with its items for the given products. */
export async function loadPriceListsForProducts(knex: Knex, productIds: readonly string[]): Promise<PriceList[]> {
	const [lists, items] = await queryAll(knex, [() => knex('crm_price_lists').select('*') as Promise<PriceListRow[]>, () => knex('crm_price_list_items').select('price_list', 'product', 'min_quantity_milli', 'unit_price').whereIn('product', [...productIds]) as Promise<PriceListItemRow[]>]);
	const itemsByList = new Map<string, PriceListItemRow[]>();
	for (const item of items) itemsByList.set(item.price_list, [...(itemsByList.get(item.price_list) ?? []), item]);

	return lists.map((row) => ({
		id: row.id,
		code: row.code,
		name: row.name,
		currency: row.currency,
		kind: row.kind,
		validFrom: toDay(row.valid_from),
		validTo: toDay(row.valid_to),
		active: Boolean(row.active),
		parentId: row.parent ?? null,
		derivationBp: row.derivation_bp ?? null,
		roundingStep: row.rounding_step === null || row.rounding_step === undefined ? null : Number(row.rounding_step),
		roundingMode: row.rounding_mode ?? 'half-up',
		items: (itemsByList.get(row.id) ?? []).map((i) => ({ productId: i.product, minQuantityMilli: Number(i.min_quantity_milli), unitPrice: Number(i.unit_price) })),
	}));
}

/**
 * A `date` column as 'YYYY-MM-DD'. Directus keeps dates on SQLite as epoch milliseconds of local
 * midnight and PostgreSQL drivers hand back Date objects or text; raw reads must normalise them.
 */
export function toDay(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	const d = value instanceof Date ? value : new Date(Number(value));
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

import type { DiscountConditions, DiscountEffect, DiscountRule, IsoWeekday, PromoCode, PromoCodeKind, QuantityTier, SpecialOffer } from '@crm/core';
import { CrmError } from '@crm/core';
import { toDay } from '../load-pricing-context.ts';

/** A count, amount or basis-point column: bigint arrives as text on PostgreSQL; empty is null. */
type NumberCell = number | string | null;
/** A flag column: boolean on PostgreSQL, 0/1 on SQLite. */
type FlagCell = boolean | number;

/** A crm_discount_rules row as the drivers return it (JSON columns as text on SQLite, parsed on PostgreSQL; dates as text, Date or epoch). */
export interface DiscountRuleRow {
	id: string;
	code: string;
	name: string;
	active: FlagCell;
	priority: NumberCell;
	combination: string | null;
	combination_group: string | null;
	currency: string | null;
	offer: string | null;
	campaign: string | null;
	effect_kind: string;
	discount_bp: NumberCell;
	amount: NumberCell;
	buy_quantity_milli: NumberCell;
	free_quantity_milli: NumberCell;
	tiers: unknown;
	customer_categories: unknown;
	customer_statuses: unknown;
	weekdays: unknown;
	min_quantity_milli: NumberCell;
	max_quantity_milli: NumberCell;
	min_line_amount: NumberCell;
	min_order_amount: NumberCell;
	valid_from: unknown;
	valid_to: unknown;
	first_order_only: FlagCell;
	requires_code: FlagCell;
}

/** A crm_special_offers row: its limits and dates (usage is counted from the redemptions). */
export interface SpecialOfferRow {
	id: string;
	code: string;
	name: string;
	active: FlagCell;
	valid_from: unknown;
	valid_to: unknown;
	max_uses: NumberCell;
	max_uses_per_customer: NumberCell;
	max_quantity_milli: NumberCell;
	max_quantity_per_customer_milli: NumberCell;
}

/** A crm_promo_codes row. */
export interface PromoCodeRow {
	id: string;
	code: string;
	offer: string;
	kind: string;
	active: FlagCell;
	valid_from: unknown;
	valid_to: unknown;
	max_uses: NumberCell;
	customer: string | null;
}

/** The rule's m2m conditions, as lists of related ids. */
export interface RuleLinks {
	customers?: string[];
	customerGroups?: string[];
	customerSegments?: string[];
	regions?: string[];
	salesChannels?: string[];
	products?: string[];
	productGroups?: string[];
	productSegments?: string[];
}

/** Junction table → the RuleLinks key and the related id column. */
export const RULE_JUNCTIONS: readonly { table: string; key: keyof RuleLinks; column: string }[] = [
	{ table: 'crm_discount_rules_customers', key: 'customers', column: 'crm_customers_id' },
	{ table: 'crm_discount_rules_customer_groups', key: 'customerGroups', column: 'crm_customer_groups_id' },
	{ table: 'crm_discount_rules_customer_segments', key: 'customerSegments', column: 'crm_market_segments_id' },
	{ table: 'crm_discount_rules_regions', key: 'regions', column: 'crm_regions_id' },
	{ table: 'crm_discount_rules_sales_channels', key: 'salesChannels', column: 'crm_sales_channels_id' },
	{ table: 'crm_discount_rules_products', key: 'products', column: 'crm_products_id' },
	{ table: 'crm_discount_rules_product_groups', key: 'productGroups', column: 'crm_product_groups_id' },
	{ table: 'crm_discount_rules_product_segments', key: 'productSegments', column: 'crm_market_segments_id' },
];

const invalid = (field: string, message: string) => new CrmError('CRM_DISCOUNT_RULE_INVALID', message, { field });

/** A JSON column as a value: drivers return text (SQLite) or parsed JSON (PostgreSQL). */
function json(value: unknown, field: string): unknown {
	if (typeof value !== 'string') return value ?? null;
	try {
		return JSON.parse(value);
	} catch {
		throw invalid(field, `"${field}" is not valid JSON.`);
	}
}

function stringList(value: unknown, field: string): string[] {
	const v = json(value, field);
	if (v === null || v === undefined) return [];
	if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw invalid(field, `"${field}" must be a list of texts, e.g. ["A", "B"].`);
	return v as string[];
}

function weekdays(value: unknown): IsoWeekday[] {
	const v = json(value, 'weekdays');
	if (v === null || v === undefined) return [];
	const list = Array.isArray(v) ? v.map((x) => (typeof x === 'string' && /^\d$/.test(x) ? Number(x) : x)) : null;
	if (!list || list.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) throw invalid('weekdays', '"weekdays" must be a list of ISO weekdays 1 (Monday) … 7 (Sunday).');
	return list as IsoWeekday[];
}

function tiers(value: unknown): QuantityTier[] | undefined {
	const v = json(value, 'tiers');
	if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return undefined;
	if (!Array.isArray(v)) throw invalid('tiers', '"tiers" must be a list of { min_quantity_milli, value }.');
	return v.map((t: unknown, i) => {
		// An element of a JSON list: anything the author wrote.
		const tier = (t ?? {}) as Record<string, unknown>;
		const min = Number(tier['min_quantity_milli'] ?? tier['minQuantityMilli']);
		const val = Number(tier['value']);
		if (typeof t !== 'object' || !Number.isSafeInteger(min) || !Number.isSafeInteger(val)) throw invalid('tiers', `tiers[${i}] needs whole numbers min_quantity_milli and value.`);
		return { minQuantityMilli: min, value: val };
	});
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

function effectOf(row: DiscountRuleRow): DiscountEffect {
	const t = tiers(row.tiers);
	const withTiers = <E extends object>(e: E): E => (t ? { ...e, tiers: t } : e);
	switch (row.effect_kind) {
		case 'percent':
			return withTiers({ kind: 'percent', bp: num(row.discount_bp) ?? 0 });
		case 'order_percent':
			return { kind: 'order_percent', bp: num(row.discount_bp) ?? 0 };
		case 'amount_per_unit':
			return withTiers({ kind: 'amount_per_unit', amount: num(row.amount) ?? 0 });
		case 'fixed_price':
			return withTiers({ kind: 'fixed_price', unitPrice: num(row.amount) ?? 0 });
		case 'order_amount':
			return { kind: 'order_amount', amount: num(row.amount) ?? 0 };
		case 'free_units':
			return { kind: 'free_units', buyMilli: num(row.buy_quantity_milli) ?? 0, freeMilli: num(row.free_quantity_milli) ?? 0 };
		default:
			throw invalid('effect_kind', `Unknown effect "${String(row.effect_kind)}".`);
	}
}

/** A rule row's conditions: its m2m links, and its columns for categories, statuses, quantities, amounts, dates and days. */
function conditionsOf(row: DiscountRuleRow, links: RuleLinks): DiscountConditions {
	return {
		customerIds: links.customers ?? [],
		customerGroupIds: links.customerGroups ?? [],
		customerCategories: stringList(row.customer_categories, 'customer_categories').map((c) => c.trim().toUpperCase()),
		customerSegmentIds: links.customerSegments ?? [],
		regionIds: links.regions ?? [],
		customerStatuses: stringList(row.customer_statuses, 'customer_statuses'),
		channelIds: links.salesChannels ?? [],
		productIds: links.products ?? [],
		productGroupIds: links.productGroups ?? [],
		productSegmentIds: links.productSegments ?? [],
		minQuantityMilli: num(row.min_quantity_milli),
		maxQuantityMilli: num(row.max_quantity_milli),
		minLineAmount: num(row.min_line_amount),
		minOrderAmount: num(row.min_order_amount),
		validFrom: toDay(row.valid_from),
		validTo: toDay(row.valid_to),
		weekdays: weekdays(row.weekdays),
		firstOrderOnly: Boolean(row.first_order_only),
		campaignId: row.campaign ?? null,
		requiresCode: Boolean(row.requires_code),
	};
}

/** A crm_discount_rules row and its m2m links as the engine's rule. Throws CRM_DISCOUNT_RULE_INVALID for malformed JSON columns. */
export function toDiscountRule(row: DiscountRuleRow, links: RuleLinks = {}): DiscountRule {
	const conditions = conditionsOf(row, links);
	return {
		id: row.id,
		code: row.code,
		name: row.name,
		active: Boolean(row.active),
		priority: Number(row.priority ?? 100),
		// Not checked here: assertValidDiscountRule names an unknown combination.
		combination: (row.combination ?? 'cumulative') as DiscountRule['combination'],
		combinationGroup: row.combination_group || null,
		currency: row.currency || null,
		offerId: row.offer ?? null,
		conditions,
		effect: effectOf(row),
	};
}

export function toSpecialOffer(row: SpecialOfferRow, used: SpecialOffer['used'] = { uses: 0, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 }): SpecialOffer {
	return {
		id: row.id,
		code: row.code,
		name: row.name,
		active: Boolean(row.active),
		validFrom: toDay(row.valid_from),
		validTo: toDay(row.valid_to),
		maxUses: num(row.max_uses),
		maxUsesPerCustomer: num(row.max_uses_per_customer),
		maxQuantityMilli: num(row.max_quantity_milli),
		maxQuantityPerCustomerMilli: num(row.max_quantity_per_customer_milli),
		used,
	};
}

export function toPromoCode(row: PromoCodeRow, uses = 0, customerUses = 0): PromoCode {
	return {
		id: row.id,
		code: String(row.code).toUpperCase(),
		offerId: row.offer,
		kind: row.kind as PromoCodeKind,
		active: Boolean(row.active),
		validFrom: toDay(row.valid_from),
		validTo: toDay(row.valid_to),
		maxUses: num(row.max_uses),
		customerId: row.customer ?? null,
		uses,
		customerUses,
	};
}

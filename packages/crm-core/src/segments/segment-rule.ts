/**
 * A segment defined by rules: which customers (M2) or products (M1) belong to it, as data that the
 * Studio edits and the server turns into one SQL query. Amounts are minor units of the base currency.
 */
export type SegmentTarget = 'customers' | 'products';

/** Customer attributes a rule may test, each a column of crm_customers. */
export const CUSTOMER_ATTRIBUTES = ['status', 'category', 'kind', 'region', 'sales_channel', 'owner', 'country'] as const;
/** Product attributes a rule may test, each a column of crm_products. */
export const PRODUCT_ATTRIBUTES = ['kind', 'unit', 'group'] as const;

export type CustomerAttribute = (typeof CUSTOMER_ATTRIBUTES)[number];
export type ProductAttribute = (typeof PRODUCT_ATTRIBUTES)[number];

/** The attribute holds one of `values` (or, negated, none of them; an empty attribute is "none of them"). */
export interface AttributeCondition {
	kind: 'attribute';
	attribute: CustomerAttribute | ProductAttribute;
	values: string[];
	negate: boolean;
}

/** A member of at least one of these customer groups (customers) or under one of these product groups (products, subgroups included). */
export interface GroupCondition {
	kind: 'in_group';
	groups: string[];
	negate: boolean;
}

/** A member of at least one of these (manual or rule) segments: segments built on segments. */
export interface SegmentCondition {
	kind: 'in_segment';
	segments: string[];
	negate: boolean;
}

/**
 * Bought any of these products, or a product under any of these product groups, on an order that was
 * not cancelled, within the last `withinDays` days (null: ever). Negated: "never bought Y".
 */
export interface BoughtCondition {
	kind: 'bought';
	products: string[];
	productGroups: string[];
	withinDays: number | null;
	negate: boolean;
}

/** Net revenue in the base currency over the last `withinDays` days, at least and/or below a bound. */
export interface RevenueCondition {
	kind: 'revenue';
	withinDays: number;
	atLeast: number | null;
	below: number | null;
}

/** No order (not cancelled) for `days` days: customers who never ordered included. */
export interface NoOrderCondition {
	kind: 'no_order_for';
	days: number;
}

export type CustomerCondition = AttributeCondition | GroupCondition | SegmentCondition | BoughtCondition | RevenueCondition | NoOrderCondition;
export type ProductCondition = AttributeCondition | GroupCondition | SegmentCondition;
export type AnyCondition = CustomerCondition;

export interface SegmentRule {
	/** `all`: every condition holds; `any`: at least one does. */
	match: 'all' | 'any';
	conditions: AnyCondition[];
}

/** Conditions that read order history: only for customer segments. */
export const PURCHASE_CONDITIONS: readonly AnyCondition['kind'][] = ['bought', 'revenue', 'no_order_for'];

/**
 * A segment defined by rules: which customers (M2) or products (M1) belong to it, as data that the
 * Studio edits and the server turns into one SQL query. Amounts are minor units of the base currency.
 */
export type SegmentTarget = 'customers' | 'products';

/** What an attribute's values must be: a record's id, a country code, free text, or one of fixed choices. */
export type AttributeValues = 'id' | 'country' | 'text' | readonly string[];

/** Customer attributes a rule may test, each a column of crm_customers, with what their values are. */
export const CUSTOMER_ATTRIBUTE_VALUES = {
	status: ['prospect', 'active', 'key', 'blocked', 'lost'],
	category: 'text',
	kind: ['company', 'person'],
	region: 'id',
	sales_channel: 'id',
	owner: 'id',
	country: 'country',
} as const satisfies Record<string, AttributeValues>;

/** Product attributes a rule may test, each a column of crm_products. */
export const PRODUCT_ATTRIBUTE_VALUES = {
	kind: ['goods', 'service'],
	unit: ['pcs', 'kg', 'm', 'l', 'h', 'day', 'month', 'pack', 'set'],
	group: 'id',
} as const satisfies Record<string, AttributeValues>;

export type CustomerAttribute = keyof typeof CUSTOMER_ATTRIBUTE_VALUES;
export type ProductAttribute = keyof typeof PRODUCT_ATTRIBUTE_VALUES;

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

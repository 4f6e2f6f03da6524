import { type Period, type ProductGroupLevel, type ProductGroupParents, productGroupSubtree, readsOrderLines, type SalesDimension, type SalesFilters, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import type { ReadAccess } from './read-access.ts';

/** Where the analytics read: the database, what the caller may read of it, and the product-group tree (each group's parent). */
export interface AnalyticsSource {
	knex: Knex;
	access: ReadAccess;
	groups: ProductGroupParents;
}

/** One figure set's rows: the period and the one it is compared with, the filters, the breakdown. */
export interface FactsSpec {
	period: Period;
	comparison: Period | null;
	filters: SalesFilters;
	by: SalesDimension | null;
	/** For by=product_group: the level of the tree the rows are. */
	level: ProductGroupLevel | null;
	/** Read the order lines' quantities too (`qty`, milli-units): quantity plans count them. */
	quantities?: boolean;
}

// The fields each analysis reads, as the caller's policy must grant them.
export const ORDER_FIELDS = ['id', 'status', 'order_date', 'customer', 'owner', 'net_total_base', 'cost_total_base'];
const LINE_FIELDS = ['id', 'order', 'product', 'net_amount_base', 'cost_base'];
const CUSTOMER_FIELDS = ['id', 'region', 'sales_channel'];
const MEMBERSHIP_FIELDS = ['id', 'crm_customers_id', 'crm_customer_groups_id'];
const PRODUCT_FIELDS = ['id', 'group'];
const MEMBERSHIPS = 'crm_customers_customer_groups';

/** Rows whose `column` (a date) lies in the period or in the comparison period. */
export function inPeriods(knex: Knex, column: string, spec: Pick<FactsSpec, 'period' | 'comparison'>) {
	const between = (p: Period) => [dayForDriver(knex, p.from), dayForDriver(knex, p.to)] as const;
	return (w: Knex.QueryBuilder) => {
		w.whereBetween(column, between(spec.period));
		if (spec.comparison) w.orWhereBetween(column, between(spec.comparison));
	};
}

/** The orders that count (neither drafts nor cancelled) of both periods, as far as the caller may read them. */
function countedOrders(src: AnalyticsSource, spec: FactsSpec): Knex.QueryBuilder {
	const query = src.knex('crm_orders as o').whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES).where(inPeriods(src.knex, 'o.order_date', spec));
	return src.access.restrict(query, 'crm_orders', 'o.id', ORDER_FIELDS);
}

/** Keeps rows whose `column` is a customer the filters allow: by id, region, sales channel, customer group. */
export function filterCustomers(src: AnalyticsSource, query: Knex.QueryBuilder, filters: SalesFilters, column: string): void {
	const { knex, access } = src;
	if (filters.customer) query.whereIn(column, filters.customer);
	for (const field of ['region', 'sales_channel'] as const) {
		const ids = filters[field];
		if (ids) query.whereIn(column, access.restrict(knex('crm_customers').select('crm_customers.id').whereIn(`crm_customers.${field}`, ids), 'crm_customers', 'crm_customers.id', CUSTOMER_FIELDS));
	}
	if (filters.customer_group) query.whereIn(column, access.restrict(knex(MEMBERSHIPS).select(`${MEMBERSHIPS}.crm_customers_id`).whereIn(`${MEMBERSHIPS}.crm_customer_groups_id`, filters.customer_group), MEMBERSHIPS, `${MEMBERSHIPS}.id`, MEMBERSHIP_FIELDS));
}

/** Keeps lines of the products filtered on, and of the product groups filtered on with every group below them. */
function filterProducts(src: AnalyticsSource, query: Knex.QueryBuilder, filters: SalesFilters): void {
	if (filters.product) query.whereIn('l.product', filters.product);
	if (!filters.product_group) return;
	const groups = productGroupSubtree(src.groups, filters.product_group);
	query.whereIn('l.product', src.access.restrict(src.knex('crm_products').select('crm_products.id').whereIn('crm_products.group', groups), 'crm_products', 'crm_products.id', PRODUCT_FIELDS));
}

/** 'YYYY-MM' of an order's day; SQLite keeps days as local midnight in epoch milliseconds (see dayForDriver). */
export function monthOf(knex: Knex, column = 'o.order_date'): Knex.Raw {
	return knex.client.config.client === 'pg' ? knex.raw(`to_char(${column}, 'YYYY-MM')`) : knex.raw(`strftime('%Y-%m', ${column} / 1000, 'unixepoch', 'localtime')`);
}

/**
 * Joins each product group to the row of the tree level it rolls up into (its index among the level's
 * nodes), from a small table of (group, index) written into the query: a hash lookup per line. Groups
 * of no node (products directly in the parent, or in no group) get -1.
 */
function joinGroupNodes(knex: Knex, query: Knex.QueryBuilder, level: ProductGroupLevel): Knex.Raw {
	const pairs = level.nodes.flatMap((n, index) => n.members.map((group) => [group, index] as const));
	if (pairs.length === 0) return knex.raw('-1');
	const id = knex.client.config.client === 'pg' ? '?::uuid' : '?';
	const values = knex.raw(`(SELECT column1 AS grp, column2 AS node FROM (VALUES ${pairs.map(([, index]) => `(${id}, ${index})`).join(', ')}) AS v)`, pairs.map(([group]) => group));
	query.leftJoin(knex.raw('? AS m', [values]), 'm.grp', 'p.group');
	return knex.raw('COALESCE(m.node, -1)');
}

/** Joins the customer, for breakdowns by what the customer is (their region, channel), as far as the caller may read them. */
function joinCustomers(src: AnalyticsSource, query: Knex.QueryBuilder): void {
	query.join('crm_customers as c', 'c.id', 'o.customer');
	src.access.restrict(query, 'crm_customers', 'c.id', CUSTOMER_FIELDS);
}

/** A customer in several groups counts in each; one in none counts under no group. */
function joinMemberships(src: AnalyticsSource, query: Knex.QueryBuilder): void {
	if (src.access.all) {
		query.leftJoin(`${MEMBERSHIPS} as g`, 'g.crm_customers_id', 'o.customer');
		return;
	}
	const readable = src.access.restrict(src.knex(MEMBERSHIPS).select(`${MEMBERSHIPS}.crm_customers_id`, `${MEMBERSHIPS}.crm_customer_groups_id`), MEMBERSHIPS, `${MEMBERSHIPS}.id`, MEMBERSHIP_FIELDS);
	query.leftJoin(readable.as('g'), 'g.crm_customers_id', 'o.customer');
}

/** The breakdown's key of a row (null: none), with the joins it needs. */
function keyOf(src: AnalyticsSource, query: Knex.QueryBuilder, spec: FactsSpec): string | Knex.Raw | null {
	switch (spec.by) {
		case 'rep': return 'o.owner';
		case 'customer': return 'o.customer';
		case 'product': return 'l.product';
		case 'month': return monthOf(src.knex);
		case 'region':
		case 'sales_channel':
			joinCustomers(src, query);
			return `c.${spec.by}`;
		case 'customer_group':
			joinMemberships(src, query);
			return 'g.crm_customer_groups_id';
		case 'product_group':
			query.join('crm_products as p', 'p.id', 'l.product');
			src.access.restrict(query, 'crm_products', 'p.id', PRODUCT_FIELDS);
			return joinGroupNodes(src.knex, query, spec.level ?? { parent: null, nodes: [] });
		default: return null;
	}
}

/**
 * One row per order (or, when products are looked at, per order line) that counts in either period, as
 * far as the caller may read it: `k` the breakdown's key, `rev` and `cost` in minor units of the base
 * currency, `ord` and `cust` to count orders and customers, `cur` 1 in the period and 0 in the comparison.
 */
export function salesFacts(src: AnalyticsSource, spec: FactsSpec): Knex.QueryBuilder {
	const { knex } = src;
	const lines = countsLines(spec);
	const query = countedOrders(src, spec);
	if (lines) src.access.restrict(query.join('crm_order_lines as l', 'l.order', 'o.id'), 'crm_order_lines', 'l.id', spec.quantities ? [...LINE_FIELDS, 'quantity_milli'] : LINE_FIELDS);
	filterCustomers(src, query, spec.filters, 'o.customer');
	if (spec.filters.rep) query.whereIn('o.owner', spec.filters.rep);
	if (lines) filterProducts(src, query, spec.filters);
	const key = keyOf(src, query, spec);
	return query.select(
		key === null ? knex.raw('NULL as k') : knex.raw(typeof key === 'string' ? '?? as k' : '? as k', [key]),
		knex.raw('?? as rev', [lines ? 'l.net_amount_base' : 'o.net_total_base']),
		knex.raw('COALESCE(??, 0) as cost', [lines ? 'l.cost_base' : 'o.cost_total_base']),
		'o.id as ord',
		'o.customer as cust',
		knex.raw('CASE WHEN o.order_date >= ? THEN 1 ELSE 0 END as cur', [dayForDriver(knex, spec.period.from)]),
		...(spec.quantities ? [knex.raw('l.quantity_milli as qty')] : []),
	);
}

/** Whether rows of one key may repeat an order (order lines), so orders must be counted distinct. */
export const countsLines = (spec: Pick<FactsSpec, 'by' | 'filters' | 'quantities'>) => readsOrderLines(spec.by, spec.filters) || spec.quantities === true;

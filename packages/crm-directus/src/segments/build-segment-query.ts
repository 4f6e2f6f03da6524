import { addDays, type AnyCondition, type BoughtCondition, type SegmentRule, type SegmentTarget, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';

const TABLE: Record<SegmentTarget, string> = { customers: 'crm_customers', products: 'crm_products' };
/** Where a segment's members are kept: the junction of customers or of products, and its member column. */
export const SEGMENT_MEMBERS: Readonly<Record<SegmentTarget, readonly [table: string, member: string]>> = {
	customers: ['crm_customers_market_segments', 'crm_customers_id'],
	products: ['crm_products_market_segments', 'crm_products_id'],
};

/**
 * An order's net total in the base currency: its gross total in the base currency (fixed when it was
 * priced) scaled by net ÷ gross, truncated to a whole minor unit the same way on PostgreSQL and SQLite.
 * In the base currency itself this is the net total exactly.
 */
function netBase(knex: Knex): Knex.Raw {
	const product = knex.client.config.client === 'pg' ? 'CAST(o.net_total AS numeric) * o.gross_total_base' : 'o.net_total * o.gross_total_base';
	const divide = knex.client.config.client === 'pg' ? `TRUNC(${product} / o.gross_total)` : `${product} / o.gross_total`;
	return knex.raw(`CASE WHEN o.gross_total IS NULL OR o.gross_total = 0 OR o.gross_total_base IS NULL THEN 0 ELSE ${divide} END`);
}

type Where = (q: Knex.QueryBuilder) => void;

/** The customer's purchases (orders that are neither drafts nor cancelled), on or after `since` when given. */
function purchases(knex: Knex, since: string | null): Knex.QueryBuilder {
	const q = knex('crm_orders as o').whereRaw('o.customer = m.id').whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES);
	return since ? q.where('o.order_date', '>=', dayForDriver(knex, since)) : q;
}

/** The order lines of a customer's purchases of the condition's products, within its window. */
function boughtLines(knex: Knex, c: BoughtCondition, today: string): Knex.QueryBuilder {
	return purchases(knex, c.withinDays === null ? null : addDays(today, -c.withinDays))
		.join('crm_order_lines as l', 'l.order', 'o.id')
		.join('crm_products as p', 'p.id', 'l.product')
		.where((w) => {
			if (c.products.length) w.orWhereIn('l.product', c.products);
			if (c.productGroups.length) w.orWhereIn('p.group', c.productGroups);
		});
}

function conditionWhere(knex: Knex, c: AnyCondition, target: SegmentTarget, today: string): Where {
	const negated = (holds: Where): Where => (q) => ('negate' in c && c.negate ? q.whereNot(holds) : q.where(holds));
	switch (c.kind) {
		case 'attribute':
			// "Not in" keeps members whose attribute is empty: they are in none of the values.
			return negated((q) => void q.whereIn(`m.${c.attribute}`, c.values));
		case 'in_group':
			if (target === 'products') return negated((q) => void q.whereIn('m.group', c.groups));
			return negated((q) => void q.whereExists(knex('crm_customers_customer_groups as j').whereRaw('j.crm_customers_id = m.id').whereIn('j.crm_customer_groups_id', c.groups)));
		case 'in_segment': {
			const [table, member] = SEGMENT_MEMBERS[target];
			return negated((q) => void q.whereExists(knex(`${table} as j`).whereRaw(`j.${member} = m.id`).whereIn('j.crm_market_segments_id', c.segments)));
		}
		case 'bought':
			return negated((q) => void q.whereExists(boughtLines(knex, c, today)));
		case 'revenue': {
			const revenue = purchases(knex, addDays(today, -c.withinDays)).select(knex.raw(`COALESCE(SUM(${netBase(knex).toQuery()}), 0)`));
			return (q) => {
				if (c.atLeast !== null) q.whereRaw('(?) >= ?', [revenue.clone(), c.atLeast]);
				if (c.below !== null) q.whereRaw('(?) < ?', [revenue.clone(), c.below]);
			};
		}
		case 'no_order_for':
			return (q) => void q.whereNotExists(purchases(knex, addDays(today, -c.days)));
	}
}

/**
 * One query that selects the ids of the customers or products a segment rule holds (member alias
 * `m`, in name order), built with knex for PostgreSQL and SQLite alike: the database does the work, Node never
 * loads all customers. Windows count back from `today` (an ISO day): "within 90 days" is
 * order_date ≥ today − 90. Product groups must already be expanded (expandSegmentRule).
 */
export function buildSegmentQuery(knex: Knex, rule: SegmentRule, target: SegmentTarget, today: string): Knex.QueryBuilder {
	const wheres = rule.conditions.map((c) => conditionWhere(knex, c, target, today));
	return knex(`${TABLE[target]} as m`)
		.select('m.id')
		.orderBy([{ column: 'm.name' }, { column: 'm.id' }])
		.where((all) => {
			for (const where of wheres) {
				if (rule.match === 'all') all.andWhere(where);
				else all.orWhere(where);
			}
		});
}

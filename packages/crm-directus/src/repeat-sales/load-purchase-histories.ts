import { type PurchaseHistory, UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';
import type { ReadAccess } from '../analytics/read-access.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';

type Row = Record<string, unknown>;

export interface PurchaseScope {
	/** 'YYYY-MM-DD': orders after it are not counted (the list as of that day). */
	date: string;
	/** Only the customers this rep owns; null: every customer readable. */
	rep: string | null;
}

/**
 * S6.9 — the days each customer bought each product group on: the counted orders (neither drafts nor cancelled)
 * up to the day, their lines' products' groups, one row per customer × group × day. Every collection read is
 * restricted to what `access` may read (the caller's policy for the API, EVERYTHING for the daily job), so a rep
 * gets only their own customers and a manager their teams'. Products without a group tell no rhythm.
 */
export async function loadPurchaseHistories(knex: Knex, access: ReadAccess, { date, rep }: PurchaseScope): Promise<PurchaseHistory[]> {
	const query = knex('crm_orders as o')
		.join('crm_order_lines as l', 'l.order', 'o.id')
		.join('crm_products as p', 'p.id', 'l.product')
		.join('crm_product_groups as g', 'g.id', 'p.group')
		.join('crm_customers as c', 'c.id', 'o.customer')
		.whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES)
		.where('o.order_date', '<=', dayForDriver(knex, date))
		.distinct('o.customer as cust', 'c.name as cname', 'c.owner as owner', 'p.group as grp', 'g.name as gname', 'o.order_date as day');
	access.restrict(query, 'crm_orders', 'o.id', ['id', 'status', 'order_date', 'customer']);
	access.restrict(query, 'crm_order_lines', 'l.id', ['id', 'order', 'product']);
	access.restrict(query, 'crm_products', 'p.id', ['id', 'group']);
	access.restrict(query, 'crm_product_groups', 'g.id', ['id', 'name']);
	access.restrict(query, 'crm_customers', 'c.id', ['id', 'name', 'owner']);
	if (rep) query.where('c.owner', rep);
	return groupByCustomerAndGroup((await query) as Row[]);
}

function groupByCustomerAndGroup(rows: readonly Row[]): PurchaseHistory[] {
	const histories = new Map<string, PurchaseHistory & { days: string[] }>();
	for (const row of rows) {
		const day = toDay(row['day']);
		if (day === null) continue;
		const key = `${String(row['cust'])}:${String(row['grp'])}`;
		const history = histories.get(key) ?? { customerId: String(row['cust']), customerName: String(row['cname'] ?? ''), ownerId: row['owner'] ? String(row['owner']) : null, productGroupId: String(row['grp']), productGroupName: String(row['gname'] ?? ''), days: [] };
		history.days.push(day);
		histories.set(key, history);
	}
	return [...histories.values()];
}

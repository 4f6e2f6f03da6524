import { UNCOUNTED_ORDER_STATUSES } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

/** Counted orders' baskets, read once: the baskets (each order's products) and how many orders there were. */
export interface OrderBaskets {
	baskets: Iterable<string[]>;
	/** How many orders the baskets came from, known once they have been read. */
	orders: () => number;
}

/**
 * S6.10 — every counted order (neither draft nor cancelled) as a basket of its lines' products, in one query
 * ordered by order so that consecutive rows make a basket; an order without lines is an empty basket (it
 * counts as an order). The whole history is read regardless of who asks: the rules mined from it are aggregate
 * statistics over products, never any customer's data, and nothing but product ids leaves this function.
 */
export async function loadOrderBaskets(knex: Knex): Promise<OrderBaskets> {
	const rows = (await knex('crm_orders as o')
		.leftJoin('crm_order_lines as l', 'l.order', 'o.id')
		.whereNotIn('o.status', UNCOUNTED_ORDER_STATUSES)
		.select('o.id as o', 'l.product as p')
		.orderBy('o.id')) as Row[];
	let orders = 0;
	function* baskets(): Generator<string[]> {
		let current: unknown;
		let basket: string[] | null = null;
		for (const row of rows) {
			if (basket === null || row['o'] !== current) {
				if (basket !== null) yield basket;
				orders++;
				current = row['o'];
				basket = [];
			}
			if (row['p'] !== null && row['p'] !== undefined) basket.push(String(row['p']));
		}
		if (basket !== null) yield basket;
	}
	return { baskets: baskets(), orders: () => orders };
}

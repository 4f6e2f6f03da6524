import { orderAmountInBase } from '../marketing/campaign-budget.ts';
import { isCountedOrderStatus } from '../orders/order-status.ts';
import type { OverviewProductFacts, OverviewRef, SalesFacts, SalesOrderFacts } from './customer-overview-facts.ts';
import type { SalesWindow } from './sales-window.ts';

/** How many products the card names as the customer's best (and shows stock for). */
export const OVERVIEW_TOP_PRODUCTS = 10;

export interface ProductRevenue {
	product: OverviewProductFacts;
	/** Net revenue in the base currency, minor units. */
	revenue: number;
}

export interface SalesSummary {
	currency: string;
	from: string;
	to: string;
	/** Net revenue of the window in the base currency, minor units. */
	total: number;
	orders: number;
	/** Orders in another currency that carry no base total yet: left out of every figure. */
	unconverted_orders: number;
	months: { month: string; revenue: number; orders: number }[];
	/** Left out when the caller may not read order lines. */
	by_product_group?: { group: OverviewRef | null; revenue: number }[];
	top_products?: { product: { id: string; sku: string | null; name: string | null }; group: OverviewRef | null; revenue: number }[];
}

/**
 * An amount of an order in the base currency, at the order's own rate (as campaign figures, attribution
 * and usual baskets count revenue): as it is for an order in the base currency, else through the order's
 * gross total in base ÷ gross total (truncated to a minor unit); null while the order has no base total.
 */
export function amountInBase(amount: number, order: SalesOrderFacts, base: string): number | null {
	if (order.currency === base) return amount;
	if (order.grossTotalBase === null || order.grossTotal === null || order.grossTotal === 0) return null;
	return orderAmountInBase(amount, order.grossTotal, order.grossTotalBase);
}

/** The orders that count as sales in the window: not drafts, not cancelled, ordered from its first to its last day. */
export function countedOrdersOf(orders: readonly SalesOrderFacts[], window: SalesWindow): SalesOrderFacts[] {
	return orders.filter((o) => isCountedOrderStatus(o.status) && o.orderDate >= window.from && o.orderDate <= window.to);
}

function monthlySeries(orders: readonly SalesOrderFacts[], window: SalesWindow, base: string) {
	const months = new Map(window.months.map((month) => [month, { month, revenue: 0, orders: 0 }]));
	let unconverted = 0;
	for (const order of orders) {
		const revenue = amountInBase(order.netTotal, order, base);
		const month = months.get(order.orderDate.slice(0, 7));
		if (revenue === null) unconverted += 1;
		else if (month) {
			month.revenue += revenue;
			month.orders += 1;
		}
	}
	return { months: [...months.values()], unconverted };
}

/** Each product's net revenue of the counted orders, in the base currency, largest first (then by key, for a stable order). */
export function revenueByProduct(sales: SalesFacts, window: SalesWindow, base: string): ProductRevenue[] {
	const orders = new Map(countedOrdersOf(sales.orders, window).map((o) => [o.id, o]));
	const products = new Map((sales.products ?? []).map((p) => [p.id, p]));
	const revenue = new Map<string, number>();
	for (const line of sales.lines ?? []) {
		const order = orders.get(line.orderId);
		const amount = order ? amountInBase(line.netAmount, order, base) : null;
		if (amount !== null) revenue.set(line.productId, (revenue.get(line.productId) ?? 0) + amount);
	}
	return [...revenue]
		.map(([id, amount]) => ({ product: products.get(id) ?? { id, sku: null, name: null, group: null }, revenue: amount }))
		.sort((a, b) => b.revenue - a.revenue || (a.product.id < b.product.id ? -1 : 1));
}

function byProductGroup(products: readonly ProductRevenue[]) {
	const groups = new Map<string, { group: OverviewRef | null; revenue: number }>();
	for (const { product, revenue } of products) {
		const key = product.group?.id ?? '';
		const entry = groups.get(key) ?? { group: product.group, revenue: 0 };
		entry.revenue += revenue;
		groups.set(key, entry);
	}
	return [...groups.values()].sort((a, b) => b.revenue - a.revenue || String(a.group?.name ?? '\uffff').localeCompare(String(b.group?.name ?? '\uffff')));
}

/**
 * The customer's sales of the window in the base currency (A5.2): net revenue per calendar month, per
 * product group and for the best products. Orders that do not count (drafts, cancelled) are left out; so
 * is an order in another currency without its base total, which `unconverted_orders` counts.
 */
export function summarizeSales(sales: SalesFacts, window: SalesWindow, base: string): SalesSummary {
	const orders = countedOrdersOf(sales.orders, window);
	const { months, unconverted } = monthlySeries(orders, window, base);
	const summary: SalesSummary = { currency: base, from: window.from, to: window.to, total: months.reduce((sum, m) => sum + m.revenue, 0), orders: orders.length - unconverted, unconverted_orders: unconverted, months };
	if (sales.lines === undefined) return summary;
	const products = revenueByProduct(sales, window, base);
	const top = products.slice(0, OVERVIEW_TOP_PRODUCTS).map(({ product, revenue }) => ({ product: { id: product.id, sku: product.sku, name: product.name }, group: product.group, revenue }));
	return { ...summary, by_product_group: byProductGroup(products), top_products: top };
}

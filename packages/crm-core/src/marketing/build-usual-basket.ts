import { addDays } from '../calendar/calendar-day.ts';
import { isCountedOrderStatus } from '../orders/order-status.ts';
import { compareIds } from './attribute-order.ts';
import { orderAmountInBase } from './campaign-budget.ts';

/** How far back a customer's orders make their usual basket. */
export const USUAL_BASKET_DAYS = 365;
/** At most this many products: the ones the customer spent most on. */
export const USUAL_BASKET_MAX_PRODUCTS = 20;

/** One line of one of the customer's orders, with what its order says about currency. */
export interface PurchasedLine {
	orderId: string;
	/** 'YYYY-MM-DD'. */
	orderDate: string;
	status: string;
	productId: string;
	quantityMilli: number;
	/** The line's net in the order's currency, minor units. */
	netAmount: number;
	currency: string;
	grossTotal: number;
	grossTotalBase: number | null;
}

/** A product of a basket to price, at a quantity in thousandths of a unit. */
export interface BasketItem {
	productId: string;
	quantityMilli: number;
}

/** The first order day that still counts for a usual basket priced on `today`. */
export function usualBasketSince(today: string): string {
	return addDays(today, -USUAL_BASKET_DAYS);
}

/** The lower median: with an even count, the smaller of the two middle values. */
function lowerMedian(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

interface ProductHistory {
	revenueBase: number;
	/** Quantity per order: two lines of one product in one order are one purchase. */
	byOrder: Map<string, number>;
}

function historyByProduct(lines: readonly PurchasedLine[], today: string, base: string): Map<string, ProductHistory> {
	const since = usualBasketSince(today);
	const products = new Map<string, ProductHistory>();
	for (const l of lines) {
		if (!isCountedOrderStatus(l.status) || l.orderDate < since || l.orderDate > today || l.quantityMilli <= 0) continue;
		const p = products.get(l.productId) ?? { revenueBase: 0, byOrder: new Map<string, number>() };
		// At the order's own rate, as the campaign figures count revenue.
		p.revenueBase += l.currency === base ? l.netAmount : orderAmountInBase(l.netAmount, l.grossTotal, l.grossTotalBase);
		p.byOrder.set(l.orderId, (p.byOrder.get(l.orderId) ?? 0) + l.quantityMilli);
		products.set(l.productId, p);
	}
	return products;
}

/**
 * A customer's usual basket (M3.5): the products of their orders of the last 365 days (up to today;
 * drafts and cancelled orders do not count), the 20 they spent most on (net, in the base currency;
 * ties by product id), each at its median quantity per order. The median, not the mean or the sum:
 * one exceptional bulk order does not make the usual basket, and with an even number of orders the
 * lower of the two middle quantities is taken, so the quantity is one the customer really ordered
 * (a mean could be 1.5 of something sold by the piece, and quantity breaks and tiers judge real
 * quantities). Empty when the customer bought nothing in that time.
 */
export function buildUsualBasket(lines: readonly PurchasedLine[], today: string, base: string): BasketItem[] {
	return [...historyByProduct(lines, today, base)]
		.sort(([a, x], [b, y]) => y.revenueBase - x.revenueBase || compareIds(a, b))
		.slice(0, USUAL_BASKET_MAX_PRODUCTS)
		.map(([productId, p]) => ({ productId, quantityMilli: lowerMedian([...p.byOrder.values()]) }));
}

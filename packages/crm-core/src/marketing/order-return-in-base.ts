import { convertCurrency } from '../money/convert-currency.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { orderAmountInBase } from './campaign-budget.ts';

export interface OrderAmounts {
	currency: string;
	netTotal: number;
	grossTotal: number;
	grossTotalBase: number | null;
}

/** The cost of an order's lines in one product currency: Σ unit cost × thousandths of a unit. */
export interface OrderCost {
	currency: string;
	costTimesMilli: bigint;
}

export interface OrderReturn {
	revenue: number;
	margin: number;
	/** A product currency without a rate to the base: its cost could not be counted. */
	costMissing: boolean;
}

/**
 * An order's net revenue and gross margin in the base currency (M4). Revenue and the costs of products
 * priced in the order's currency go at the order's own rate (as priced); costs in other currencies at the
 * rate of the day to the base; each cost is rounded half up once, after the quantities are summed.
 */
export function orderReturnInBase(order: OrderAmounts, costs: readonly OrderCost[], base: string, rateToBase: (currency: string) => string | null): OrderReturn {
	const atOrderRate = (amount: number) => (order.currency === base ? amount : orderAmountInBase(amount, order.grossTotal, order.grossTotalBase));
	const revenue = atOrderRate(order.netTotal);
	let cost = 0;
	let costMissing = false;
	for (const c of costs) {
		const amount = Number(divideAndRound(c.costTimesMilli, 1000n, 'half-up'));
		if (c.currency === order.currency || c.currency === base) cost += c.currency === base ? amount : atOrderRate(amount);
		else {
			const rate = rateToBase(c.currency);
			if (rate === null) costMissing = true;
			else cost += convertCurrency({ amount, currency: c.currency }, base, rate, 'half-up').amount;
		}
	}
	return { revenue, margin: revenue - cost, costMissing };
}

/**
 * The lines of a customer P&L (A5.3, C2, A5.13), in the order they are read. It starts from revenue at list
 * prices so that the discounts given are a line of their own and the P&L still adds up: revenue at list −
 * discounts = the orders' net revenue, which is what the orders booked.
 */
export const PNL_LINE_KEYS = ['revenue_at_list', 'discounts', 'credit_notes', 'cost_of_goods', 'service', 'logistics', 'marketing', 'payment_delay'] as const;

export type PnlLineKey = (typeof PNL_LINE_KEYS)[number];

/** The lines that lower the profit: everything but the revenue at list prices. */
export type CostLineKey = Exclude<PnlLineKey, 'revenue_at_list'>;

export const COST_LINE_KEYS: readonly CostLineKey[] = ['discounts', 'credit_notes', 'cost_of_goods', 'service', 'logistics', 'marketing', 'payment_delay'];

export const PNL_LINE_LABELS: Readonly<Record<PnlLineKey, string>> = {
	revenue_at_list: 'Revenue at list prices',
	discounts: 'Discounts given',
	credit_notes: 'Credit notes',
	cost_of_goods: 'Cost of goods',
	service: 'Service',
	logistics: 'Logistics',
	marketing: 'Marketing',
	payment_delay: 'Cost of payment delay',
};

/** A cost as the line's signed amount: −amount, and 0 (never −0) for nothing. */
export const asCost = (amount: number): number => (amount === 0 ? 0 : -amount);

/** One line: its signed effect on the profit (revenue +, costs −) and how it was counted, in words. */
export interface PnlLine {
	key: PnlLineKey;
	label: string;
	amount: number;
	explanation: string;
}

/**
 * The P&L's figures, every one in minor units of the base currency. Costs are positive amounts here (the
 * lines carry them negative); the subtotals follow from them exactly:
 * netRevenue = revenueAtList − discounts; revenue = netRevenue − creditNotes; grossMargin = revenue − costOfGoods;
 * costToServe = service + logistics; profit = grossMargin − costToServe − marketing − paymentDelay.
 */
export interface PnlTotals {
	revenueAtList: number;
	discounts: number;
	netRevenue: number;
	creditNotes: number;
	revenue: number;
	costOfGoods: number;
	grossMargin: number;
	service: number;
	logistics: number;
	costToServe: number;
	marketing: number;
	paymentDelay: number;
	profit: number;
}

/** The cost lines of totals by key (what drivers compare). */
export function costOf(totals: PnlTotals, key: CostLineKey): number {
	const map: Record<CostLineKey, number> = {
		discounts: totals.discounts,
		credit_notes: totals.creditNotes,
		cost_of_goods: totals.costOfGoods,
		service: totals.service,
		logistics: totals.logistics,
		marketing: totals.marketing,
		payment_delay: totals.paymentDelay,
	};
	return map[key];
}

/** Totals from the revenue at list and the cost lines: the subtotals are derived, never given. */
export function pnlTotals(revenueAtList: number, costs: Readonly<Record<CostLineKey, number>>): PnlTotals {
	const netRevenue = revenueAtList - costs.discounts;
	const revenue = netRevenue - costs.credit_notes;
	const grossMargin = revenue - costs.cost_of_goods;
	const costToServe = costs.service + costs.logistics;
	return {
		revenueAtList,
		discounts: costs.discounts,
		netRevenue,
		creditNotes: costs.credit_notes,
		revenue,
		costOfGoods: costs.cost_of_goods,
		grossMargin,
		service: costs.service,
		logistics: costs.logistics,
		costToServe,
		marketing: costs.marketing,
		paymentDelay: costs.payment_delay,
		profit: grossMargin - costToServe - costs.marketing - costs.payment_delay,
	};
}

/** Totals summed over customers (subtotals add up as well, so they are summed too). */
export function addTotals(a: PnlTotals, b: PnlTotals): PnlTotals {
	const out = { ...a };
	for (const key of Object.keys(out) as (keyof PnlTotals)[]) out[key] += b[key];
	return out;
}

export const ZERO_TOTALS: PnlTotals = pnlTotals(0, { discounts: 0, credit_notes: 0, cost_of_goods: 0, service: 0, logistics: 0, marketing: 0, payment_delay: 0 });

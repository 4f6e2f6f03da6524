import { divideAndRound } from '../money/divide-and-round.ts';
import { formatAmount, formatBp } from './describe-amounts.ts';
import { COST_LINE_KEYS, type CostLineKey, costOf, PNL_LINE_LABELS, type PnlTotals } from './pnl-lines.ts';

/** One cost line of an unprofitable customer against the portfolio. */
export interface LossDriver {
	key: CostLineKey;
	label: string;
	amount: number;
	/** The line ÷ the customer's revenue at list prices, in basis points; null without sales. */
	shareBp: number | null;
	/** The same share over all customers of the answer; null when they had no sales. */
	normBp: number | null;
	/** The line less what it would be at the portfolio's share of the customer's revenue at list (half up). */
	excess: number;
	explanation: string;
}

const ratioBp = (part: number, whole: number) => (whole <= 0 ? null : Number(divideAndRound(BigInt(part) * 10_000n, BigInt(whole), 'half-up')));

/** The line as it would be at the portfolio's share: revenue at list × portfolio line ÷ portfolio revenue at list, half up. */
function expected(customer: PnlTotals, portfolio: PnlTotals, key: CostLineKey): number {
	if (portfolio.revenueAtList <= 0 || customer.revenueAtList <= 0) return 0;
	return Number(divideAndRound(BigInt(customer.revenueAtList) * BigInt(costOf(portfolio, key)), BigInt(portfolio.revenueAtList), 'half-up'));
}

function describe(d: Unworded, base: string): string {
	if (d.shareBp === null) return `${d.label}: ${formatAmount(d.amount, base)} without any sales in the period.`;
	const norm = d.normBp === null ? 'no sales across the customers to compare with' : `${formatBp(d.normBp)} across all customers`;
	const beyond = d.excess > 0 ? `: ${formatAmount(d.excess, base)} above that share` : '';
	return `${d.label}: ${formatBp(d.shareBp)} of revenue at list prices against ${norm}${beyond}.`;
}

type Unworded = Omit<LossDriver, 'explanation'>;

/** The cost lines against the portfolio, largest excess first, without their words. */
function rankDrivers(customer: PnlTotals, portfolio: PnlTotals): Unworded[] {
	const drivers = COST_LINE_KEYS.map((key, order) => {
		const amount = costOf(customer, key);
		return { key, label: PNL_LINE_LABELS[key], amount, shareBp: ratioBp(amount, customer.revenueAtList), normBp: ratioBp(costOf(portfolio, key), portfolio.revenueAtList), excess: amount - expected(customer, portfolio, key), order };
	});
	// Ties keep the P&L's order, so the first line named is the earliest that explains the loss.
	return drivers.sort((a, b) => b.excess - a.excess || a.order - b.order).map(({ order: _order, ...d }) => d);
}

/** Every cost line of a customer against the portfolio (the customers of the same answer), largest excess first. */
export function lossDrivers(customer: PnlTotals, portfolio: PnlTotals, base: string): LossDriver[] {
	return rankDrivers(customer, portfolio).map((d) => ({ ...d, explanation: describe(d, base) }));
}

/**
 * What makes an unprofitable customer lose money (A5.13): the cost line that lies furthest above what it
 * is across all customers of the answer, relative to the customer's revenue at list prices (revenue at
 * list × the portfolio's line ÷ its revenue at list). Null for a customer who does not lose money.
 */
export function mainLossDriver(customer: PnlTotals, portfolio: PnlTotals, base: string): LossDriver | null {
	if (customer.profit >= 0) return null;
	const main = rankDrivers(customer, portfolio)[0]!;
	return { ...main, explanation: describe(main, base) };
}

export interface DriverSummaryLine {
	key: CostLineKey;
	label: string;
	/** Unprofitable customers for whom this line is the main driver. */
	customers: number;
	/** What those customers lose together (a positive amount). */
	loss: number;
	/** Σ over all unprofitable customers of how far this line lies above the portfolio's share (positive parts only). */
	excess: number;
	normBp: number | null;
}

export interface DriverSummary {
	unprofitable: number;
	loss: number;
	byLine: DriverSummaryLine[];
}

/** The drivers of the unprofitable customers, per cost line; lines that drive most losses first. */
export function summarizeLossDrivers(customers: readonly PnlTotals[], portfolio: PnlTotals, base: string): DriverSummary {
	const byLine = new Map<CostLineKey, DriverSummaryLine>(COST_LINE_KEYS.map((key) => [key, { key, label: PNL_LINE_LABELS[key], customers: 0, loss: 0, excess: 0, normBp: ratioBp(costOf(portfolio, key), portfolio.revenueAtList) }]));
	let unprofitable = 0;
	let loss = 0;
	for (const totals of customers) {
		if (totals.profit >= 0) continue;
		unprofitable += 1;
		loss -= totals.profit;
		const drivers = lossDrivers(totals, portfolio, base);
		const main = byLine.get(drivers[0]!.key)!;
		main.customers += 1;
		main.loss -= totals.profit;
		for (const d of drivers) if (d.excess > 0) byLine.get(d.key)!.excess += d.excess;
	}
	const order = (k: CostLineKey) => COST_LINE_KEYS.indexOf(k);
	return { unprofitable, loss, byLine: [...byLine.values()].sort((a, b) => b.loss - a.loss || b.excess - a.excess || order(a.key) - order(b.key)) };
}

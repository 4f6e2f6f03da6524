import { customerTotals, marginBpOf, type ProfitabilityContext } from './customer-pnl.ts';
import { type DriverSummary, type LossDriver, mainLossDriver, summarizeLossDrivers } from './loss-drivers.ts';
import type { CustomerProfitFacts } from './profit-facts.ts';
import { addTotals, type PnlTotals, ZERO_TOTALS } from './pnl-lines.ts';
import { type WhaleCurve, whaleCurve } from './whale-curve.ts';

/** A customer's place in the portfolio: their P&L figures (the lines' words are GET /crm/customers/:id/profitability's). */
export interface RankedCustomer {
	customer: { id: string; name: string };
	totals: PnlTotals;
	/** profit ÷ revenue in basis points, half up; null without positive revenue. */
	marginBp: number | null;
	/** 1 = the most profitable. */
	rank: number;
	/** For a customer who loses money, the cost line furthest above the portfolio's share; else null. */
	mainDriver: LossDriver | null;
}

export interface ProfitabilitySummary {
	customers: number;
	totals: PnlTotals;
	marginBp: number | null;
	whale: WhaleCurve;
	drivers: DriverSummary;
	/** Every customer, most profitable first (equal profits by name, then id). */
	ranked: RankedCustomer[];
}

/**
 * Customer profitability over a portfolio (C2, A5.13): each customer's P&L, ranked by profit; the totals of
 * every line; the whale curve of cumulative profit; and what drives the losses of the unprofitable ones,
 * each line measured against its share across the whole portfolio.
 */
export function summarizeProfitability(facts: readonly CustomerProfitFacts[], context: ProfitabilityContext): ProfitabilitySummary {
	const pnls = facts.map((f) => {
		const totals = customerTotals(f, context);
		return { customer: f.customer, totals, marginBp: marginBpOf(totals) };
	});
	const totals = pnls.reduce((sum, p) => addTotals(sum, p.totals), ZERO_TOTALS);
	const base = context.baseCurrency;
	const sorted = [...pnls].sort((a, b) => b.totals.profit - a.totals.profit || a.customer.name.localeCompare(b.customer.name) || (a.customer.id < b.customer.id ? -1 : 1));
	return {
		customers: pnls.length,
		totals,
		marginBp: marginBpOf(totals),
		whale: whaleCurve(sorted.map((p) => p.totals.profit)),
		drivers: summarizeLossDrivers(sorted.map((p) => p.totals), totals, base),
		ranked: sorted.map((p, i) => ({ ...p, rank: i + 1, mainDriver: mainLossDriver(p.totals, totals, base) })),
	};
}

/**
 * The ends of the ranked table: the `limit` most profitable customers, and the `limit` least profitable of the
 * rest, the biggest loss first. A customer is listed at most once.
 */
export function tableEnds<T>(ranked: readonly T[], limit: number): { top: T[]; bottom: T[] } {
	const top = ranked.slice(0, limit);
	const bottom = ranked.slice(Math.max(limit, ranked.length - limit)).reverse();
	return { top, bottom };
}

import { divideAndRound } from '../money/divide-and-round.ts';
import { type LogisticsCost, logisticsLine, type PlaceNames, priceShipments } from './logistics-line.ts';
import { marketingLine } from './marketing-line.ts';
import { paymentDelayCost, paymentDelayLine } from './payment-delay-line.ts';
import type { CustomerProfitFacts } from './profit-facts.ts';
import type { ProfitabilityPeriod } from './profitability-period.ts';
import { asCost, type CostLineKey, type PnlLine, type PnlTotals, pnlTotals } from './pnl-lines.ts';
import { costOfGoodsLine, creditNotesLine, discountsLine, revenueAtListLine } from './sales-lines.ts';
import { serviceCost, serviceLine } from './service-line.ts';

/** What every customer's P&L of one answer shares: the period, the base currency, the settings and how much the caller may see. */
export interface ProfitabilityContext {
	baseCurrency: string;
	period: ProfitabilityPeriod;
	/** Annual cost of money owed past due (crm_profitability_settings). */
	paymentDelayRateBp: number;
	logisticsCosts: readonly LogisticsCost[];
	/** Base units for one unit of a currency on the period's last day; null = no rate recorded. */
	rateToBase(currency: string): string | null;
	names: PlaceNames;
	/** Whether the explanations may show what the service desk's time sheets and campaign spend hold. */
	detail: { service: boolean; marketing: boolean };
}

export interface CustomerPnl {
	customer: { id: string; name: string };
	lines: PnlLine[];
	totals: PnlTotals;
	/** profit ÷ revenue in basis points, half up; null without positive revenue. */
	marginBp: number | null;
}

/** profit ÷ revenue in basis points, rounded half up; null when there is no positive revenue to relate it to. */
export function marginBpOf(totals: Pick<PnlTotals, 'profit' | 'revenue'>): number | null {
	if (totals.revenue <= 0) return null;
	return Number(divideAndRound(BigInt(totals.profit) * 10_000n, BigInt(totals.revenue), 'half-up'));
}

/**
 * A customer's P&L over the period (A5.3, C2), line by line with how each was counted: revenue at list
 * prices − discounts given − credit notes − cost of goods − service − logistics − marketing spend attributed −
 * cost of payment delay = profit. Every amount is whole minor units of the base currency; each line's
 * rounding is its own rule's (see the line functions), and the lines add up to the profit exactly.
 */
export function customerPnl(facts: CustomerProfitFacts, context: ProfitabilityContext): CustomerPnl {
	const base = context.baseCurrency;
	const lines: PnlLine[] = [
		revenueAtListLine(facts.sales, base),
		discountsLine(facts.sales, base),
		creditNotesLine(facts.creditNotes, base),
		costOfGoodsLine(facts.sales, base),
		serviceLine(facts.service, base, (c) => context.rateToBase(c), context.detail.service),
		logisticsLine(facts.shipments, context.logisticsCosts, base, context.names),
		marketingLine(facts.marketing, base, context.detail.marketing),
		paymentDelayLine(facts.paymentDelay, context.period, context.paymentDelayRateBp, base),
	];
	const cost = (key: CostLineKey) => asCost(lines.find((l) => l.key === key)!.amount);
	const totals = pnlTotals(lines[0]!.amount, { discounts: cost('discounts'), credit_notes: cost('credit_notes'), cost_of_goods: cost('cost_of_goods'), service: cost('service'), logistics: cost('logistics'), marketing: cost('marketing'), payment_delay: cost('payment_delay') });
	return { customer: facts.customer, lines, totals, marginBp: marginBpOf(totals) };
}

/**
 * A customer's P&L figures without the lines' words, for a portfolio: the same amounts, by the same rules
 * as customerPnl's lines (a unit test holds the two together), for thousands of customers at a time.
 */
export function customerTotals(facts: CustomerProfitFacts, context: ProfitabilityContext): PnlTotals {
	const { sales } = facts;
	const base = context.baseCurrency;
	return pnlTotals(sales.orders === 0 ? 0 : sales.netRevenue + sales.discounts, {
		discounts: sales.discounts,
		credit_notes: facts.creditNotes.count === 0 ? 0 : facts.creditNotes.net,
		cost_of_goods: sales.orders === 0 ? 0 : sales.costOfGoods,
		service: serviceCost(facts.service, base, (c) => context.rateToBase(c)).amount,
		logistics: priceShipments(facts.shipments, context.logisticsCosts).amount,
		marketing: facts.marketing.amount,
		payment_delay: paymentDelayCost(facts.paymentDelay.amountDays, context.paymentDelayRateBp),
	});
}

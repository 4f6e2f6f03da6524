import { count, formatAmount } from './describe-amounts.ts';
import type { CreditNoteFacts, ProfitSalesFacts } from './profit-facts.ts';
import { asCost, PNL_LINE_LABELS, type PnlLine } from './pnl-lines.ts';

const line = (key: PnlLine['key'], amount: number, explanation: string): PnlLine => ({ key, label: PNL_LINE_LABELS[key], amount, explanation });

/**
 * Revenue at list prices = the orders' net revenue + the discounts they gave, so that the discounts line
 * below it brings the P&L back to what the orders booked: never counted twice.
 */
export function revenueAtListLine(sales: ProfitSalesFacts, base: string): PnlLine {
	const amount = sales.netRevenue + sales.discounts;
	if (sales.orders === 0) return line('revenue_at_list', 0, 'No order dated in the period (drafts and cancelled orders do not count).');
	return line('revenue_at_list', amount, `${count(sales.orders, 'order')} dated in the period (neither drafts nor cancelled): ${formatAmount(sales.netRevenue, base)} net of VAT as booked, plus the ${formatAmount(sales.discounts, base)} of discounts they gave; each order at its own rate to ${base}.`);
}

/** The discounts of the orders' pricing records: rules, special offers, promo codes and manual discounts. */
export function discountsLine(sales: ProfitSalesFacts, base: string): PnlLine {
	if (sales.discounts === 0) return line('discounts', 0, 'No discount on the period\'s orders.');
	return line('discounts', asCost(sales.discounts), `Rule, offer, promo-code and manual discounts on the lines of the ${count(sales.orders, 'order')} (their pricing records), each order's converted at its own rate and truncated to a whole ${base} minor unit.`);
}

/** Credit notes issued in the period, net of VAT, whichever period their invoice belongs to. */
export function creditNotesLine(notes: CreditNoteFacts, base: string): PnlLine {
	if (notes.count === 0) return line('credit_notes', 0, 'No credit note issued in the period.');
	return line('credit_notes', asCost(notes.net), `${count(notes.count, 'credit note')} issued in the period, net of VAT (${formatAmount(notes.net, base)}), at each credit note's own rate; a credit note lowers revenue in the period it is issued, whichever period its invoice belongs to.`);
}

/** The goods' cost as each order was priced; lines of products without a cost count 0 and are named. */
export function costOfGoodsLine(sales: ProfitSalesFacts, base: string): PnlLine {
	if (sales.orders === 0) return line('cost_of_goods', 0, 'No order, no goods.');
	const unknown = sales.linesWithoutCost === 0 ? '' : ` ${count(sales.linesWithoutCost, 'line')} without a known product cost count 0.`;
	return line('cost_of_goods', asCost(sales.costOfGoods), `The products' cost × quantity on the ${count(sales.orders, 'order')}, as fixed when each order was priced (${formatAmount(sales.costOfGoods, base)}); goods credited later are not taken back into stock.${unknown}`);
}

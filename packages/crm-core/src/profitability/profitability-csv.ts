import { toCsv } from '../csv/to-csv.ts';
import { formatDecimalAmount } from '../money/minor-units.ts';
import type { PnlTotals } from './pnl-lines.ts';
import type { RankedCustomer } from './summarize-profitability.ts';

/** The columns of the profitability CSV: the P&L lines and subtotals in the order of the P&L. */
export const PROFITABILITY_CSV_HEADER = ['rank', 'customer_id', 'customer', 'revenue_at_list', 'discounts', 'net_revenue', 'credit_notes', 'revenue', 'cost_of_goods', 'gross_margin', 'service', 'logistics', 'cost_to_serve', 'marketing', 'payment_delay', 'profit', 'margin_percent', 'main_loss_driver', 'currency'] as const;

/** Basis points as a percentage with two decimals: 1250 → "12.50", -5 → "-0.05". */
function percentText(bp: number): string {
	const sign = bp < 0 ? '-' : '';
	const digits = String(Math.abs(bp)).padStart(3, '0');
	return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const AMOUNTS: readonly (keyof PnlTotals)[] = ['revenueAtList', 'discounts', 'netRevenue', 'creditNotes', 'revenue', 'costOfGoods', 'grossMargin', 'service', 'logistics', 'costToServe', 'marketing', 'paymentDelay', 'profit'];

/**
 * Every customer's P&L, most profitable first, as CSV (RFC 4180: commas, dot decimals, CRLF), so that a
 * spreadsheet of any locale reads it. Costs are positive amounts in their columns; the margin is a percentage
 * with two decimals (empty without revenue); the driver is named in words.
 */
export function profitabilityCsv(ranked: readonly RankedCustomer[], base: string): string {
	const rows = ranked.map((r) => [
		r.rank,
		r.customer.id,
		r.customer.name,
		...AMOUNTS.map((k) => formatDecimalAmount(r.totals[k], base)),
		r.marginBp === null ? '' : percentText(r.marginBp),
		r.mainDriver?.label ?? '',
		base,
	]);
	return toCsv(PROFITABILITY_CSV_HEADER, rows);
}

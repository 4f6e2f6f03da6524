import { daysBetween } from '../calendar/calendar-day.ts';
import { convertCurrency } from '../money/convert-currency.ts';
import type { OverdueInvoiceFact } from '../orders/credit-check.ts';
import { computeBalance } from '../settlements/compute-balance.ts';
import { computeOpenItems, type OpenItemInvoice } from '../settlements/compute-open-items.ts';
import type { LedgerEntry } from '../settlements/ledger-entry.ts';

/** What a customer owes now, in minor units of the base currency, as credit control needs it. */
export interface CreditExposure {
	creditLimitBase: number | null;
	openBalanceBase: number;
	overdueInvoices: OverdueInvoiceFact[];
}

export interface CreditExposureFacts {
	ledger: readonly LedgerEntry[];
	/** The customer's invoices (not credit notes). */
	invoices: readonly OpenItemInvoice[];
	/** Σ gross in the base currency of the customer's confirmed orders not yet invoiced, the order at hand left out. */
	uninvoicedOrdersBase: number;
	creditLimit: { amount: number; currency: string } | null;
	/** Today's rate to the base currency per currency; a currency without one counts at 1. */
	ratesToBase: ReadonlyMap<string, string>;
	today: string;
	baseCurrency: string;
}

/**
 * The ledger balance plus confirmed orders not yet invoiced, the credit limit converted at today's rate,
 * and the invoices past due with what is open on them, converted at today's rate.
 */
export function creditExposureOf(facts: CreditExposureFacts): CreditExposure {
	const rate = (currency: string) => facts.ratesToBase.get(currency) ?? '1';
	const overdueInvoices = computeOpenItems(facts.ledger, facts.invoices)
		.filter((item) => item.open > 0 && daysBetween(item.dueDate, facts.today) > 0)
		.map((item) => ({ number: item.number, dueDate: item.dueDate, openAmount: convertCurrency({ amount: item.open, currency: item.currency }, facts.baseCurrency, rate(item.currency)).amount }));
	const limit = facts.creditLimit;
	return {
		creditLimitBase: limit === null ? null : convertCurrency(limit, facts.baseCurrency, rate(limit.currency)).amount,
		openBalanceBase: computeBalance(facts.ledger).balanceBase + facts.uninvoicedOrdersBase,
		overdueInvoices,
	};
}

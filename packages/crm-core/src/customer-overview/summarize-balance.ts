import { daysBetween } from '../calendar/calendar-day.ts';
import { computeBalance, type CurrencyBalance } from '../settlements/compute-balance.ts';
import { computeOpenItems } from '../settlements/compute-open-items.ts';
import type { OverviewLedgerFacts } from './customer-overview-facts.ts';

export interface BalanceSummary {
	currency: string;
	/** What the customer owes in the base currency (negative: credit), as GET /crm/customers/:id/balance gives it. */
	balance: number;
	by_currency: CurrencyBalance[];
	/** Invoices with something still to pay. */
	open_items: number;
	/** The open amount of the invoices past their due date, in the base currency (as the ledger booked it). */
	overdue: number;
	overdue_by_currency: CurrencyBalance[];
	overdue_items: number;
	/** Days the oldest overdue invoice is past due; null when nothing is overdue. */
	oldest_days_overdue: number | null;
	/** The earliest due date among the open invoices not yet overdue. */
	next_due_date: string | null;
}

function sumByCurrency(items: readonly { currency: string; open: number }[]): CurrencyBalance[] {
	const sums = new Map<string, number>();
	for (const item of items) sums.set(item.currency, (sums.get(item.currency) ?? 0) + item.open);
	return [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, balance]) => ({ currency, balance }));
}

/**
 * The customer's receivables on `today` (A5.2, from S6's ledger): the balance, what is open, and what of it
 * is overdue — an invoice is overdue from the day after its due date. The overdue amount in the base
 * currency is the ledger's own base amounts of those invoices, so it adds up with the balance.
 */
export function summarizeBalance(ledger: OverviewLedgerFacts, today: string, baseCurrency: string): BalanceSummary {
	const balance = computeBalance(ledger.entries);
	const open = computeOpenItems(ledger.entries, ledger.invoices).filter((item) => item.open > 0);
	const overdue = open.filter((item) => daysBetween(item.dueDate, today) > 0);
	const overdueKeys = new Set(overdue.map((item) => item.key));
	const upcoming = open.filter((item) => !overdueKeys.has(item.key)).map((item) => item.dueDate).sort();
	return {
		currency: baseCurrency,
		balance: balance.balanceBase,
		by_currency: balance.byCurrency,
		open_items: open.length,
		overdue: ledger.entries.filter((e) => e.invoiceKey !== null && overdueKeys.has(e.invoiceKey)).reduce((sum, e) => sum + e.amountBase, 0),
		overdue_by_currency: sumByCurrency(overdue),
		overdue_items: overdue.length,
		oldest_days_overdue: overdue.length === 0 ? null : Math.max(...overdue.map((item) => daysBetween(item.dueDate, today))),
		next_due_date: upcoming[0] ?? null,
	};
}

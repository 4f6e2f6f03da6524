import { toEpochDay } from '../calendar/calendar-day.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { count, formatAmount, formatBp } from './describe-amounts.ts';
import type { PaymentDelayFacts } from './profit-facts.ts';
import { elapsedDays, periodEnd, type ProfitabilityPeriod } from './profitability-period.ts';
import { asCost, PNL_LINE_LABELS, type PnlLine } from './pnl-lines.ts';

/** The annual cost of money a customer holds past its due day, when the settings give none: 8 %. */
export const DEFAULT_PAYMENT_DELAY_RATE_BP = 800;

/**
 * On how many of the period's days a ledger entry of an invoice counts as owed late. What a customer owes on
 * an invoice on day d is the sum of the invoice's entries (the invoice, credit notes, allocations of
 * payments, reversals, exchange differences) dated before d; a day is late when it comes after the due day.
 * So an entry dated `entryDay` counts on the days d with max(due + 1, from, entryDay + 1) ≤ d ≤ end, end being
 * the period's last day or today, whichever is earlier. An invoice of 100.00 due on the 1st and paid on the
 * 11th: the invoice counts 10 more days than the payment (−100.00), so 100.00 × 10 days; paid on time, both
 * count the same days and cancel. The loaders sum amount_base × this per entry in SQL.
 */
export function ledgerEntryOverdueDays(entryDay: string, dueDay: string, period: ProfitabilityPeriod): number {
	const first = Math.max(toEpochDay(dueDay) + 1, toEpochDay(period.from), toEpochDay(entryDay) + 1);
	return Math.max(0, toEpochDay(periodEnd(period)) - first + 1);
}

/** amountDays × the annual rate ÷ 365, rounded half up once per customer. */
export function paymentDelayCost(amountDays: number, rateBp: number): number {
	if (amountDays <= 0) return 0;
	return Number(divideAndRound(BigInt(amountDays) * BigInt(rateBp), 10_000n * 365n, 'half-up'));
}

/** The cost of payment delay: money owed past due, day by day within the period, at the settings' annual rate. */
export function paymentDelayLine(facts: PaymentDelayFacts, period: ProfitabilityPeriod, rateBp: number, base: string): PnlLine {
	const cost = paymentDelayCost(facts.amountDays, rateBp);
	const line = (explanation: string): PnlLine => ({ key: 'payment_delay', label: PNL_LINE_LABELS.payment_delay, amount: asCost(cost), explanation });
	if (facts.amountDays <= 0) return line(`Nothing was owed past its due day in the period (up to ${periodEnd(period)}).`);
	const days = elapsedDays(period);
	const average = days === 0 ? 0 : Math.round(facts.amountDays / days);
	const invoices = facts.detail === null ? '' : ` ${[...facts.detail].sort((a, b) => b.amountDays - a.amountDays).map((i) => `${i.number} (due ${i.dueDate})`).join(', ')}.`;
	return line(`${count(facts.invoices, 'invoice')} owed past the due day: ${formatAmount(average, base)} overdue on average over the period's ${count(days, 'day')} (${formatAmount(facts.amountDays, base)} × days in all), at ${formatBp(rateBp)} a year ÷ 365, rounded half up.${invoices}`);
}

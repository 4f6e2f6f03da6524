import { convertCurrency } from '../money/convert-currency.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { count, formatAmount, formatMinutes } from './describe-amounts.ts';
import type { ServiceCurrencyFacts } from './profit-facts.ts';
import { asCost, PNL_LINE_LABELS, type PnlLine } from './pnl-lines.ts';

/**
 * What one time entry costs: minutes × the specialist's cost per hour ÷ 60, rounded half up per entry — the
 * rule of GET /crm/service/costs (A5.11). The loaders sum it per entry in SQL as (minutes × rate + 30) div 60.
 */
export function serviceTimeCost(minutes: number, costRatePerHour: number): number {
	return Number(divideAndRound(BigInt(minutes) * BigInt(costRatePerHour), 60n, 'half-up'));
}

export interface ServiceCost {
	/** In the base currency. */
	amount: number;
	minutes: number;
	entries: number;
	expenses: number;
	/** Currencies without a rate to the base on the period's last day: their costs are not counted. */
	unconverted: string[];
}

/**
 * Service cost in the base currency: time at cost plus expenses, per currency; another currency converts at
 * the rate of the period's last day (`rateToBase`), half-even, once per customer and currency.
 */
export function serviceCost(facts: readonly ServiceCurrencyFacts[], base: string, rateToBase: (currency: string) => string | null): ServiceCost {
	const out: ServiceCost = { amount: 0, minutes: 0, entries: 0, expenses: 0, unconverted: [] };
	for (const f of facts) {
		out.minutes += f.minutes;
		out.entries += f.entries;
		out.expenses += f.expenses;
		const own = f.timeCost + f.expenseAmount;
		const rate = f.currency === base ? '1' : rateToBase(f.currency);
		if (rate === null) out.unconverted.push(f.currency);
		else out.amount += convertCurrency({ amount: own, currency: f.currency }, base, rate, 'half-even').amount;
	}
	return out;
}

/**
 * The service line. `detailed` = the caller may read the desk's time sheets; otherwise the line says what
 * it counts without the minutes and expenses behind it (a rate would follow from them).
 */
export function serviceLine(facts: readonly ServiceCurrencyFacts[], base: string, rateToBase: (currency: string) => string | null, detailed: boolean): PnlLine {
	const cost = serviceCost(facts, base, rateToBase);
	const missing = cost.unconverted.length === 0 ? '' : ` Costs in ${cost.unconverted.join(', ')} are left out: there is no rate to ${base} on the period's last day.`;
	const line = (explanation: string): PnlLine => ({ key: 'service', label: PNL_LINE_LABELS.service, amount: asCost(cost.amount), explanation: explanation + missing });
	if (cost.entries === 0 && cost.expenses === 0) return line('No service time or expense on the customer\'s requests in the period.');
	if (!detailed) return line('Service time at the specialists\' cost rates and the expenses of the customer\'s requests in the period (the time sheets are the service desk\'s).');
	const time = facts.reduce((s, f) => s + f.timeCost, 0);
	const spent = facts.reduce((s, f) => s + f.expenseAmount, 0);
	const oneCurrency = facts.every((f) => f.currency === base);
	const amounts = oneCurrency ? ` (${formatAmount(time, base)})` : '';
	const expenseAmounts = oneCurrency ? ` (${formatAmount(spent, base)})` : '';
	return line(`${formatMinutes(cost.minutes)} of service time in ${count(cost.entries, 'entry', 'entries')} at the specialists' cost rates${amounts}, rounded half up per entry, and ${count(cost.expenses, 'expense')}${expenseAmounts}, as GET /crm/service/costs counts them.`);
}

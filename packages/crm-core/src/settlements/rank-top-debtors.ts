import { convertCurrency } from '../money/convert-currency.ts';
import type { OpenItem } from './compute-open-items.ts';

export interface RankedDebtor {
	customerId: string;
	/** Everything the customer owes, converted at the day's rates (half-even), in minor units of the base currency. */
	openBase: number;
	byCurrency: { currency: string; open: number }[];
}

/**
 * S6 — who owes the most: open items summed per customer and currency, ranked by their total in the
 * base currency (ties by customer key, so the list is stable), the first `limit` of them.
 */
export function rankTopDebtors(openItems: readonly OpenItem[], customerOf: ReadonlyMap<string, string>, ratesToBase: Readonly<Record<string, string>>, baseCurrency: string, limit = 10): RankedDebtor[] {
	const debts = new Map<string, Map<string, number>>();
	for (const item of openItems) {
		const customer = customerOf.get(item.key)!;
		const byCurrency = debts.get(customer) ?? new Map<string, number>();
		byCurrency.set(item.currency, (byCurrency.get(item.currency) ?? 0) + item.open);
		debts.set(customer, byCurrency);
	}
	const toBase = (open: number, currency: string) => convertCurrency({ amount: open, currency }, baseCurrency, currency === baseCurrency ? '1' : ratesToBase[currency]!, 'half-even').amount;
	return [...debts]
		.map(([customerId, byCurrency]) => ({
			customerId,
			openBase: [...byCurrency].reduce((sum, [currency, open]) => sum + toBase(open, currency), 0),
			byCurrency: [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, open]) => ({ currency, open })),
		}))
		.sort((a, b) => b.openBase - a.openBase || (a.customerId < b.customerId ? -1 : 1))
		.slice(0, limit);
}

import { type BaseAmountLine, type OrderBaseAmounts, orderBaseAmounts } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';

type Row = Record<string, unknown>;

export interface BaseAmountsInput {
	currency: string;
	/** The order's day: costs in a third currency go at that day's rate. */
	day: string;
	grossTotalBase: number | null;
	lines: readonly { product: string; quantity_milli: number | string }[];
	totals: { netTotal: number; grossTotal: number; lines: readonly { netAmount: number }[] };
}

/**
 * The order's amounts in the base currency as it is priced (orderBaseAmounts): its products' cost now,
 * and the rates of the order's day for costs in a third currency. Null without a rate to the base.
 */
export async function priceOrderBaseAmounts(trx: Knex, input: BaseAmountsInput, base: string): Promise<OrderBaseAmounts | null> {
	if (input.grossTotalBase === null) return null;
	const products: Row[] = input.lines.length ? await trx('crm_products').whereIn('id', [...new Set(input.lines.map((l) => l.product))]).select('id', 'cost_price', 'currency') : [];
	const productOf = new Map(products.map((p) => [String(p['id']), p]));
	const rates = new Map<string, string | null>();
	for (const p of products) {
		const currency = String(p['currency']);
		if (currency !== base && currency !== input.currency && !rates.has(currency)) rates.set(currency, await findRateToBase(trx, currency, input.day, base));
	}
	const lines: BaseAmountLine[] = input.lines.map((l, i) => {
		const p = productOf.get(l.product);
		const cost = p && p['cost_price'] !== null && p['cost_price'] !== undefined ? { currency: String(p['currency']), costTimesMilli: BigInt(String(p['cost_price'])) * BigInt(String(l.quantity_milli)) } : null;
		return { netAmount: input.totals.lines[i]!.netAmount, cost };
	});
	const order = { currency: input.currency, netTotal: input.totals.netTotal, grossTotal: input.totals.grossTotal, grossTotalBase: input.grossTotalBase };
	return orderBaseAmounts(order, lines, base, (currency) => rates.get(currency) ?? null);
}

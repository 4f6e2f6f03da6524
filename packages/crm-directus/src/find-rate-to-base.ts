import type { Knex } from 'knex';
import { toDay } from './load-pricing-context.ts';

/** The latest rate of `currency` on or before `day`, '1' for the base currency, null when none is recorded. */
export async function findRateToBase(knex: Knex, currency: string, day: string, baseCurrency: string): Promise<string | null> {
	if (currency === baseCurrency) return '1';
	const rows: { rate: string; rate_date: unknown }[] = await knex('crm_exchange_rates').select('rate', 'rate_date').where('currency', currency);
	let best: { rate: string; day: string } | null = null;

	// Dates are few per currency (one a month) and stored differently per database: compare them as days here.
	for (const row of rows) {
		const d = toDay(row.rate_date);
		if (d && d <= day && (!best || d > best.day)) best = { rate: row.rate, day: d };
	}

	return best?.rate ?? null;
}

import { type CustomerProfitFacts, DEFAULT_PAYMENT_DELAY_RATE_BP, emptyProfitFacts, type LogisticsCost, type PlaceNames, type ProfitabilityContext, type ProfitabilityPeriod, type ServiceCurrencyFacts } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';
import { queryAll } from '../query-all.ts';
import { loadLogisticsFacts } from './load-logistics-facts.ts';
import { loadMarketingFacts } from './load-marketing-facts.ts';
import { loadPaymentDelayFacts } from './load-payment-delay-facts.ts';
import { loadSalesFacts } from './load-sales-facts.ts';
import { loadServiceFacts } from './load-service-facts.ts';
import { narrowed, type ProfitScope, whole } from './profit-sql.ts';

type Row = Record<string, unknown>;

/** Everything a P&L over the scope needs but how much of it the caller may see. */
export interface LoadedProfitability {
	facts: CustomerProfitFacts[];
	paymentDelayRateBp: number;
	logisticsCosts: LogisticsCost[];
	names: PlaceNames;
	/** Rates to the base of the service currencies on the period's last day. */
	rates: ReadonlyMap<string, string | null>;
}

/** The annual cost of money owed past due, from the settings singleton (8 % without a row). */
async function loadDelayRate(knex: Knex): Promise<number> {
	const row = (await knex('crm_profitability_settings').first('payment_delay_rate_bp')) as Row | undefined;
	return row?.['payment_delay_rate_bp'] === null || row?.['payment_delay_rate_bp'] === undefined ? DEFAULT_PAYMENT_DELAY_RATE_BP : whole(row['payment_delay_rate_bp']);
}

/** The rate on the period's last day of every currency the service desk spent in other than the base. */
async function loadServiceRates(knex: Knex, service: ReadonlyMap<string, readonly ServiceCurrencyFacts[]>, to: string, base: string): Promise<Map<string, string | null>> {
	const currencies = new Set([...service.values()].flatMap((list) => list.map((f) => f.currency)).filter((c) => c !== base));
	const rates = new Map<string, string | null>();
	for (const currency of currencies) rates.set(currency, await findRateToBase(knex, currency, to, base));
	return rates;
}

/** The names of the customers that have anything in the period. */
async function loadCustomerNames(knex: Knex, scope: ProfitScope): Promise<Map<string, string>> {
	const rows: Row[] = await narrowed(knex('crm_customers').select('id', 'name'), 'id', scope);
	return new Map(rows.map((r) => [String(r['id']), String(r['name'] ?? '')]));
}

/**
 * The P&L facts of every customer in scope who has anything in the period (A5.3, C2): a handful of set-based
 * queries, each summing one line GROUP BY customer over all of them, never a query per customer.
 */
export async function loadProfitabilityFacts(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope, base: string): Promise<LoadedProfitability> {
	const [sales, service, logistics, marketing, delay, rateBp, names] = await queryAll(knex, [
		() => loadSalesFacts(knex, period, scope, base),
		() => loadServiceFacts(knex, period, scope, base),
		() => loadLogisticsFacts(knex, period, scope),
		() => loadMarketingFacts(knex, period, scope),
		() => loadPaymentDelayFacts(knex, period, scope),
		() => loadDelayRate(knex),
		() => loadCustomerNames(knex, scope),
	]);
	const ids = new Set([...sales.sales.keys(), ...sales.creditNotes.keys(), ...service.keys(), ...logistics.shipments.keys(), ...marketing.keys(), ...delay.keys()]);
	const facts = [...ids].map((id): CustomerProfitFacts => {
		const empty = emptyProfitFacts({ id, name: names.get(id) ?? '' });
		return { ...empty, sales: sales.sales.get(id) ?? empty.sales, creditNotes: sales.creditNotes.get(id) ?? empty.creditNotes, service: service.get(id) ?? [], shipments: logistics.shipments.get(id) ?? [], marketing: marketing.get(id) ?? empty.marketing, paymentDelay: delay.get(id) ?? empty.paymentDelay };
	});
	return { facts, paymentDelayRateBp: rateBp, logisticsCosts: logistics.table, names: logistics.names, rates: await loadServiceRates(knex, service, period.to, base) };
}

/** The context the use case runs in, from what was loaded and how much the caller may see. */
export function profitabilityContextOf(loaded: LoadedProfitability, period: ProfitabilityPeriod, base: string, detail: ProfitabilityContext['detail']): ProfitabilityContext {
	return { baseCurrency: base, period, paymentDelayRateBp: loaded.paymentDelayRateBp, logisticsCosts: loaded.logisticsCosts, rateToBase: (c) => loaded.rates.get(c) ?? null, names: loaded.names, detail };
}

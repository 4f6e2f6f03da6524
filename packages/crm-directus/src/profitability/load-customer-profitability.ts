import { type CustomerPnl, customerPnl, emptyProfitFacts, type ProfitabilityContext, type ProfitabilityPeriod } from '@crm/core';
import type { Knex } from 'knex';
import { loadProfitabilityFacts, profitabilityContextOf } from './load-profitability-facts.ts';

export interface CustomerProfitabilityOptions {
	baseCurrency: string;
	/** How much of the service and marketing lines to explain (see profitabilityDetailOf); all of it by default. */
	detail?: ProfitabilityContext['detail'];
}

/**
 * One customer's P&L over the period (A5.3, C2), every line explained: what GET /crm/customers/:id/profitability
 * answers and the 360° card may show. It reads the database directly: the caller checks first that whoever
 * asks may read the customer and profitability (assertMayReadProfitability).
 */
export async function loadCustomerProfitability(knex: Knex, customerId: string, period: ProfitabilityPeriod, options: CustomerProfitabilityOptions): Promise<CustomerPnl> {
	const base = options.baseCurrency;
	const loaded = await loadProfitabilityFacts(knex, period, { customers: new Set([customerId]), detail: true }, base);
	const name = ((await knex('crm_customers').where('id', customerId).first('name')) as { name?: unknown } | undefined)?.name;
	const facts = loaded.facts.find((f) => f.customer.id === customerId) ?? emptyProfitFacts({ id: customerId, name: '' });
	return customerPnl({ ...facts, customer: { id: customerId, name: String(name ?? '') } }, profitabilityContextOf(loaded, period, base, options.detail ?? { service: true, marketing: true }));
}

import type { CostContract, CostExpense, CostTimeEntry, SupportCostsInput } from '@crm/core';
import type { Knex } from 'knex';
import type { DbRow } from '../fulfilment/fulfilment-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import type { ReaderOf } from '../reader-of.ts';
import { instantOf } from './instant.ts';
import { loadServiceCalendars } from './load-service-calendar.ts';
import { numberOrNull } from '../db-cells.ts';

const CONTRACT_FIELDS = ['id', 'code', 'period', 'included_minutes', 'hourly_rate', 'fee', 'currency', 'valid_from', 'valid_to', 'calendar', 'active'];
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const rows = async (read: ReaderOf, collection: string, query: object) => (await read(collection).readByQuery({ ...query, limit: -1 })) as DbRow[];

function toCostContract(c: DbRow, baseCurrency: string, timeZoneOf: (calendar: unknown) => string): CostContract {
	return { id: String(c['id']), code: String(c['code']), currency: String(c['currency'] ?? baseCurrency), period: (c['period'] ?? 'month') as CostContract['period'], includedMinutesPerPeriod: Number(c['included_minutes'] ?? 0), hourlyRate: numberOrNull(c['hourly_rate']), fee: numberOrNull(c['fee']), validFrom: toDay(c['valid_from']), validTo: toDay(c['valid_to']), timeZone: timeZoneOf(c['calendar']) };
}

function toCostTimeEntry(e: DbRow, contractOf: ReadonlyMap<string, string | null>, baseCurrency: string): CostTimeEntry {
	const specialist = e['specialist'] as DbRow | null;
	return { id: String(e['id']), requestId: String(e['request']), contractId: contractOf.get(String(e['request'])) ?? null, startedAt: instantOf(e['started_at'])!, minutes: Number(e['duration_minutes']), billable: Boolean(e['billable']), costRatePerHour: Number(specialist?.['cost_rate'] ?? 0), currency: String(specialist?.['currency'] ?? baseCurrency) };
}

const toCostExpense = (x: DbRow, contractOf: ReadonlyMap<string, string | null>): CostExpense => ({ requestId: String(x['request']), contractId: contractOf.get(String(x['request'])) ?? null, amount: Number(x['amount']), currency: String(x['currency']), day: toDay(x['incurred_on']) ?? '' });

/**
 * A customer's support costs as the caller may read them: their requests, contracts, finished time entries up
 * to `to` and expenses. Internal costs (time, cost rates, expenses) need the permissions to read them: a sales
 * rep who sees the customer but not the desk's time sheets gets 403, not the figures.
 */
export async function loadSupportCosts(read: ReaderOf, knex: Knex, customerId: string, period: { from: string; to: string }, baseCurrency: string): Promise<{ input: SupportCostsInput; requests: Map<string, DbRow> }> {
	await read('crm_customers').readOne(customerId, { fields: ['id'] });
	const requests = await rows(read, 'crm_service_requests', { filter: { customer: { _eq: customerId } }, fields: ['id', 'number', 'subject', 'contract'] });
	const end = new Date(`${nextDay(period.to)}T00:00:00Z`).toISOString();
	const [contracts, timeRows, expenses] = await Promise.all([
		rows(read, 'crm_service_contracts', { filter: { customer: { _eq: customerId } }, fields: CONTRACT_FIELDS }),
		rows(read, 'crm_service_time_entries', { filter: { request: { customer: { _eq: customerId } }, started_at: { _lt: end } }, fields: ['id', 'request', 'started_at', 'duration_minutes', 'billable', 'specialist.cost_rate', 'specialist.currency'] }),
		rows(read, 'crm_service_expenses', { filter: { request: { customer: { _eq: customerId } } }, fields: ['request', 'amount', 'currency', 'incurred_on'] }),
	]);
	const calendars = await loadServiceCalendars(knex, contracts.map((c) => (c['calendar'] as string | null) ?? null));
	const timeZoneOf = (calendar: unknown): string => (calendar ? calendars.get(String(calendar))?.calendar.timeZone : undefined) || 'UTC';
	const contractOf = new Map(requests.map((r) => [String(r['id']), (r['contract'] as string | null) ?? null]));
	// A running timer has no length yet: it counts once it is stopped.
	const entries = timeRows.filter((e) => e['duration_minutes'] !== null && e['duration_minutes'] !== undefined).map((e) => toCostTimeEntry(e, contractOf, baseCurrency));
	const input = { ...period, baseCurrency, contracts: contracts.map((c) => toCostContract(c, baseCurrency, timeZoneOf)), entries, expenses: expenses.map((x) => toCostExpense(x, contractOf)) };
	return { input, requests: new Map(requests.map((r) => [String(r['id']), r])) };
}

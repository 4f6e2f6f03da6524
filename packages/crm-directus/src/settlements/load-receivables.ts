import { CrmError, type LedgerEntry, type OpenItemInvoice } from '@crm/core';
import type { Knex } from 'knex';
import { findRateToBase } from '../find-rate-to-base.ts';
import type { DbRow } from '../fulfilment/fulfilment-rows.ts';
import { LEDGER_FIELDS, type LedgerRow, toLedgerEntry } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import type { ReaderOf } from '../reader-of.ts';

const INVOICE_FIELDS = ['id', 'number', 'customer', 'issue_date', 'due_date', 'currency', 'gross_total'];

/** An invoice as an open item, with its customer. */
export type ReceivableInvoice = OpenItemInvoice & { customerId: string };

export function toReceivableInvoice(i: DbRow): ReceivableInvoice {
	const issueDate = toDay(i['issue_date'])!;
	return { key: String(i['id']), number: String(i['number'] ?? i['id']), issueDate, dueDate: toDay(i['due_date']) ?? issueDate, currency: String(i['currency']), grossAmount: Number(i['gross_total'] ?? 0), customerId: String(i['customer']) };
}

const readRows = async (read: ReaderOf, collection: string, query: object): Promise<DbRow[]> => (await read(collection).readByQuery({ ...query, limit: -1 })) as DbRow[];

/** The caller's view of a customer's whole ledger and invoices: 403 when the customer, or the ledger, is not theirs to read. */
export async function loadCustomerLedger(read: ReaderOf, customerId: string): Promise<{ name: string; entries: LedgerEntry[]; invoices: ReceivableInvoice[] }> {
	const customer = (await read('crm_customers').readOne(customerId, { fields: ['id', 'name'] })) as DbRow;
	const [ledger, invoices] = await Promise.all([
		readRows(read, 'crm_ledger_entries', { fields: LEDGER_FIELDS, filter: { customer: { _eq: customerId } } }),
		readRows(read, 'crm_invoices', { fields: INVOICE_FIELDS, filter: { customer: { _eq: customerId }, kind: { _eq: 'invoice' } } }),
	]);
	return { name: String(customer['name'] ?? customerId), entries: (ledger as unknown as LedgerRow[]).map(toLedgerEntry), invoices: invoices.map(toReceivableInvoice) };
}

/** A group of ledger sums (per currency and open item) as one entry: all the balance, open items and credit need. */
function sumAsEntry(customerId: string, g: DbRow): LedgerEntry {
	const sum = (g['sum'] ?? {}) as DbRow;
	return {
		customerId,
		entryDate: '1970-01-01',
		kind: g['invoice'] ? 'invoice' : 'payment',
		documentCollection: 'crm_ledger_entries',
		documentKey: `${String(g['currency'])}:${String(g['invoice'] ?? '')}`,
		invoiceKey: (g['invoice'] as string | null) ?? null,
		amount: Number(sum['amount'] ?? 0),
		currency: String(g['currency']),
		amountBase: Number(sum['amount_base'] ?? 0),
		description: '',
	};
}

/**
 * The customer's ledger summed per currency and open item in SQL (under the caller's policy): a customer
 * with tens of thousands of entries still answers in a few milliseconds.
 */
export async function loadCustomerTotals(read: ReaderOf, customerId: string): Promise<{ entries: LedgerEntry[]; invoices: ReceivableInvoice[] }> {
	await read('crm_customers').readOne(customerId, { fields: ['id'] });
	const [sums, invoices] = await Promise.all([
		readRows(read, 'crm_ledger_entries', { filter: { customer: { _eq: customerId } }, aggregate: { sum: ['amount', 'amount_base'] }, group: ['currency', 'invoice'] }),
		readRows(read, 'crm_invoices', { fields: INVOICE_FIELDS, filter: { customer: { _eq: customerId }, kind: { _eq: 'invoice' }, open_amount: { _neq: 0 } } }),
	]);
	return { entries: sums.map((g) => sumAsEntry(customerId, g)), invoices: invoices.map(toReceivableInvoice) };
}

/** Every invoice entry and invoice the caller may read, as they stood at the end of `asOf`. */
export async function loadReceivablesAsOf(read: ReaderOf, asOf: string): Promise<{ entries: LedgerEntry[]; invoices: ReceivableInvoice[] }> {
	const [ledger, invoices] = await Promise.all([readRows(read, 'crm_ledger_entries', { fields: LEDGER_FIELDS, filter: { invoice: { _nnull: true } } }), readRows(read, 'crm_invoices', { fields: INVOICE_FIELDS, filter: { kind: { _eq: 'invoice' } } })]);
	return { entries: (ledger as unknown as LedgerRow[]).map(toLedgerEntry).filter((e) => e.entryDate <= asOf), invoices: invoices.map(toReceivableInvoice).filter((i) => i.issueDate <= asOf) };
}

/** Names of the customers the caller may read. */
export async function loadCustomerNames(read: ReaderOf, ids: readonly string[]): Promise<Map<string, string>> {
	const rows = ids.length === 0 ? [] : await readRows(read, 'crm_customers', { fields: ['id', 'name'], filter: { id: { _in: [...ids] } } });
	return new Map(rows.map((c) => [String(c['id']), String(c['name'])]));
}

/** The rate of each currency to the base on `day`; CRM_MISSING_RATE naming the first without one. */
export async function loadRatesOn(knex: Knex, day: string, currencies: Iterable<string>, baseCurrency: string): Promise<Record<string, string>> {
	const rates: Record<string, string> = {};
	for (const currency of new Set(currencies)) {
		const rate = await findRateToBase(knex, currency, day, baseCurrency);
		if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${currency} on or before ${day}; add one under Exchange rates.`, { currency });
		rates[currency] = rate;
	}
	return rates;
}

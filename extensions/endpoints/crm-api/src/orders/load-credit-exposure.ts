import { computeBalance, computeOpenItems, convertCurrency, daysBetween, type LedgerEntry, type OverdueInvoiceFact } from '@crm/core';
import { findRateToBase, toDay, toLedgerEntry } from '@crm/directus';
import type { Knex } from 'knex';

type Row = Record<string, any>;

const UNINVOICED = ['confirmed', 'partially_shipped', 'shipped'];

export interface CreditExposure {
	creditLimitBase: number | null;
	openBalanceBase: number;
	overdueInvoices: OverdueInvoiceFact[];
}

/**
 * What a customer owes now, in the base currency: the ledger balance plus confirmed orders not yet
 * invoiced, the credit limit converted at today's rate, and the invoices past due.
 */
export async function loadCreditExposure(trx: Knex, customerId: string, today: string, baseCurrency: string, excludeOrderId: string): Promise<CreditExposure> {
	const [customer, ledger, invoices, orders] = await Promise.all([
		trx('crm_customers').select('credit_limit', 'currency').where('id', customerId).first() as Promise<Row | undefined>,
		trx('crm_ledger_entries').select('*').where('customer', customerId) as Promise<Row[]>,
		trx('crm_invoices').select('id', 'number', 'issue_date', 'due_date', 'currency', 'gross_total', 'kind').where('customer', customerId) as Promise<Row[]>,
		trx('crm_orders').select('gross_total_base').where('customer', customerId).whereIn('status', UNINVOICED).whereNot('id', excludeOrderId) as Promise<Row[]>,
	]);

	const entries: LedgerEntry[] = ledger.map(toLedgerEntry);
	const openItems = computeOpenItems(
		entries,
		invoices.filter((i) => i['kind'] === 'invoice').map((i) => ({ key: i['id'], number: i['number'], issueDate: toDay(i['issue_date'])!, dueDate: toDay(i['due_date']) ?? toDay(i['issue_date'])!, currency: i['currency'], grossAmount: Number(i['gross_total']) })),
	);

	const overdueInvoices: OverdueInvoiceFact[] = [];
	for (const item of openItems) {
		if (item.open <= 0 || daysBetween(item.dueDate, today) <= 0) continue;
		const rate = (await findRateToBase(trx, item.currency, today, baseCurrency)) ?? '1';
		overdueInvoices.push({ number: item.number, dueDate: item.dueDate, openAmount: convertCurrency({ amount: item.open, currency: item.currency }, baseCurrency, rate).amount });
	}

	let creditLimitBase: number | null = null;
	if (customer?.['credit_limit'] !== null && customer?.['credit_limit'] !== undefined) {
		const rate = (await findRateToBase(trx, customer['currency'], today, baseCurrency)) ?? '1';
		creditLimitBase = convertCurrency({ amount: Number(customer['credit_limit']), currency: customer['currency'] }, baseCurrency, rate).amount;
	}

	return { creditLimitBase, openBalanceBase: computeBalance(entries).balanceBase + orders.reduce((sum, o) => sum + Number(o['gross_total_base'] ?? 0), 0), overdueInvoices };
}

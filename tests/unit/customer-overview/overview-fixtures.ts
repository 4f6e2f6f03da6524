import type { LedgerEntry, OpenItemInvoice, OverviewRequestFacts, SalesOrderFacts } from '../../../packages/crm-core/src/index.ts';

/** An order of the sales window in EUR (the base), counted, with what a test does not care about filled in. */
export function salesOrder(overrides: Partial<SalesOrderFacts> & Pick<SalesOrderFacts, 'id'>): SalesOrderFacts {
	return { orderDate: '2026-12-01', status: 'confirmed', currency: 'EUR', netTotal: 0, grossTotal: null, grossTotalBase: null, ...overrides };
}

/** A ledger sum of one currency and open item, as loadCustomerTotals gives it (one entry per group). */
export function ledgerSum(invoiceKey: string | null, currency: string, amount: number, amountBase: number): LedgerEntry {
	return { customerId: 'C1', entryDate: '1970-01-01', kind: invoiceKey ? 'invoice' : 'payment', documentCollection: 'crm_ledger_entries', documentKey: `${currency}:${invoiceKey ?? ''}`, invoiceKey, amount, currency, amountBase, description: '' };
}

export function openInvoice(key: string, currency: string, grossAmount: number, dueDate: string): OpenItemInvoice {
	return { key, number: `INV-${key}`, issueDate: '2026-10-01', dueDate, currency, grossAmount };
}

export function request(overrides: Partial<OverviewRequestFacts> & Pick<OverviewRequestFacts, 'id'>): OverviewRequestFacts {
	return { number: `SR-${overrides.id}`, subject: 'Broken', status: 'new', priority: 'normal', slaStatus: 'ok', responseDueAt: null, resolutionDueAt: null, firstResponseAt: null, createdAt: '2026-12-07T08:00:00.000Z', ...overrides };
}

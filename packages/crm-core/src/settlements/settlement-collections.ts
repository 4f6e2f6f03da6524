/**
 * The Directus collections whose documents the ledger points back to. Kept in one place so that the
 * adapters that write the documents and the builders that reference them cannot drift apart.
 */
export const SETTLEMENT_COLLECTIONS = {
	invoice: 'crm_invoices',
	creditNote: 'crm_invoices',
	payment: 'crm_payments',
	allocation: 'crm_payment_allocations',
} as const;

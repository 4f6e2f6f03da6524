import { CrmError } from '@crm/core';
import { isTrustedWrite } from '@crm/directus';
import type { CrmHooks } from './hook-kit.ts';

/**
 * Documents that move stock or post to the ledger are created only by their endpoints, which do the
 * whole job in one transaction. A plain REST create would leave stock or the ledger behind.
 */
export const ENDPOINT_DOCUMENTS: Readonly<Record<string, string>> = {
	crm_shipments: 'POST /crm/orders/:id/shipments',
	crm_shipment_lines: 'POST /crm/orders/:id/shipments',
	crm_invoices: 'POST /crm/orders/:id/invoices or POST /crm/invoices/:id/credit-notes',
	crm_invoice_lines: 'POST /crm/orders/:id/invoices or POST /crm/invoices/:id/credit-notes',
	crm_payments: 'POST /crm/payments',
	crm_payment_allocations: 'POST /crm/payments/:id/allocations',
};

export function guardEndpointDocument(collection: string): void {
	const endpoint = ENDPOINT_DOCUMENTS[collection];
	if (!endpoint || isTrustedWrite()) return;
	throw new CrmError('CRM_USE_ENDPOINT', `${collection} records are created with ${endpoint}, which also updates stock and the customer ledger.`, { collection });
}

export function guardEndpointDocuments(hooks: CrmHooks): void {
	for (const collection of Object.keys(ENDPOINT_DOCUMENTS)) hooks.onCreate(collection, () => guardEndpointDocument(collection));
}

import type { InvoiceOrderPlan } from '@crm/core';
import type { Knex } from 'knex';
import { insertLedgerEntries } from '../ledger-rows.ts';
import { runTrusted } from '../trusted-write.ts';
import { toInvoiceRow } from './fulfilment-rows.ts';
import type { ItemsWriter } from './items-writer.ts';

/** Writes an invoice plan: the invoice through the caller's service, its ledger entry, the lines' invoiced quantities and the order's status. */
export async function applyInvoiceOrderPlan(trx: Knex, plan: InvoiceOrderPlan, services: { invoices: ItemsWriter; orders: ItemsWriter }, user: string | null): Promise<string> {
	await runTrusted(() => services.invoices.createOne(toInvoiceRow(plan.invoice)));
	await insertLedgerEntries(trx, plan.ledger, user);
	for (const l of plan.lines) await trx('crm_order_lines').where('id', l.lineId).update({ invoiced_milli: l.invoicedMilli });
	if (plan.status) await runTrusted(() => services.orders.updateOne(plan.invoice.orderId, { status: plan.status }));
	return plan.invoice.key;
}

import type { CreditInvoicePlan } from '@crm/core';
import type { Knex } from 'knex';
import { insertLedgerEntries } from '../ledger-rows.ts';
import { runTrusted } from '../trusted-write.ts';
import { toCreditNoteRow } from './fulfilment-rows.ts';
import type { ItemsWriter } from './items-writer.ts';

/** Writes a credit-note plan: the credit note through the caller's service, its ledger entries, and the credited invoice's open amount and status. */
export async function applyCreditInvoicePlan(trx: Knex, plan: CreditInvoicePlan, invoices: ItemsWriter, user: string | null): Promise<string> {
	await runTrusted(() => invoices.createOne(toCreditNoteRow(plan.creditNote)));
	await insertLedgerEntries(trx, plan.ledger, user);
	await runTrusted(() => invoices.updateOne(plan.creditNote.creditedInvoiceId, { open_amount: plan.invoice.openAmount, status: plan.invoice.status }));
	return plan.creditNote.key;
}

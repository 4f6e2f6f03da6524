import type { PaymentAllocationPlan, ReceivePaymentPlan, ReversePaymentPlan, SettlementEffects } from '@crm/core';
import type { Knex } from 'knex';
import type { ItemsWriter } from '../fulfilment/items-writer.ts';
import { insertLedgerEntries } from '../ledger-rows.ts';
import { runTrusted } from '../trusted-write.ts';
import { toAllocationRow, toPaymentRow } from './settlement-rows.ts';

/** The caller's services for the documents a settlement writes (their permissions and the timeline hooks apply). */
export interface SettlementWriters {
	payments: ItemsWriter;
	allocations: ItemsWriter;
	invoices: ItemsWriter;
	orders: ItemsWriter;
}

async function applySettlementEffects(effects: SettlementEffects, writers: SettlementWriters): Promise<void> {
	for (const u of effects.invoiceUpdates) await runTrusted(() => writers.invoices.updateOne(u.id, { open_amount: u.openAmount, status: u.status }));
	for (const m of effects.orderMoves) await runTrusted(() => writers.orders.updateOne(m.id, { status: m.to }));
}

/** The allocations through the caller's service with their ledger entries, the payment's remainder, then the invoices and orders they settle. */
export async function applyAllocationPlan(trx: Knex, paymentId: string, plan: PaymentAllocationPlan, writers: SettlementWriters, user: string | null): Promise<void> {
	for (const allocation of plan.allocations) await runTrusted(() => writers.allocations.createOne(toAllocationRow(allocation)));
	await insertLedgerEntries(trx, plan.ledger, user);
	await runTrusted(() => writers.payments.updateOne(paymentId, { unallocated_amount: plan.unallocated }));
	await applySettlementEffects(plan, writers);
}

export async function applyReceivePaymentPlan(trx: Knex, plan: ReceivePaymentPlan, writers: SettlementWriters, user: string | null): Promise<string> {
	await runTrusted(() => writers.payments.createOne(toPaymentRow(plan.payment)));
	await insertLedgerEntries(trx, plan.ledger, user);
	await applyAllocationPlan(trx, plan.payment.id, plan.allocation, writers, user);
	return plan.payment.id;
}

export async function applyReversePaymentPlan(trx: Knex, plan: ReversePaymentPlan, writers: SettlementWriters, user: string | null): Promise<void> {
	await insertLedgerEntries(trx, plan.ledger, user);
	await runTrusted(() => writers.payments.updateOne(plan.payment.id, { status: 'reversed', reversed_at: plan.payment.reversedAt, reversal_reason: plan.payment.reason, unallocated_amount: 0 }));
	await applySettlementEffects(plan, writers);
}

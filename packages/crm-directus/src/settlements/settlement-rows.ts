import type { AllocationDraft, LedgerEntry, OrderStatus, PaymentDraft, PostedPayment, SettlementInvoice } from '@crm/core';
import type { DbRow } from '../fulfilment/fulfilment-rows.ts';
import { toDay } from '../load-pricing-context.ts';

/** A crm_invoices row with every ledger entry on it. */
export function toSettlementInvoice(row: DbRow, entries: LedgerEntry[]): SettlementInvoice {
	const issueDate = toDay(row['issue_date'])!;
	return {
		key: String(row['id']),
		number: String(row['number'] ?? row['id']),
		currency: String(row['currency']),
		issueDate,
		dueDate: toDay(row['due_date']) ?? issueDate,
		gross: Number(row['gross_total'] ?? 0),
		rateToBase: String(row['fx_rate'] ?? ''),
		status: String(row['status']),
		storedOpen: row['open_amount'] === null || row['open_amount'] === undefined ? null : Number(row['open_amount']),
		orderId: (row['order'] as string | null) ?? null,
		entries,
	};
}

/** A crm_payments row; `alreadyAllocated` is Σ of its allocations. */
export function toPostedPayment(row: DbRow, alreadyAllocated: number): PostedPayment {
	return {
		id: String(row['id']),
		number: String(row['number']),
		customerId: String(row['customer']),
		currency: String(row['currency']),
		amount: Number(row['amount']),
		fxRate: String(row['fx_rate']),
		status: String(row['status']),
		receivedOn: toDay(row['received_on'])!,
		alreadyAllocated,
	};
}

export const toOrderStatus = (row: DbRow): OrderStatus => row['status'] as OrderStatus;

/** A new payment as created: posted, nothing allocated yet. */
export function toPaymentRow(p: PaymentDraft): Record<string, unknown> {
	return {
		id: p.id,
		number: p.number,
		status: 'posted',
		customer: p.customerId,
		received_on: p.receivedOn,
		amount: p.amount,
		currency: p.currency,
		fx_rate: p.fxRate,
		...(p.method !== undefined ? { method: p.method } : {}),
		...(p.reference !== undefined ? { reference: p.reference } : {}),
		unallocated_amount: p.amount,
	};
}

export const toAllocationRow = (a: AllocationDraft): Record<string, unknown> => ({ id: a.id, payment: a.paymentId, invoice: a.invoiceId, amount: a.amount, allocated_on: a.allocatedOn });

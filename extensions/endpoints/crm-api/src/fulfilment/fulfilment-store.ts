import { multiplyByQuantity, type StoredInvoiceLine } from '@crm/core';
import type { Knex } from 'knex';


type Row = Record<string, any>;

/** Σ of the ledger on one open item: what is still open on an invoice. */
export async function openAmountOf(trx: Knex, invoiceId: string): Promise<number> {
	const row: Row | undefined = await trx('crm_ledger_entries').where('invoice', invoiceId).sum({ total: 'amount' }).first();
	return Number(row?.['total'] ?? 0);
}

export function toStoredInvoiceLine(row: Row): StoredInvoiceLine {
	return {
		lineId: row['id'],
		orderLineId: row['order_line'] ?? null,
		productId: row['product'] ?? null,
		quantityMilli: Number(row['quantity_milli']),
		unitPrice: Number(row['unit_price']),
		discountBp: Number(row['discount_bp'] ?? 0),
		discountAmount: Math.max(0, multiplyByQuantity(Number(row['unit_price']), Number(row['quantity_milli'])) - Number(row['net_amount'] ?? 0)),
		vatRateBp: Number(row['vat_rate_bp'] ?? 0),
		netAmount: Number(row['net_amount'] ?? 0),
		vatAmount: Number(row['vat_amount'] ?? 0),
		grossAmount: Number(row['gross_amount'] ?? 0),
	};
}

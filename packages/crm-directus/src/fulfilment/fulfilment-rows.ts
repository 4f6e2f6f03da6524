import { type CreditedInvoice, type CreditNoteDraft, type DescribedInvoiceLine, type DocumentAmounts, type InvoiceDraft, type InvoiceLineDraft, type ShipOrderPlan, type FulfilmentOrder, type FulfilmentOrderLine, type KeyedStockLevel, multiplyByQuantity, type OrderStatus, type StoredInvoiceLine } from '@crm/core';
import { toDay } from '../load-pricing-context.ts';
import { textOrNull } from '../db-cells.ts';

/** A row as knex returns it; the mappers below are the only places that read one. */
export type DbRow = Readonly<Record<string, unknown>>;

const text = (value: unknown): string => String(value);
const count = (value: unknown): number => Number(value ?? 0);

export function toFulfilmentOrder(row: DbRow): FulfilmentOrder {
	return {
		id: text(row['id']),
		number: text(row['number']),
		status: row['status'] as OrderStatus,
		customerId: text(row['customer']),
		warehouseId: textOrNull(row['warehouse']),
		currency: text(row['currency']),
	};
}

export function toFulfilmentOrderLine(row: DbRow): FulfilmentOrderLine {
	return {
		id: text(row['id']),
		productId: text(row['product']),
		description: textOrNull(row['description']),
		quantityMilli: count(row['quantity_milli']),
		shippedMilli: count(row['shipped_milli']),
		reservedMilli: count(row['reserved_milli']),
		invoicedMilli: count(row['invoiced_milli']),
		unitPrice: count(row['unit_price']),
		vatRateBp: count(row['vat_rate_bp']),
		discountBp: count(row['discount_bp']),
		discountAmount: row['discount_amount'] === null || row['discount_amount'] === undefined ? null : Number(row['discount_amount']),
	};
}

export function toKeyedStockLevel(row: DbRow): KeyedStockLevel {
	return { id: text(row['id']), productId: text(row['product']), warehouseId: text(row['warehouse']), onHandMilli: count(row['on_hand_milli']), reservedMilli: count(row['reserved_milli']) };
}

export function toCreditedInvoice(row: DbRow): CreditedInvoice {
	return {
		id: text(row['id']),
		number: text(row['number']),
		kind: row['kind'] as CreditedInvoice['kind'],
		customerId: text(row['customer']),
		orderId: textOrNull(row['order']),
		issueDate: toDay(row['issue_date'])!,
		currency: text(row['currency']),
		grossTotal: count(row['gross_total']),
	};
}

export function toStoredInvoiceLine(row: DbRow): StoredInvoiceLine {
	const unitPrice = Number(row['unit_price']);
	const quantityMilli = Number(row['quantity_milli']);
	return {
		lineId: text(row['id']),
		orderLineId: textOrNull(row['order_line']),
		productId: textOrNull(row['product']),
		quantityMilli,
		unitPrice,
		discountBp: count(row['discount_bp']),
		discountAmount: Math.max(0, multiplyByQuantity(unitPrice, quantityMilli) - count(row['net_amount'])),
		vatRateBp: count(row['vat_rate_bp']),
		netAmount: count(row['net_amount']),
		vatAmount: count(row['vat_amount']),
		grossAmount: count(row['gross_amount']),
	};
}

export function toDescribedInvoiceLine(row: DbRow): DescribedInvoiceLine {
	return { ...toStoredInvoiceLine(row), description: textOrNull(row['description']) };
}

/** An invoice or credit-note line as crm_invoice_lines stores it. */
export function toInvoiceLineRow(l: Omit<InvoiceLineDraft, 'orderLineId' | 'productId'> & { orderLineId: string | null; productId: string | null }): Record<string, unknown> {
	return {
		order_line: l.orderLineId,
		product: l.productId,
		description: l.description,
		quantity_milli: l.quantityMilli,
		unit_price: l.unitPrice,
		discount_bp: l.discountBp,
		vat_rate_bp: l.vatRateBp,
		net_amount: l.netAmount,
		vat_amount: l.vatAmount,
		gross_amount: l.grossAmount,
	};
}

/** The amounts every invoice and credit note carries. */
function documentTotalsRow(d: DocumentAmounts): Record<string, unknown> {
	return { currency: d.currency, fx_rate: d.fxRate, net_total: d.netTotal, vat_total: d.vatTotal, gross_total: d.grossTotal, gross_total_base: d.grossTotalBase };
}

export function toInvoiceRow(d: InvoiceDraft): Record<string, unknown> {
	return {
		id: d.key,
		number: d.number,
		kind: 'invoice',
		status: 'issued',
		customer: d.customerId,
		order: d.orderId,
		issue_date: d.issueDate,
		due_date: d.dueDate,
		...documentTotalsRow(d),
		open_amount: d.grossTotal,
		lines: d.lines.map(toInvoiceLineRow),
	};
}

export function toCreditNoteRow(d: CreditNoteDraft): Record<string, unknown> {
	return {
		id: d.key,
		number: d.number,
		kind: 'credit_note',
		status: 'issued',
		customer: d.customerId,
		order: d.orderId,
		credited_invoice: d.creditedInvoiceId,
		issue_date: d.issueDate,
		// A credit is the customer's at once; it carries no payment term.
		due_date: d.issueDate,
		...documentTotalsRow(d),
		// Its effect is on the credited invoice's open item; the credit note itself is never "open".
		open_amount: 0,
		notes: d.reason,
		lines: d.lines.map(toInvoiceLineRow),
	};
}

export function toShipmentRow(s: ShipOrderPlan['shipment'], number: string): Record<string, unknown> {
	return {
		number,
		kind: s.kind,
		order: s.orderId,
		customer: s.customerId,
		warehouse: s.warehouseId,
		shipped_on: s.shippedOn,
		lines: s.lines.map((l) => ({ order_line: l.orderLineId, quantity_milli: l.quantityMilli })),
	};
}

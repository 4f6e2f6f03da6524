import type { OrderStatus, OrderStepLine, OrderStepOrder } from '@crm/core';
import type { DbRow } from '../fulfilment/fulfilment-rows.ts';
import { textOrNull } from '../db-cells.ts';


export function toOrderStepOrder(row: DbRow): OrderStepOrder {
	return {
		id: String(row['id']),
		number: String(row['number']),
		status: row['status'] as OrderStatus,
		customerId: textOrNull(row['customer']),
		currency: textOrNull(row['currency']),
		warehouseId: textOrNull(row['warehouse']),
		grossTotalBase: Number(row['gross_total_base'] ?? 0),
	};
}

export function toOrderStepLine(row: DbRow): OrderStepLine {
	return {
		id: String(row['id']),
		productId: textOrNull(row['product']),
		quantityMilli: Number(row['quantity_milli']),
		unitPrice: row['unit_price'] === null || row['unit_price'] === undefined ? null : Number(row['unit_price']),
		reservedMilli: Number(row['reserved_milli'] ?? 0),
		approvalStatus: textOrNull(row['approval_status']),
	};
}

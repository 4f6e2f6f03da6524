import { CrmError } from '../errors/crm-error.ts';
import { assertQuantityMilli } from '../orders/line-values.ts';
import type { RequestedQuantity } from './parse-fulfilment-requests.ts';

export interface InvoiceableOrderLine {
	lineId: string;
	quantityMilli: number;
	shippedMilli: number;
	invoicedMilli: number;
}

export interface PostedShipmentLine {
	shipmentId: string;
	orderLineId: string;
	quantityMilli: number;
}

/**
 * What an invoice of an order bills, per order line: what was shipped or rendered and not yet invoiced.
 *
 * With `shipmentIds`, only what those shipments carried and is still uninvoiced. Invoices do not record
 * which shipment they bill (an invoice line points at its order line), so invoiced quantities are
 * attributed to the order's shipments oldest first: pass `shipmentLines` in shipment order. A shipment
 * that is not the order's is CRM_REFERENCE_NOT_FOUND (field shipments[i]); nothing to bill is
 * CRM_NOTHING_TO_INVOICE (409). Lines come back in order-line order, only those with something to bill.
 */
export function planInvoiceQuantities(input: { orderLines: readonly InvoiceableOrderLine[]; shipmentLines: readonly PostedShipmentLine[]; shipmentIds?: readonly string[] }): RequestedQuantity[] {
	const known = new Set(input.shipmentLines.map((s) => s.shipmentId));
	input.shipmentIds?.forEach((id, i) => {
		if (!known.has(id)) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Shipment ${id} is not a shipment of this order.`, { field: `shipments[${i}]` });
	});
	const selected = input.shipmentIds === undefined ? null : new Set(input.shipmentIds);

	const lines = input.orderLines.map((line, i) => {
		assertQuantityMilli(line.shippedMilli, `lines[${i}].shippedMilli`);
		assertQuantityMilli(line.invoicedMilli, `lines[${i}].invoicedMilli`);
		const uninvoiced = Math.max(0, line.shippedMilli - line.invoicedMilli);
		if (selected === null) return { lineId: line.lineId, quantityMilli: uninvoiced };

		let alreadyInvoiced = line.invoicedMilli;
		let fromSelected = 0;
		for (const s of input.shipmentLines) {
			if (s.orderLineId !== line.lineId) continue;
			const covered = Math.min(s.quantityMilli, alreadyInvoiced);
			alreadyInvoiced -= covered;
			if (selected.has(s.shipmentId)) fromSelected += s.quantityMilli - covered;
		}
		return { lineId: line.lineId, quantityMilli: Math.min(fromSelected, uninvoiced) };
	});

	const billed = lines.filter((l) => l.quantityMilli > 0);
	if (billed.length === 0) {
		throw new CrmError('CRM_NOTHING_TO_INVOICE', selected === null ? 'Everything shipped or rendered on this order is invoiced already.' : 'The chosen shipments are invoiced already.', { field: selected === null ? '' : 'shipments' });
	}
	return billed;
}

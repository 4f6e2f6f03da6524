// Public API of fulfilment (S3, S6.1): shipping documents from orders, invoices of what shipped, credit notes.
export { type DerivedInvoiceStatus, deriveInvoiceStatus } from './invoice-status.ts';
export {
	CREDIT_NOTE_REQUEST_SCHEMA,
	CREDIT_REASON_MAX_LENGTH,
	INVOICE_REQUEST_SCHEMA,
	SHIPMENT_REQUEST_SCHEMA,
	type CreditNoteRequest,
	type InvoiceRequest,
	parseCreditNoteRequest,
	parseInvoiceRequest,
	parseShipmentRequest,
	type RequestedQuantity,
	SHIPMENT_KINDS,
	type ShipmentKind,
	type ShipmentRequest,
} from './parse-fulfilment-requests.ts';
export { type CreditableLine, type CreditNoteLinePlan, type CreditNotePlan, type LineAmounts, planCreditNote, type StoredInvoiceLine, withCreditedSoFar } from './plan-credit-note.ts';
export { type InvoiceableOrderLine, planInvoiceQuantities, type PostedShipmentLine } from './plan-invoice.ts';
export { type OrderShipmentPlan, planOrderShipment, shipmentKindOf } from './plan-order-shipment.ts';
export type { DocumentAmounts, FulfilmentOrder, FulfilmentOrderLine, KeyedStockLevel, ProductKinds } from './fulfilment-facts.ts';
export { INVOICEABLE_STATUSES, requireOrderStatus, SHIPPABLE_STATUSES } from './require-order-status.ts';
export { shipmentStockScope, shipOrder, type ShipmentStockScope, type ShipOrderFacts, type ShipOrderPlan } from './ship-order.ts';
export { documentDateOf, type InvoiceDraft, type InvoiceLineDraft, invoiceOrder, type InvoiceOrderFacts, type InvoiceOrderPlan, type PostedShipment } from './invoice-order.ts';
export { creditInvoice, type CreditInvoiceFacts, type CreditInvoicePlan, type CreditedInvoice, type CreditNoteDraft, type DescribedInvoiceLine } from './credit-invoice.ts';

// Public API of the orders-to-cash domain (S5, S6.6, S6.7): document totals, order and quote life
// cycles, credit control, stock planning and document numbers.
export { assertCreditAllowed, checkCredit, type CreditBlockCode, type CreditBlockReason, type CreditCheckInput, type CreditCheckResult, type CreditOverride, type OverdueInvoiceFact } from './credit-check.ts';
export { DOCUMENT_SERIES, type DocumentNumber, type DocumentSeries, formatDocumentNumber, parseDocumentNumber } from './document-number.ts';
export { computeDocumentTotals, type DocumentLine, type DocumentLineTotals, type DocumentTotals, type VatBreakdownEntry } from './document-totals.ts';
export { deriveFulfilmentStatus, type FulfilmentLine, type FulfilmentStatus } from './fulfilment-status.ts';
export { assertOrderReadyFor, type OrderReadinessFacts, type OrderReadinessLine } from './order-readiness.ts';
export { isCountedOrderStatus, isOrderStatus, ORDER_STATUSES, type OrderStatus, UNCOUNTED_ORDER_STATUSES } from './order-status.ts';
export { assertOrderTransition, nextOrderStatuses, type OrderTransitionFacts } from './order-transitions.ts';
export { planReservation, type ReservationLine, type StockReservation } from './plan-reservation.ts';
export { planShipment, type ShipmentLinePlan, type ShipmentOrderLine, type ShipmentPlan, type ShipmentRequestLine, type StockDecrement } from './plan-shipment.ts';
export { assertQuoteTransition, isQuoteStatus, nextQuoteStatuses, QUOTE_STATUSES, type QuoteStatus } from './quote-status.ts';
export { assertQuoteAcceptable, isQuoteExpired, type QuoteValidity } from './quote-validity.ts';
export type { LineKind, StockLevel, StockShortage } from './stock-level.ts';
export { hasNewLines, numberNewLines } from './number-new-lines.ts';
export { type BaseAmountLine, type OrderBaseAmounts, orderBaseAmounts } from './order-base-amounts.ts';

// Public API of the order lifecycle steps (S5, S6.6): confirm, cancel, close, and the credit exposure they check.
export { cancelOrder, closeOrder } from './cancel-order.ts';
export { chooseWarehouse, reservationLinesOf } from './choose-warehouse.ts';
export { confirmOrder, type ConfirmOrderFacts, type ConfirmOrderRequest, type OrderStepPlan } from './confirm-order.ts';
export { type CreditExposure, creditExposureOf, type CreditExposureFacts } from './credit-exposure.ts';
export type { OrderActor, OrderChanges, OrderStepLine, OrderStepOrder } from './order-step-facts.ts';

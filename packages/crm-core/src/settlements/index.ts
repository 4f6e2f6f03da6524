export { AGING_BUCKETS, type AgingBucket, agingBucketOf, type AgingCell, type AgingItem, type AgingRates, type AgingReport, type AgingRow, computeAging } from './compute-aging.ts';
export { buildStatement, type Statement, type StatementInput, type StatementMovement } from './build-statement.ts';
export { compareDueOrder, type DueOrdered } from './compare-due-order.ts';
export { computeBalance, type CurrencyBalance, type CustomerBalance } from './compute-balance.ts';
export { computeOpenItems, type OpenItem, type OpenItemInvoice } from './compute-open-items.ts';
export { computeUnallocatedCredit, type UnallocatedCredit } from './compute-unallocated-credit.ts';
export { type InvoicePosition, invoicePosition, invoicePositionAfter, type InvoiceTerms } from './invoice-position.ts';
export { LEDGER_ENTRY_KINDS, type LedgerEntry, type LedgerEntryKind } from './ledger-entry.ts';
export { type AllocationPlan, type AllocationPlanInput, type AllocationPlanLine, planAllocation } from './plan-allocation.ts';
export { assertAllocationCurrency, postAllocation } from './post-allocation.ts';
export { postCreditNote } from './post-credit-note.ts';
export { type InvoiceSettlement, postExchangeDifference } from './post-exchange-difference.ts';
export { postInvoice } from './post-invoice.ts';
export { postPaymentReversal, type ReversedAllocation } from './post-payment-reversal.ts';
export { postPayment } from './post-payment.ts';
export { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
export type { AllocationDocument, CreditNoteDocument, InvoiceDocument, PaymentDocument, ReversedPaymentDocument, SettlementDocumentBase } from './settlement-documents.ts';
export { STATEMENT_CSV_HEADER, statementToCsv } from './statement-to-csv.ts';
export {
	AGING_QUERY_PARAMETERS,
	ALLOCATION_REQUEST_SCHEMA,
	PAYMENT_REQUEST_SCHEMA,
	PAYMENT_REVERSAL_REQUEST_SCHEMA,
	STATEMENT_QUERY_PARAMETERS,
	parseAgingQuery,
	parseAllocationRequest,
	parsePaymentRequest,
	parsePaymentReversalRequest,
	parseStatementQuery,
	type PaymentRequest,
	type RequestedAllocation,
	STATEMENT_FORMATS,
	type StatementFormat,
	type StatementQuery,
} from './parse-settlement-requests.ts';
export { orderStatusAfterSettlement } from './settlement-status.ts';
export { allocatePayment, allocatePostedPayment, type PaymentAllocationPlan } from './allocate-payment.ts';
export { type PaymentDraft, receivePayment, type ReceivePaymentFacts, type ReceivePaymentPlan } from './receive-payment.ts';
export { reversePayment, type ReversePaymentFacts, type ReversePaymentPlan } from './reverse-payment.ts';
export { settleInvoices } from './settle-invoices.ts';
export type { AllocationDraft, PostedPayment, SettlementBook, SettlementEffects, SettlementInvoice, SettlementOrder } from './settlement-book.ts';
export { type RankedDebtor, rankTopDebtors } from './rank-top-debtors.ts';

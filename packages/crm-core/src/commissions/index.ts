export { assertCommissionStatementInput, type CommissionCurrency, type CommissionPeriod } from './assert-commission-statement-input.ts';
export type { CommissionCredit, CommissionLine, CommissionLinePart } from './commission-line.ts';
export { assertCommissionPlanValid, type CommissionBasis, type CommissionPlan, type CommissionTier, MAX_COMMISSION_RATE_BP } from './commission-plan.ts';
export { type CommissionStatement, type CommissionStatementInput, computeCommissionStatement } from './compute-commission-statement.ts';
export { type CommissionStatementStatus, COMMISSION_STATEMENT_STATUSES, planStatementTransition, type StatementActor } from './plan-statement-approval.ts';
export { type CreditShare, type RepCredit, splitCredit } from './split-credit.ts';
export { type CommissionStatementTotals, lineRates, type StatementLineAmounts, totalCommissionStatement } from './total-commission-statement.ts';
export { type CommissionDocument, creditsOfPaidInvoices, type InvoiceAllocation, paidDayOf } from './credits-of-paid-invoices.ts';

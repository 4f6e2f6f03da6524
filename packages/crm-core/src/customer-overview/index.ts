// Public API of the customer card (A5.2): the facts it is made of, the pure assembler and its parts.
export { assembleCustomerOverview, type CustomerOverview, OVERVIEW_CLASS_CHANGES, OVERVIEW_OPEN_DOCUMENTS, OVERVIEW_PAYMENTS } from './assemble-customer-overview.ts';
export type {
	CustomerOverviewFacts,
	OverviewClassChangeFacts,
	OverviewClassFacts,
	OverviewContactFacts,
	OverviewContractFacts,
	OverviewCustomerFacts,
	OverviewDocumentFacts,
	OverviewDocumentList,
	OverviewLedgerFacts,
	OverviewMembershipFacts,
	OverviewPaymentFacts,
	OverviewProductFacts,
	OverviewRef,
	OverviewRequestFacts,
	OverviewServiceFacts,
	OverviewStockFacts,
	SalesFacts,
	SalesLineFacts,
	SalesOrderFacts,
} from './customer-overview-facts.ts';
export { isOpenOrderStatus, isOpenQuoteStatus, OPEN_ORDER_STATUSES, OPEN_QUOTE_STATUSES } from './open-documents.ts';
export { OVERVIEW_SALES_MONTHS, salesWindow, type SalesWindow } from './sales-window.ts';
export { type BalanceSummary, summarizeBalance } from './summarize-balance.ts';
export { amountInBase, countedOrdersOf, OVERVIEW_TOP_PRODUCTS, type ProductRevenue, revenueByProduct, type SalesSummary, summarizeSales } from './summarize-sales.ts';
export { isContractInForce, requestSlaView, type RequestSlaView, summarizeService } from './summarize-service.ts';
export { summarizeStock } from './summarize-stock.ts';

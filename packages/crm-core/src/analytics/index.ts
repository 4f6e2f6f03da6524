export { documentsCsv, moversCsv, type NamedRow, percentText, repLeaderboardCsv, type SalesDocument, salesTableCsv } from './analytics-csv.ts';
export { comparisonPeriod, type Comparison, COMPARISONS, monthsOf, type Period, sameDaysLastYear } from './comparison-period.ts';
export { type ProductGroupLevel, type ProductGroupNode, type ProductGroupParents, productGroupLevel, productGroupParent } from './product-group-tree.ts';
export { mergeRepSums, NO_PROPOSALS, NO_REP_SUMS, type ProposalCounts, type RepPart, type RepPeriodFigures, type RepPeriodSums, type RepRow, type RepSums, repLeaderboard, repPeriodFigures } from './rep-leaderboard.ts';
export { changeBp, type ComparedFigures, compareFigures, type FigureChange, type FigureGrowth, figureChange, figureGrowth, NO_SALES, ratio, salesFigures, type SalesFigures, type SalesSums } from './sales-figures.ts';
export {
	type AnalyticsFormat,
	DOCUMENTS_CSV_MAX,
	DOCUMENTS_MAX_LIMIT,
	DOCUMENTS_QUERY_PARAMETERS,
	type DocumentsQuery,
	MOVERS_MAX,
	MOVERS_QUERY_PARAMETERS,
	type MoversQuery,
	parseDocumentsQuery,
	parseMoversQuery,
	parseSalesQuery,
	parseSalesScope,
	readsOrderLines,
	SALES_DIMENSIONS,
	SALES_FILTERS,
	SALES_MAX_PERIOD_DAYS,
	SALES_QUERY_PARAMETERS,
	SALES_SCOPE_PARAMETERS,
	type SalesDimension,
	type SalesFilter,
	type SalesFilters,
	type SalesQuery,
	type SalesScope,
} from './sales-query.ts';
export { compareMonths, type MonthRow, type SalesRow, type SalesRowSums, summarizeSalesRows } from './sales-table.ts';
export { type Mover, type MoverSums, type TopMovers, topMovers } from './top-movers.ts';

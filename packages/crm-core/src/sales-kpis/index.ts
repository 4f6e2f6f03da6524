export { computeSalesKpis, convertByStage, type KpiDeal, type KpiGroup, type SalesKpis, type StageConversion } from './compute-sales-kpis.ts';
export { parseSalesKpiQuery, SALES_KPI_QUERY_PARAMETERS } from './sales-kpi-query.ts';

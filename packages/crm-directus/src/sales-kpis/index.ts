export { loadSalesKpis, type SalesKpiAnswer } from './load-sales-kpis.ts';

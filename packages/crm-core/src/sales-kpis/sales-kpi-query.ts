import type { Period } from '../analytics/comparison-period.ts';
import { parseSalesScope, SALES_SCOPE_PARAMETERS } from '../analytics/sales-query.ts';
import type { QueryParameter } from '../api-schema/query-parameter.ts';

export const SALES_KPI_QUERY_PARAMETERS: readonly QueryParameter[] = SALES_SCOPE_PARAMETERS.filter((p) => p.name === 'from' || p.name === 'to').map((p) => ({ ...p, description: p.description.replace('Orders', 'Deals closed') }));

/** S6.11 — the period the KPIs count closed deals in: `from`–`to`, the year up to today unless given (as the sales analyses). */
export function parseSalesKpiQuery(raw: Record<string, unknown>, today: string): Period {
	const { from, to } = parseSalesScope({ from: raw['from'], to: raw['to'], compare: 'none' }, today, ['none']);
	return { from, to };
}

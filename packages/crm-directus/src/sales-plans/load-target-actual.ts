import type { SalesFilters, SalesTarget } from '@crm/core';
import type { Knex } from 'knex';
import type { AnalyticsSource, FactsSpec } from '../analytics/sales-facts.ts';
import { salesFacts } from '../analytics/sales-facts.ts';
import { wholeNumber } from '../analytics/load-sales-sums.ts';

type Row = Record<string, unknown>;

/** The reps whose orders count for each team plan: the team's members now. */
export async function loadTeamMembers(knex: Knex, teamIds: readonly string[]): Promise<Map<string, string[]>> {
	const members = new Map<string, string[]>(teamIds.map((id) => [id, []]));
	if (teamIds.length === 0) return members;
	const rows = (await knex('crm_sales_reps').select('id', 'team').whereIn('team', [...new Set(teamIds)])) as Row[];
	for (const row of rows) members.get(String(row['team']))?.push(String(row['id']));
	return members;
}

function filtersOf(target: SalesTarget, members: ReadonlyMap<string, string[]>): SalesFilters {
	const filters: SalesFilters = {};
	if (target.repId) filters.rep = [target.repId];
	if (target.teamId) filters.rep = members.get(target.teamId) ?? [];
	if (target.productGroupId) filters.product_group = [target.productGroupId];
	if (target.customerGroupId) filters.customer_group = [target.customerGroupId];
	return filters;
}

/** What a plan counts, by its measure: revenue, revenue less cost, or the lines' quantity. */
function measureOf(target: SalesTarget, row: Row): number {
	const revenue = wholeNumber(row['revenue']);
	if (target.measure === 'revenue') return revenue;
	if (target.measure === 'margin') return revenue - wholeNumber(row['cost']);
	return wholeNumber(row['qty']);
}

/**
 * S6.5 — a plan's actual from the first day of its period to `until` (or its end), month by month, as far
 * as the caller may read the orders: the sales analyses' own figures (confirmed orders in the base currency;
 * a product group counts its lines and the groups below it), so plan and dashboards never disagree.
 */
export async function loadTargetActuals(src: AnalyticsSource, target: SalesTarget, members: ReadonlyMap<string, string[]>, until: string): Promise<Map<string, number>> {
	const to = until < target.periodEnd ? until : target.periodEnd;
	if (to < target.periodStart) return new Map();
	const spec: FactsSpec = { period: { from: target.periodStart, to }, comparison: null, filters: filtersOf(target, members), by: 'month', level: null, quantities: target.measure === 'quantity' };
	const { knex } = src;
	const sums = [knex.raw('COALESCE(SUM(f.rev), 0) as revenue'), knex.raw('COALESCE(SUM(f.cost), 0) as cost'), ...(spec.quantities ? [knex.raw('COALESCE(SUM(f.qty), 0) as qty')] : [])];
	const rows = (await knex.from(salesFacts(src, spec).as('f')).select('f.k', ...sums).groupBy('f.k')) as Row[];
	return new Map(rows.map((row) => [String(row['k']), measureOf(target, row)]));
}

export const sumOf = (months: ReadonlyMap<string, number>) => [...months.values()].reduce((a, b) => a + b, 0);

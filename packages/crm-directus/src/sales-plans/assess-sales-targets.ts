import { assessTarget, formatAmount, formatQuantity, type SalesTarget, type TargetAttainment } from '@crm/core';
import type { AnalyticsSource } from '../analytics/sales-facts.ts';
import { loadTargetActuals, loadTeamMembers, sumOf } from './load-target-actual.ts';

export interface AssessedTarget {
	target: SalesTarget;
	attainment: TargetAttainment;
	/** The actual per month of the period so far ('YYYY-MM'). */
	months: Map<string, number>;
}

/** How a plan's figures read: money in the base currency, quantities in their units. */
export const formatterOf = (base: string) => (target: SalesTarget) => (value: number) => (target.measure === 'quantity' ? formatQuantity(value) : formatAmount(value, base));

/** S6.5 — each plan against its actual on `today`, the actuals read as far as `src` allows. */
export async function assessSalesTargets(src: AnalyticsSource, targets: readonly SalesTarget[], today: string, base: string): Promise<AssessedTarget[]> {
	const members = await loadTeamMembers(src.knex, targets.flatMap((t) => (t.teamId ? [t.teamId] : [])));
	const format = formatterOf(base);
	const assessed: AssessedTarget[] = [];
	for (const target of targets) {
		const months = await loadTargetActuals(src, target, members, today);
		assessed.push({ target, attainment: assessTarget(target, sumOf(months), today, format(target)), months });
	}
	return assessed;
}

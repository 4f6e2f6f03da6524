import { compareKeys } from '../classification/compare-keys.ts';
import { assessReorder } from './assess-reorder.ts';
import type { ReorderCandidate } from './plan-reorder-follow-ups.ts';
import { purchaseCycle } from './purchase-cycle.ts';
import type { ReorderListStatus } from './reorder-query.ts';

/** One customer's purchase days of one product group, as loaded from their counted orders. */
export interface PurchaseHistory {
	customerId: string;
	customerName: string;
	ownerId: string | null;
	productGroupId: string;
	productGroupName: string;
	/** 'YYYY-MM-DD' order days, any order, duplicates allowed. */
	days: readonly string[];
}

const RANK = { churn_risk: 3, due: 2, not_due: 1, not_enough_history: 0 } as const;

/** Churn risks first, then the longest overdue, then the soonest due, then by customer and group id: never by loading order. */
export function byReorderUrgency(a: ReorderCandidate, b: ReorderCandidate): number {
	const x = a.assessment;
	const y = b.assessment;
	return (
		RANK[y.status] - RANK[x.status] ||
		y.daysOverdue - x.daysOverdue ||
		compareKeys(x.nextDueDay ?? '9999-12-31', y.nextDueDay ?? '9999-12-31') ||
		compareKeys(a.customerName, b.customerName) ||
		compareKeys(a.customerId, b.customerId) ||
		compareKeys(a.productGroupId, b.productGroupId)
	);
}

/**
 * S6.9 — every customer × product group assessed on `today`, most urgent first. Throws what assessReorder
 * throws (a malformed day, a churn factor at or below one cycle).
 */
export function assessReorderList(histories: readonly PurchaseHistory[], today: string, churnFactorBp: number): ReorderCandidate[] {
	return histories
		.map(({ days, ...who }) => ({ ...who, assessment: assessReorder({ cycle: purchaseCycle(days), today, churnFactorBp, productGroupName: who.productGroupName }) }))
		.sort(byReorderUrgency);
}

/** What a reorder list shows for a status: due includes churn risks; all is every pair with a cycle. */
export function filterReorders(list: readonly ReorderCandidate[], status: ReorderListStatus): ReorderCandidate[] {
	const shown: Record<ReorderListStatus, readonly string[]> = { due: ['due', 'churn_risk'], churn_risk: ['churn_risk'], all: ['due', 'churn_risk', 'not_due'] };
	return list.filter((c) => shown[status].includes(c.assessment.status));
}

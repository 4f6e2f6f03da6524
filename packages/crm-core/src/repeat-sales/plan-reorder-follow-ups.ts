import { assertIsoDay } from '../calendar/calendar-day.ts';
import { compareKeys } from '../classification/compare-keys.ts';
import type { ReorderAssessment } from './assess-reorder.ts';

/** One customer × product group, assessed. */
export interface ReorderCandidate {
	customerId: string;
	customerName: string;
	/** The customer's rep; null leaves the task for a manager to assign. */
	ownerId: string | null;
	productGroupId: string;
	productGroupName: string;
	assessment: ReorderAssessment;
}

/** A follow-up task to create. */
export interface ReorderFollowUp {
	/** reorderFollowUpKey of the customer and product group: an open task with this key stops another. */
	key: string;
	customerId: string;
	productGroupId: string;
	ownerId: string | null;
	status: 'due' | 'churn_risk';
	title: string;
	/** 'YYYY-MM-DD': the day of the run. */
	dueDay: string;
	explanation: string;
}

export interface ReorderFollowUpInput {
	assessments: readonly ReorderCandidate[];
	/** Keys of the reorder follow-ups that are still open. */
	openTaskKeys: ReadonlySet<string>;
	today: string;
}

/** What ties a follow-up task to its customer and product group, so that a run never opens a second one. */
export function reorderFollowUpKey(customerId: string, productGroupId: string): string {
	return `${customerId}:${productGroupId}`;
}

/**
 * S6.9 — the follow-up tasks a reorder run creates: one per customer × product group that is due or at churn
 * risk and has no open follow-up yet, due today, for the customer's rep. Idempotent: rerun with the tasks it
 * made among the open keys, it plans nothing (and a pair listed twice makes one task). Churn risks come first,
 * then the longest overdue, then by customer and product group id, so that the order never depends on loading.
 */
export function planReorderFollowUps({ assessments, openTaskKeys, today }: ReorderFollowUpInput): ReorderFollowUp[] {
	assertIsoDay(today, 'today');
	const planned = new Map<string, { candidate: ReorderCandidate; status: 'due' | 'churn_risk' }>();
	for (const candidate of assessments) {
		const { status } = candidate.assessment;
		const key = reorderFollowUpKey(candidate.customerId, candidate.productGroupId);
		if ((status === 'due' || status === 'churn_risk') && !openTaskKeys.has(key) && !planned.has(key)) planned.set(key, { candidate, status });
	}
	return [...planned]
		.sort(([, a], [, b]) => byUrgency(a.candidate, b.candidate))
		.map(([key, { candidate: c, status }]) => ({
			key,
			customerId: c.customerId,
			productGroupId: c.productGroupId,
			ownerId: c.ownerId,
			status,
			title: `${status === 'churn_risk' ? 'Churn risk' : 'Reorder due'}: ${c.customerName} — ${c.productGroupName}`,
			dueDay: today,
			explanation: c.assessment.explanation,
		}));
}

const rank = (a: ReorderAssessment) => (a.status === 'churn_risk' ? 1 : 0);

function byUrgency(a: ReorderCandidate, b: ReorderCandidate): number {
	return (
		rank(b.assessment) - rank(a.assessment) ||
		b.assessment.daysOverdue - a.assessment.daysOverdue ||
		compareKeys(a.customerId, b.customerId) ||
		compareKeys(a.productGroupId, b.productGroupId)
	);
}

import { assessReorderList, type PurchaseHistory } from './assess-reorder-list.ts';
import { planReorderFollowUps, type ReorderCandidate, type ReorderFollowUp } from './plan-reorder-follow-ups.ts';

/** A customer's churn flag as stored. */
export interface StoredChurnFlag {
	customerId: string;
	churnRisk: boolean;
	note: string | null;
}

/** A customer whose flag or its note changes. */
export interface ChurnFlagChange {
	customerId: string;
	churnRisk: boolean;
	/** Why, in the assessments' words; null when the flag is cleared. */
	note: string | null;
}

export interface ReorderRunInput {
	histories: readonly PurchaseHistory[];
	/** The flags as stored: every customer flagged now, and any other the caller knows. */
	flags: readonly StoredChurnFlag[];
	/** Keys of the reorder follow-ups that are still open. */
	openTaskKeys: ReadonlySet<string>;
	today: string;
	churnFactorBp: number;
}

export interface ReorderRunPlan {
	/** Every pair assessed, most urgent first. */
	assessed: ReorderCandidate[];
	tasks: ReorderFollowUp[];
	churnChanges: ChurnFlagChange[];
}

/** Each customer's churn risk from their groups: at risk when any group is, the note naming every such group. */
function churnByCustomer(assessed: readonly ReorderCandidate[]): Map<string, string | null> {
	const notes = new Map<string, string[]>();
	for (const c of assessed) {
		const list = notes.get(c.customerId) ?? [];
		if (c.assessment.status === 'churn_risk') list.push(`${c.productGroupName}: ${c.assessment.explanation}`);
		notes.set(c.customerId, list);
	}
	return new Map([...notes].map(([customer, list]) => [customer, list.length === 0 ? null : list.sort().join('; ')]));
}

/**
 * S6.9 — the daily reorder run: every customer × product group assessed, a follow-up task for each due or at-risk
 * pair without an open one (planReorderFollowUps), and the churn flags to set or clear. A customer is at churn
 * risk while any of their product groups is; one who buys again (or whose history no longer shows a risk) loses
 * the flag. Only real changes are planned: a rerun on the same day with its own results stored plans nothing.
 */
export function planReorderRun({ histories, flags, openTaskKeys, today, churnFactorBp }: ReorderRunInput): ReorderRunPlan {
	const assessed = assessReorderList(histories, today, churnFactorBp);
	const wanted = churnByCustomer(assessed);
	const stored = new Map(flags.map((f) => [f.customerId, f]));
	const churnChanges: ChurnFlagChange[] = [];
	for (const customerId of [...new Set([...wanted.keys(), ...stored.keys()])].sort()) {
		const note = wanted.get(customerId) ?? null;
		const now = stored.get(customerId);
		const churnRisk = note !== null;
		if ((now?.churnRisk ?? false) !== churnRisk || (now?.note ?? null) !== note) churnChanges.push({ customerId, churnRisk, note });
	}
	return { assessed, tasks: planReorderFollowUps({ assessments: assessed, openTaskKeys, today }), churnChanges };
}

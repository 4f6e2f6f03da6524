import { CrmError } from '../errors/crm-error.ts';

/** Kinds of follow-up task: the CRM makes reorder and churn-risk ones; people make the others. */
export const SALES_TASK_KINDS = ['reorder', 'churn_risk', 'other'] as const;
export type SalesTaskKind = (typeof SALES_TASK_KINDS)[number];

/**
 * What a generated task keeps: its kind, its customer and the key that stops the job from opening a second one.
 * Its product group may be corrected or cleared: the key, not the field, ties the task to its pair.
 */
const LOCKED_FIELDS = ['kind', 'key', 'customer'] as const;

/** A link as sent: its id, or the id of the object naming it. */
const idOf = (value: unknown) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['id'] : value);

const generated = (message: string, field: string) => new CrmError('CRM_SALES_TASK_GENERATED', message, { field });

/**
 * S6.9 — a client's write to a sales task. A new task is of kind "other" (reorder and churn-risk follow-ups are
 * the daily job's); a stored task that the job made (it has a key) keeps its kind and customer,
 * and no task's kind becomes a generated one. `stored` is null for a create. Throws CRM_SALES_TASK_GENERATED.
 */
export function checkSalesTaskWrite(stored: Record<string, unknown> | null, data: Record<string, unknown>): void {
	const kind = data['kind'];
	const isGeneratedKind = kind === 'reorder' || kind === 'churn_risk';
	if (stored === null) {
		if (isGeneratedKind) throw generated(`Reorder and churn-risk follow-ups are made by the CRM's daily run; create a task of kind "other".`, 'kind');
		return;
	}
	const fromJob = typeof stored['key'] === 'string' && stored['key'] !== '';
	for (const field of LOCKED_FIELDS) {
		if (!(field in data) || idOf(data[field]) === stored[field]) continue;
		if (fromJob) throw generated(`This follow-up was made by the CRM's reorder run: its "${field}" cannot change; mark it done or add notes.`, field);
		if (field === 'kind' && isGeneratedKind) throw generated(`A task becomes a reorder or churn-risk follow-up only when the CRM's daily run makes it; keep kind "other".`, 'kind');
	}
}

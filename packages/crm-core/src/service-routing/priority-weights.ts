import { CrmError } from '../errors/crm-error.ts';
import { assertIntegerInRange, assertObject } from './assert-field.ts';
import { SERVICE_PRIORITIES, type ServicePriority } from './service-priority.ts';

/** How many capacity units one open request of each priority takes. */
export type PriorityWeights = Readonly<Record<ServicePriority, number>>;

export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = Object.freeze({ low: 1, normal: 2, high: 3, urgent: 5 });

/** Whole numbers keep load ratios exact (see compareLoad); the bound keeps their products safe integers. */
export const MAX_PRIORITY_WEIGHT = 1000;

/** The defaults with the given weights over them; each a whole number 1..1000 (details.field `weights.urgent`). */
export function resolvePriorityWeights(weights: Partial<Record<ServicePriority, number>> | undefined): PriorityWeights {
	if (weights === undefined) return DEFAULT_PRIORITY_WEIGHTS;
	assertObject(weights, 'weights');
	for (const key of Object.keys(weights)) {
		if (!(SERVICE_PRIORITIES as readonly string[]).includes(key)) {
			throw new CrmError('CRM_INVALID_CHOICE', `"weights" may only name ${SERVICE_PRIORITIES.join(', ')}; got "${key}".`, { field: `weights.${key}` });
		}
	}
	const resolved = { ...DEFAULT_PRIORITY_WEIGHTS, ...weights };
	for (const priority of SERVICE_PRIORITIES) assertIntegerInRange(resolved[priority], `weights.${priority}`, 1, MAX_PRIORITY_WEIGHT);
	return Object.freeze(resolved);
}

export function sameWeights(a: PriorityWeights, b: PriorityWeights): boolean {
	return SERVICE_PRIORITIES.every((priority) => a[priority] === b[priority]);
}

import { CrmError } from '../errors/crm-error.ts';

/** How an order's revenue and margin are shared among the campaign touches that preceded it (M4). */
export const ATTRIBUTION_MODELS = ['first_touch', 'last_touch', 'linear', 'u_shaped', 'time_decay'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

export function parseAttributionModel(value: unknown): AttributionModel {
	if (value === undefined || value === null || value === '') return 'linear';
	if (typeof value === 'string' && (ATTRIBUTION_MODELS as readonly string[]).includes(value)) return value as AttributionModel;
	throw new CrmError('CRM_INVALID_QUERY', `model must be one of ${ATTRIBUTION_MODELS.join(', ')}.`, { parameter: 'model' });
}

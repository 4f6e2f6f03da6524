/** The attribution model the channel part opens with. */
import { ATTRIBUTION_MODELS, type AttributionModel } from '@crm/core';

export const DEFAULT_MODEL: AttributionModel = 'linear';

/** The `model` option, linear when it names no model. */
export function normalizeModel(model: unknown): AttributionModel {
	return (ATTRIBUTION_MODELS as readonly unknown[]).includes(model) ? (model as AttributionModel) : DEFAULT_MODEL;
}

export { type AttributableOrder, type AttributionCredit, type AttributionSettings, attributeOrder, type Touch } from './attribute-order.ts';
export { ATTRIBUTION_MODELS, type AttributionModel, parseAttributionModel } from './attribution-model.ts';
export { attributionWeights } from './attribution-weights.ts';
export { type ReturnOnSpend, roiBasisPoints, summarizeReturns } from './campaign-roi.ts';
export { type BudgetFacts, type BudgetPosition, budgetPosition } from './budget-position.ts';

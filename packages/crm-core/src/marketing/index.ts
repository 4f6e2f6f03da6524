export { type AttributableOrder, type AttributionCredit, type AttributionSettings, attributeOrder, type Touch } from './attribute-order.ts';
export { ATTRIBUTION_MODELS, type AttributionModel, parseAttributionModel } from './attribution-model.ts';
export { attributionWeights } from './attribution-weights.ts';
export { type ReturnOnSpend, roiBasisPoints, summarizeReturns } from './campaign-roi.ts';
export { type BudgetFacts, type BudgetPosition, budgetPosition } from './budget-position.ts';
export { type CampaignBudget, type CampaignBudgetFacts, type CampaignOrderDiscount, orderAmountInBase, summarizeCampaignBudget } from './campaign-budget.ts';
export { assertSpendEntry } from './assert-spend-entry.ts';
export { COST_ITEMS, costItemLabel } from './cost-items.ts';
export { CAMPAIGN_STATUSES, type CampaignStatus, isCampaignStatus } from './campaign-status.ts';

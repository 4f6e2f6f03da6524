export { crossSellThresholds, CrossSellRules, type MinedRules, mineOrderHistory } from './cross-sell-rules.ts';
export { loadProductLabels, loadProductRelations, type ProductLabel } from './load-cross-sell-products.ts';
export { loadOrderBaskets, type OrderBaskets } from './load-order-baskets.ts';
export { type CrossSellAnswer, explainStrongestRules, suggestForBasket } from './suggest-for-basket.ts';
export { checkRelationCreate, checkRelationUpdate } from './check-relation-write.ts';

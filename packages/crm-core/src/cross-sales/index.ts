export { type AssociationRule, compareAssociationRules } from './association-rule.ts';
export { explainRule } from './explain-rule.ts';
export { formatPercentBp, formatTimesBp } from './format-ratio.ts';
export { mineAssociationRules, type MiningThresholds } from './mine-association-rules.ts';
export { type ProductNames, productName } from './product-names.ts';
export { type CrossSellInput, type CrossSellSuggestion, type ProductRelation, RELATION_KINDS, type RelationKind, suggestCrossSells } from './suggest-cross-sells.ts';
export {
	CROSS_SELL_DEFAULT_LIMIT,
	CROSS_SELL_MAX_LIMIT,
	CROSS_SELL_MAX_PRODUCTS,
	CROSS_SELL_QUERY_PARAMETERS,
	CROSS_SELL_RULES_DEFAULT_LIMIT,
	CROSS_SELL_RULES_MAX_LIMIT,
	CROSS_SELL_RULES_QUERY_PARAMETERS,
	type CrossSellQuery,
	type CrossSellTarget,
	parseCrossSellQuery,
	parseCrossSellRulesQuery,
} from './cross-sell-query.ts';

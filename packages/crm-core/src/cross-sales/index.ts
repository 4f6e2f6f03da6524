export { type AssociationRule, compareAssociationRules } from './association-rule.ts';
export { explainRule } from './explain-rule.ts';
export { formatPercentBp, formatTimesBp } from './format-ratio.ts';
export { mineAssociationRules, type MiningThresholds } from './mine-association-rules.ts';
export { type ProductNames, productName } from './product-names.ts';
export { type CrossSellInput, type CrossSellSuggestion, type ProductRelation, RELATION_KINDS, type RelationKind, suggestCrossSells } from './suggest-cross-sells.ts';

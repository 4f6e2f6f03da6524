export { parseWhatIfRequest, WHAT_IF_MAX_LINES, WHAT_IF_REQUEST_SCHEMA, type WhatIfLine, type WhatIfRequest } from './parse-what-if-request.ts';
export { type DiscountBucket, type DiscountedDocument, type DiscountedLine, type DiscountsGiven, summarizeDiscountsGiven } from './summarize-discounts-given.ts';
export { describeRuleInForce, type RuleInForce } from './describe-rule-in-force.ts';
export { rulesInForce } from './rules-in-force.ts';
export { discountedLineOf, type StoredDiscountedLine } from './discounted-line-of.ts';

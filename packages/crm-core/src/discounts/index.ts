export { assertValidDiscountRule } from './assert-valid-discount-rule.ts';
export { assertValidPromoCode } from './assert-valid-promo-code.ts';
export { assertValidSpecialOffer } from './assert-valid-special-offer.ts';
export { describeLinePricing, type LinePricingDescription, type LinePricingStep } from './describe-line-pricing.ts';
export {
	type CombinationPolicy,
	type DiscountConditions,
	type DiscountEffect,
	type DiscountEffectKind,
	type DiscountRule,
	type IsoWeekday,
	LINE_EFFECT_KINDS,
	ORDER_EFFECT_KINDS,
	type QuantityTier,
} from './discount-rule.ts';
export { type DiscountRuleIndex, indexDiscountRules, isDiscountRuleIndex } from './index-discount-rules.ts';
export { isoWeekday } from './iso-weekday.ts';
export { type LinePricingRecord, STORED_TRACE_ENTRIES, toLinePricingRecord } from './line-pricing-record.ts';
export { normalizePromoCode } from './normalize-promo-code.ts';
export { priceBasket } from './price-basket.ts';
export type { BasketLine, CustomerFacts, PricingPolicy, PricingRequest, ProductFacts } from './pricing-request.ts';
export type { AppliedDiscount, ApprovalReason, CodeOutcome, OfferConsumption, PricedLine, PricingResult } from './pricing-result.ts';
export type { TraceEntry, TraceOutcome } from './pricing-trace.ts';
export type { PromoCode, PromoCodeKind } from './promo-code.ts';
export type { OfferUsage, SpecialOffer } from './special-offer.ts';
export { type ApprovalStatus, documentApprovalStatus, frozenLineApproval, lineApprovalStatus, manualDiscountInput, type StoredManualDiscount } from './manual-discount-approval.ts';
export { offerConsumptionOfLines } from './offer-consumption-of-lines.ts';
export { type ClaimOutcome, type ClaimScope, type ClaimsPlan, type HeldClaim, offerHasRoom, planClaims, scopeClaims, type WantedClaim } from './plan-claims.ts';
export { promoCodeExhaustion } from './evaluate-promo-codes.ts';
export { assertCodesUsable, assertFrozenClaimsFit, codesExhausted, MAX_REPRICINGS, offersToPriceWithout } from './settle-claims.ts';
export { approveDiscounts, type DiscountApproval, type DiscountApprovalFacts } from './approve-discounts.ts';
export { asExhausted, type DocumentLineInput, type DocumentPricingFacts, type DocumentPricingRequest, type PricedLines, priceLoadedDocument } from './price-loaded-document.ts';
export { type DocumentHeaderTotals, documentHeaderTotals, pricedLineValues, type PricedLineValues } from './priced-document-values.ts';

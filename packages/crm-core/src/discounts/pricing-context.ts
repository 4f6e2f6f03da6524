import type { OfferTracker } from './create-offer-tracker.ts';
import type { DiscountRule, IsoWeekday } from './discount-rule.ts';
import type { PromoCodeBook } from './evaluate-promo-codes.ts';
import type { PricingRequest } from './pricing-request.ts';
import type { TraceEntry } from './pricing-trace.ts';
import type { Rejection } from './rejection.ts';

/** What every step of pricing one basket shares. Built once per `priceBasket` call. */
export interface PricingContext {
	request: PricingRequest;
	currency: string;
	date: string;
	weekday: IsoWeekday;
	/** Σ line list amounts, before any discount. */
	listTotal: number;
	offers: OfferTracker;
	codes: PromoCodeBook;
	/** Verdicts that do not depend on the line (rule state, dates, code, customer conditions), per rule. */
	basketVerdicts: Map<DiscountRule, Rejection | null>;
	/** Trace entries of rules that need a code, per offer: they say why an accepted code gave nothing. */
	codeRuleEntries: Map<string, TraceEntry[]>;
}

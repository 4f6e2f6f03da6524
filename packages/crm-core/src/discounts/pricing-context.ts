import type { OfferTracker } from './create-offer-tracker.ts';
import type { IsoWeekday } from './discount-rule.ts';
import type { PromoCodeBook } from './evaluate-promo-codes.ts';
import type { PricingRequest } from './pricing-request.ts';
import type { RankedRules } from './ranked-rules.ts';
import type { LineScope } from './line-scope.ts';
import type { TraceTable } from './trace-table.ts';

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
	ranked: RankedRules;
	/**
	 * By rank: the verdict that does not depend on the line (rule state, dates, code, customer
	 * conditions), judged once per rule and basket. 0 = not judged yet, see basketOutcome.
	 */
	basketVerdicts: Uint8Array;
	/** Per best-of group, the round it was last seen in and its winner then: no map per line. */
	groupRound: Int32Array;
	groupWinner: Int32Array;
	round: number;
	/** Every trace entry of the basket, as rows. */
	table: TraceTable;
	/** By line index. */
	scopes: LineScope[];
	/** Trace rows of rules that need a code, per offer: they say why an accepted code gave nothing. */
	codeRuleEntries: Map<string, number[]>;
}

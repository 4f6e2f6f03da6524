/**
 * What came of one candidate rule:
 * - applied: it gave `amount`;
 * - capped: it gave less than it would have (`amount`), because of the line or order cap;
 * - margin_floor: reduced (possibly to 0) so the line stays at cost plus the minimum margin;
 * - condition_failed: a condition does not hold (detail names it);
 * - expired / not_started: outside the rule's or its offer's dates; wrong_weekday: not on this day;
 * - exhausted: the offer's or code's usage limits are used up;
 * - code_missing: the rule needs a promo code the basket does not carry;
 * - other_currency: the rule's amounts are in another currency than the basket;
 * - superseded: an exclusive rule applies instead (`supersededBy`);
 * - not_best: another rule of its best-of group gave more (`supersededBy`);
 * - no_effect: it would not lower the price (e.g. a fixed price above the current one);
 * - inactive: the rule or its offer is switched off.
 */
export type TraceOutcome =
	| 'applied'
	| 'capped'
	| 'margin_floor'
	| 'condition_failed'
	| 'expired'
	| 'not_started'
	| 'wrong_weekday'
	| 'exhausted'
	| 'code_missing'
	| 'other_currency'
	| 'superseded'
	| 'not_best'
	| 'no_effect'
	| 'inactive';

export interface TraceEntry {
	ruleId: string;
	code: string;
	name: string;
	level: 'line' | 'order';
	outcome: TraceOutcome;
	/** Discount given, minor units (0 unless applied / capped / margin_floor). */
	amount: number;
	/** For capped / margin_floor: what the rule would have given without the cap or floor. */
	uncappedAmount?: number;
	supersededBy?: string;
	/** Plain English, e.g. "Spring tools 10 %: 10 % off 120.00 = 12.00". */
	detail: string;
}

import type { ExplanationStep } from '../pricing/explanation-step.ts';
import type { AppliedDiscount, ApprovalReason, CodeOutcome, PricingResult } from './pricing-result.ts';
import type { TraceEntry, TraceOutcome } from './pricing-trace.ts';

/**
 * What is stored on a priced document line (`price_explanation`): the list price's explanation, the
 * discounts and why each candidate rule did or did not apply, so "why this price?" can be answered
 * long after the rules have changed. Version 1 was the bare ExplanationStep[] of the price lists.
 */
export interface LinePricingRecord {
	version: 2;
	currency: string;
	quantityMilli: number;
	listUnitPrice: number;
	listAmount: number;
	discountAmount: number;
	netAmount: number;
	priceList: ExplanationStep[];
	discounts: AppliedDiscount[];
	trace: TraceEntry[];
	/** Trace entries left out to keep the record small (only ones that changed nothing). */
	omittedTraceEntries: number;
	approvalReasons: ApprovalReason[];
	/** The basket's promo codes: the same on every line, so each line's record stands alone. */
	codes: CodeOutcome[];
}

// Outcomes that shaped the price or that people ask about ("why not my code?"); never left out.
const KEPT: ReadonlySet<TraceOutcome> = new Set(['applied', 'capped', 'margin_floor', 'superseded', 'not_best', 'exhausted', 'code_missing']);

/**
 * The record of one line of a pricing result. Every entry whose outcome is in KEPT is kept; the others
 * fill what is left of `maxTraceEntries` in trace order, and the rest are only counted. Kept entries stay
 * in trace order, so the record reads like the trace.
 */
export function toLinePricingRecord(result: PricingResult, lineIndex: number, priceList: ExplanationStep[], maxTraceEntries = 40): LinePricingRecord {
	const line = result.lines[lineIndex];
	if (!line) throw new RangeError(`line ${lineIndex} is not in the result (${result.lines.length} lines)`);
	let room = Math.max(0, maxTraceEntries - line.trace.filter((entry) => KEPT.has(entry.outcome)).length);
	const trace = line.trace.filter((entry) => {
		if (KEPT.has(entry.outcome)) return true;
		if (room === 0) return false;
		room--;
		return true;
	});
	return {
		version: 2,
		currency: result.currency,
		quantityMilli: line.quantityMilli,
		listUnitPrice: line.listUnitPrice,
		listAmount: line.listAmount,
		discountAmount: line.discountAmount,
		netAmount: line.netAmount,
		priceList,
		discounts: line.discounts,
		trace,
		omittedTraceEntries: line.trace.length - trace.length,
		approvalReasons: line.approvalReasons,
		codes: result.codes,
	};
}

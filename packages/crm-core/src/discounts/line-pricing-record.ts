import type { ExplanationStep } from '../pricing/explanation-step.ts';
import type { AppliedDiscount, ApprovalReason, CodeOutcome, PricingResult } from './pricing-result.ts';
import type { TraceEntry, TraceOutcome } from './pricing-trace.ts';
import { toTraceEntry } from './to-trace-entry.ts';
import { traceRows, traceSourceOf } from './trace-source.ts';
import { OUTCOMES } from './trace-table.ts';

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
	/** Trace entries left out to keep the record small (see toLinePricingRecord for which go first). */
	omittedTraceEntries: number;
	approvalReasons: ApprovalReason[];
	/** The basket's promo codes: the same on every line, so each line's record stands alone. */
	codes: CodeOutcome[];
}

// Entries people ask about ("why not my code?", "why not that rule?") even though they gave nothing.
const WHY_NOT: ReadonlySet<TraceOutcome> = new Set(['superseded', 'not_best', 'exhausted', 'code_missing']);

/**
 * Which entries a record keeps first: 0, those that gave something; 1, the ones people ask about; 2, the
 * other reasons; 3, rules the line cap or floor left at 0, by far the most numerous on a discounted line.
 */
function keepRank(entry: { outcome: TraceOutcome; amount: number }): number {
	if (entry.amount > 0) return 0;
	if (WHY_NOT.has(entry.outcome)) return 1;
	return entry.outcome === 'capped' || entry.outcome === 'margin_floor' ? 3 : 2;
}

/** Up to `max` of `entries`, by keepRank then trace order, returned in trace order. */
function keptEntries<T extends { outcome: TraceOutcome; amount: number }>(entries: readonly T[], max: number): T[] {
	if (entries.length <= max) return [...entries];
	const counts = [0, 0, 0, 0];
	for (const entry of entries) counts[keepRank(entry)]!++;
	// How many of each rank fit: all of the first ranks, then what room is left.
	let room = Math.max(0, max);
	const quota = counts.map((count) => {
		const taken = Math.min(count, room);
		room -= taken;
		return taken;
	});
	return entries.filter((entry) => {
		const rank = keepRank(entry);
		if (quota[rank] === 0) return false;
		quota[rank]!--;
		return true;
	});
}

/**
 * The record of one line of a pricing result, with at most `maxTraceEntries` trace entries: those that
 * gave something first, then the superseded / not_best / exhausted / code_missing ones, then the other
 * reasons, and last the rules the line cap or floor left at 0; each group in trace order. The rest are
 * only counted. Kept entries stay in trace order, so the record reads like the trace. Only the kept
 * entries' texts are written when the line's trace has not been read yet.
 */
/**
 * Trace entries a stored line keeps. The ones that explain the price come first (amounts, exclusions,
 * exhausted offers, missing codes); a 50-line order otherwise writes half a megabyte of rejected
 * conditions with every save. The what-if endpoint returns the full trace.
 */
export const STORED_TRACE_ENTRIES = 16;

export function toLinePricingRecord(result: PricingResult, lineIndex: number, priceList: ExplanationStep[], maxTraceEntries = STORED_TRACE_ENTRIES): LinePricingRecord {
	const line = result.lines[lineIndex];
	if (!line) throw new RangeError(`line ${lineIndex} is not in the result (${result.lines.length} lines)`);
	const source = traceSourceOf(line);
	let total: number;
	let trace: TraceEntry[];
	if (source) {
		// The line's trace has not been read: only the kept rows are written out.
		const { table } = source.ctx;
		const rows = traceRows(source).map((row) => ({ row, outcome: OUTCOMES[table.outcome[row]!]!, amount: table.amount[row]! }));
		total = rows.length;
		trace = keptEntries(rows, maxTraceEntries).map(({ row }) => toTraceEntry(row, source.ctx));
	} else {
		total = line.trace.length;
		trace = keptEntries(line.trace, maxTraceEntries);
	}
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
		omittedTraceEntries: total - trace.length,
		approvalReasons: line.approvalReasons,
		codes: result.codes,
	};
}
